# loop.first imports loop.second before defining FIRST.
import loop.second
FIRST = 'first'
