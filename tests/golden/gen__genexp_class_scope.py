class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    pairs = list((n, i) for i, n in enumerate(names))
    try:
        prefixed = [p + n for n in names for p in names]
    except NameError as e:
        print("NameError:", e)
    first = names[0]
    try:
        bad = [first + n for n in names]
    except NameError as e:
        print("NameError:", e)

print(Config.upper, Config.pairs)

def outer():
    xs = [1, 2, 3]
    factor = 10
    g = (x * factor for x in xs)
    factor = 100
    return list(g)
print(outer())

def make_gens():
    return [(lambda: i) for i in range(3)], [(lambda i=i: i) for i in range(3)]
late, early = make_gens()
print([f() for f in late], [f() for f in early])

x = "global"
gen = (x for _ in range(2))
x = "rebound"
print(list(gen))

try:
    g = (1 / n for n in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))

nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print({k: [v for v in range(k)] for k in range(3)})
print({(i, j) for i in range(2) for j in range(i, 2)})
y = 5
print([y := y + 1 for _ in range(3)], y)
gen = (i for i in range(3))
print(3 in gen, list(gen))
gen = (i for i in range(5))
print(2 in gen, list(gen))
try:
    (n for n in 5)
except TypeError as e:
    print("TypeError:", e)
