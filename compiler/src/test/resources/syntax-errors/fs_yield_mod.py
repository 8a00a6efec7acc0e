s = f'{yield}'
