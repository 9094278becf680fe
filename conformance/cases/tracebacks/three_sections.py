# Three chained sections: an implicit context and an explicit cause in one uncaught traceback.
def step1():
    return {}['missing']

def step2():
    try:
        step1()
    except KeyError:
        return [][3]

def step3():
    try:
        step2()
    except IndexError as e:
        raise RuntimeError('step3 failed') from e

try:
    step3()
except RuntimeError as e:
    print('caught once:', e, '| cause:', repr(e.__cause__), '| its context:', repr(e.__cause__.__context__))
step3()
