# nonlocal at module level.
print("not printed")
nonlocal counter
counter = 1
