# Errors from str.format.
def show(fmt, *args, **kwargs):
    try:
        print(fmt.format(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

show("{} {}", 1)
show("{0} {}", 1, 2)
show("{} {0}", 1, 2)
show("{name}", 1)
show("{0[5]}", [1])
show("{0.missing}", 1)
show("{", 1)
show("}", 1)
show("{0:d}", "x")
show("{:abc}", 1)
show("{!x}", 1)
