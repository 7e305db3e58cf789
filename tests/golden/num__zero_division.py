# ZeroDivisionError messages for every operator and type.
cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1.0 // 0.0', lambda: 1.0 // 0.0),
    ('1.0 % 0.0', lambda: 1.0 % 0.0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('0 ** -1', lambda: 0 ** -1),
    ('pow(0, -1)', lambda: pow(0, -1)),
    ('2**100 // 0', lambda: 2 ** 100 // 0),
    ('True / False', lambda: True / False),
]
for text, thunk in cases:
    try:
        thunk()
    except ZeroDivisionError as e:
        print(f'{text:14} ZeroDivisionError: {e}')
