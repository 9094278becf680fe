def attempt(f):
    try:
        f()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        return str(e)
    except Exception as e:
        raise RuntimeError('wrapped') from e
    except:
        raise
    return 0
