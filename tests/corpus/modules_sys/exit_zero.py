# sys.exit() with no argument and with None exits with code 0, silently.
import sys
print('exiting cleanly')
sys.exit()
