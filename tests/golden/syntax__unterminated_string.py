# A string literal that is not closed on its line.
print('fine')
message = 'unterminated
print(message)
