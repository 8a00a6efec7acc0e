# Lots of output, then an uncaught error from a builtin call: ordering on one UART.
for i in range(5):
    print('line', i)
print(int('not a number'))
