# Nested loops; break and continue affect only the innermost loop.
for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if i + j > 5:
            break
        print(i, j)
table = []
for row in range(1, 4):
    line = []
    for col in range(1, 4):
        line.append(row * col)
    table.append(line)
print(table)
found = None
for a in range(10):
    for b in range(10):
        if a * b == 42:
            found = (a, b)
            break
    if found:
        break
print(found)
i = 0
while i < 3:
    for c in 'ab':
        print(i, c, end='; ')
    i += 1
print()
