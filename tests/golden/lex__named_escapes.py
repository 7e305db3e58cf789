# \N{NAME} escapes: names are case-insensitive; aliases work; also in f-strings and bytes.
print('\N{BULLET}', '\N{em dash}', '\N{Latin Small Letter Sharp S}', len('\N{BULLET}x'))
print(ascii('\N{GREEK SMALL LETTER ALPHA}\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE GA}'))
print(ascii('\N{LINE FEED}\N{NO-BREAK SPACE}'), ascii('\N{GRINNING FACE}'))
x = 3
print(f'\N{BLACK STAR} {x} \N{WHITE STAR}')
print(b'\N{BULLET}', r'\N{BULLET}')
