def attempt(f, log):
    try:
        r = f()
    except OSError as err:
        log(err)
        r = None
    else:
        log('ok')
    finally:
        log('finally')
    return r
