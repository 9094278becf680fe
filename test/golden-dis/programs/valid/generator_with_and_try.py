def gen(cm, items):
    with cm:
        for item in items:
            try:
                yield item
            except GeneratorExit:
                raise
            except Exception as e:
                yield e
            finally:
                print('step')
    yield from items
