a = 1; b = 2; c = 3
x = 1;
if a: b; c
while 0: pass
for i in x: print(i); continue
def f(): return 1
class C: x = 1; y = 2
with a: pass
try: pass
except: pass
if x: pass
elif y: pass
else: pass
import os; import sys
