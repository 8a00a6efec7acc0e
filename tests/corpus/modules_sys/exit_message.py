# sys.exit('message') prints the message (on stderr, which on the board is the UART) and exits 1.
import sys
print('fatal soon')
sys.exit('configuration invalid')
