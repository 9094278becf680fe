def spread(a,
           b):
    result = (
        a
        +
        b
    )
    call(
        a,
        b=b,
    )
    return [
        a,
        b,
    ]


def call(*a, **k):
    pass
