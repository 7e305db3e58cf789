# sys.exit('msg') prints the message to stderr and exits with status 1.
import sys
print('checking input')
sys.exit('error: no input given')
