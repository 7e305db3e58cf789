# Replacement fields inside format specs.
width = 10
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'hi':{'*'}^{width}}]")
for w in range(3, 7):
    print(f"[{w:{w}}]")
align = '<'
print(f"[{'left':{align}{width}}]")
fmt = '.2e'
print(f"{value:{fmt}}")
print("[{:{}.{}f}]".format(value, width, prec))
print("[{0:{1}}]".format('x', 5))
