s = f'{a b}'
