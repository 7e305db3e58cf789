# Uncaught ValueError from int().
inputs = ['10', '20', 'thirty']
total = 0
for text in inputs:
    total += int(text)
    print('total', total)
