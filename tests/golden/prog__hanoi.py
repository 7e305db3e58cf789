# Towers of Hanoi, recursively.
moves = []

def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)

hanoi(3, 'A', 'C', 'B')
for disk, src, dst in moves:
    print(f'move disk {disk} from {src} to {dst}')
print(len(moves), 'moves')
for n in range(1, 11):
    moves.clear()
    hanoi(n, 'A', 'C', 'B')
    print(n, len(moves), len(moves) == 2 ** n - 1)
