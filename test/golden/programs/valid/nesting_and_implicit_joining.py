x = [
    1,
    (2, 3,
        {4: [5,
  6]}),
    # comment in list

    7,
]
y = ((((((((((1))))))))))
z = {
    'a': [
        (
            {
                'deep': [[[[]]]]
            }
        )
    ]
}
def f(
    a,
    b
        ,
    c):
    return (a
            +
            b)
w = f(1
      )(2
        )
