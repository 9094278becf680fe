#!/usr/bin/env python3
# A comment

   # an indented comment at top level
x = 1  # trailing comment

    
def f():  # comment after colon
    # comment inside
        # comment deeper than the block

    return (1,  # comment in brackets
            # a full line in brackets
            2)
# comment at column 0 inside nothing
	# tab-indented comment
if x:
    pass
    # final comment in block
# end
