# The self-documenting {expr=} form (uses repr unless a spec or conversion is given).
x = 10
name = "pyco"
values = [1, 2]
print(f"{x=}")
print(f"{name=}")
print(f"{x + 1=}")
print(f"{x = }")
print(f"{name=!s}")
print(f"{x=:>5}")
print(f"{values[0]=} {len(values)=}")
print(f"{3.0 * 2=}")
print(f"{name.upper()=}")
