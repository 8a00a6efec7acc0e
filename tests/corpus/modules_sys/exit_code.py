# sys.exit(n) ends the program with exit code n; later code does not run.
import sys
print('about to exit')
sys.exit(7)
print('never')
