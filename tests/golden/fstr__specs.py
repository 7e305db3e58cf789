# Format specs: fill, align, sign, width, grouping, precision, type.
x = 1234.5678
n = 255
print(f"[{n:10}] [{n:<10}] [{n:^10}] [{n:>10}]")
print(f"[{'ab':10}] [{'ab':>10}] [{'ab':*^10}] [{'ab':->5}]")
print(f"{x:.2f} {x:10.1f} {x:e} {x:.3e} {x:g} {x:.2g}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x}")
print(f"{1234567:,} {1234567:_} {0xffffffff:_x}")
print(f"{x:,.2f} {-x:+.1f} {x:+.1f} {x: .1f}")
print(f"{n:08d} {-n:08d} {n:+d} {n: d}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{n:c} {65:c}")
print(f"{3:=+6} {-3:=6}")
print(f"{1e20:f} {1e-7:g} {123456789.0:g}")
print(f"{'truncate':.3} {'x':<3}|")
print(f"{True:d} {True}")
print(f"{12:>#8x}|{12:<#8o}|")
