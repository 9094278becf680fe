# argv: alpha beta --flag=1 -v
# sys.argv holds the script name (basename checked) and the arguments from the first-line argv comment.
import sys, os
print(len(sys.argv), os.path.basename(sys.argv[0]))
print(sys.argv[1:])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), a.startswith('-'))
