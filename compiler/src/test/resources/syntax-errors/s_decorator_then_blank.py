@d

x = 1
