'a' b
