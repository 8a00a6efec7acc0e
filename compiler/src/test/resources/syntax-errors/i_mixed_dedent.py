if a:
  b
 c
