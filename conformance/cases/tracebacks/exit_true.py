# sys.exit(True) exits with status 1 and prints nothing to stderr; os-independent small codes only.
import sys
print('status will be 1')
sys.exit(True)
