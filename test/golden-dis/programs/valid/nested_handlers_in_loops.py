def worker(jobs, lock, log):
    for job in jobs:
        try:
            with lock:
                try:
                    if job is None:
                        break
                    job()
                except KeyError as e:
                    log(e)
                    continue
                finally:
                    log('inner')
        except Exception:
            for retry in range(3):
                try:
                    job()
                except Exception:
                    continue
                else:
                    break
        finally:
            log('outer')
    else:
        return 'all done'
    return 'stopped'
