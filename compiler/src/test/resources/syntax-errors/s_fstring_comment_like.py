f'{a # b}'
