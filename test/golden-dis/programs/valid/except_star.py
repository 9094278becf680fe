def group(f):
    try:
        f()
    except* ValueError as eg:
        print(eg)
    except* (TypeError, KeyError):
        pass
    finally:
        print('done')
