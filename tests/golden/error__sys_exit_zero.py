# sys.exit() and SystemExit can be caught; sys.exit(0) ends normally.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('code of bare exit:', e.code)
print('exiting cleanly')
sys.exit(0)
print('not printed')
