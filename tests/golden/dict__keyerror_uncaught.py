# Uncaught KeyError: the traceback shows the key's repr.
prices = {'apple': 1.25, 'pear': 0.75}

def price_of(fruit):
    return prices[fruit]

print(price_of('apple'))
print(price_of('banana'))
