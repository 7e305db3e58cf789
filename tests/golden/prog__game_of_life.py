# Conway's Game of Life on a small torus, using a set of (row, col) cells.
ROWS, COLS = 6, 6

def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % ROWS, (c + dc) % COLS)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live):
    for r in range(ROWS):
        print(''.join('#' if (r, c) in live else '.' for c in range(COLS)))
    print()

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
cells = glider
for gen in range(4):
    print('generation', gen)
    show(cells)
    cells = step(cells)
print(sorted(cells))
