if a:
	b = 1
	if c:
		d = 2
	# comment at odd place
  # another
	e = 3
f = 4
