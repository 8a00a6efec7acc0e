ge = (v(i) for i inint('a', log rangej(3)))
