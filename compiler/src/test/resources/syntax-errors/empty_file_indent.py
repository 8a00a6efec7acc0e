    
  x
