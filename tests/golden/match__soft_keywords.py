# `match` and `case` stay ordinary names everywhere outside a match statement.
import re

match = re.match(r"(\d+)", "42 apples")
print(match.group(1))
case = 3
case += 1
print(case)
match, case = case, match
print(match, case.group(0))


def match(*args):
    return args


print(match(1, 2), match((3)))
match = [1, 2]
match[0] = 10
print(match)
case = {"k": 1}
print(case["k"])
match = 7
match match:
    case 7:
        print("seven")
match = {"case": 1}
match match:
    case {"case": case}:
        print("case is", case)
