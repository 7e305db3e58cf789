values = [0, 7, -42, 1234567, 3.14159, -0.5, 1e-7, 2.5e10, float("inf"), float("nan")]
for v in values:
    print(f"{v!r:>14}|{v:<10}|{v:^+12}|{v:e}|{v:g}|{v:,}" if isinstance(v, float) else
          f"{v!r:>14}|{v:<10}|{v:^+12}|{v:08d}|{v:x}|{v:#o}|{v:_b}|{v:,}")
print(f"{1234.5678:,.2f} {0.256:.1%} {12:#x} {255:#X} {255:c}{10:n}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|{'trunc':.3}|{'pad':=>6}")
print(f"{3.0:.0f} {2.5:.0f} {0.125:.2f} {1/3:.10f} {123.456:10.1f}|")
print(f"{-3:=8} {3:+} {-3: } {3: }|{1e100:.3g} {12345.678:.3e}")
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|{'x':{'^'}{width}}|")
import datetime
d = datetime.date(2024, 3, 9)
print(f"{d:%Y/%m/%d} {d!s} {d!r}")
print("{0}{1}{0}".format("ab", "-"), "{name} is {age:d}".format(name="ann", age=30))
print("{0[1]} {1[key]} {2.real}".format([9, 8], {"key": "v"}, 3 + 4j))
print("{:>{w}}|{:.{p}f}".format("z", 2.0, w=4, p=3))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
print("%-6s|%6s|%06.2f|%x|%X|%o|%e|%r|%c" % ("a", "b", 3.14159, 255, 255, 8, 12345.6789, "q", 65))
print("%(name)s=%(val)03d" % {"name": "n", "val": 7}, "%5.3s|" % "abcdef", "%+d % d" % (5, 5))
for bad in ['"{:d}".format(1.5)', '"{:s}".format(3)', 'f"{1:.2f}"[0] + format("x", "d")',
            '"%d" % "x"', '"%s %s" % ("a",)', '"%s" % ("a", "b")', '"{0} {}".format(1, 2)',
            '"{:,d}".format("x")', 'format(3, ".2s")', '"{}".format()', '"{x}".format(y=1)']:
    try:
        print(eval(bad))
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(format(1234567.891, ",.1f"), format(0.000123, ".2g"), format(100, "e"), format(-0.0, "+.1f"))
print(f"{True:d} {True} {None!r:>6} {'é':^5}|")
print(f"{12345678:_x} {1e6:_.0f} {123456789:,d}".upper())
