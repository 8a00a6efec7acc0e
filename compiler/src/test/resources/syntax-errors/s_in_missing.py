a not in
