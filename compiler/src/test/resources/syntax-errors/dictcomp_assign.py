{a: b for a in c} = 1
