# exec, eval and compile: modes, namespaces, return values, code object attributes and errors.
ns = {}
exec('x = 2\ny = x * 3\ndef f(a):\n    return a + y\n', ns)
print(ns['x'], ns['y'], ns['f'](1), '__builtins__' in ns)
print(eval('x * y', ns), eval('f(10)', ns), eval('z + 1', {'z': 1}, {'z': 5}))
print(exec('1 + 1'), eval('[i for i in range(3)]'))

code = compile('a + b', '<expr>', 'eval')
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {'a': 1, 'b': 2}))
c2 = compile('for i in range(2): print("loop", i)', '<loop>', 'exec')
exec(c2)
c3 = compile('3 * 7', '<single>', 'single')
exec(c3)
print(compile('pass', 'file', 'exec').co_names, compile('x', 'f', 'eval').co_names)

loc = {}
exec('v = 10', {}, loc)
print(loc)
g = {'__builtins__': {'len': len}}
print(eval('len("abc")', g))
try:
    eval('print(1)', g)
except NameError as e:
    print('NameError:', e)

for bad, mode in (('x = 1', 'eval'), ('1 +', 'exec'), ('def', 'single'), ('a; b', 'single')):
    try:
        compile(bad, '<bad>', mode)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset)
try:
    compile('x', '<f>', 'nope')
except ValueError as e:
    print('ValueError:', e)
try:
    eval(42)
except TypeError as e:
    print('TypeError:', e)
try:
    exec(compile('1', 'f', 'eval'), {}, 5)
except TypeError as e:
    print('TypeError:', e)
print(eval('  1 + 1\n'), eval(b'2 * 2'), eval('"\\u00e9"'))
import ast
tree = compile('q = 5', '<ast>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[0]))
exec(compile(tree, '<ast>', 'exec'), ns)
print(ns['q'])
