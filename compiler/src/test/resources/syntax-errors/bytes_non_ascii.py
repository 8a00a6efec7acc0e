b = b'café'
