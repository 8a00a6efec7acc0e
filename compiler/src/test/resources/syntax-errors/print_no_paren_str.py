print "x", 1
