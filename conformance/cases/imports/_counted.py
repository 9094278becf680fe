# Helper whose top level prints, to show a module body runs once however often it is imported.
print('_counted body runs')
loads = 1
