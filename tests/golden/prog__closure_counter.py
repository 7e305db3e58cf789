# Closures as lightweight objects: counters, accumulators and a bank account.
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        current = count
        count += step
        return current
    return counter

c = make_counter()
print(c(), c(), c())
evens = make_counter(0, 2)
print([evens() for _ in range(5)])
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return 'insufficient funds'
        balance -= amount
        return balance
    return {'deposit': deposit, 'withdraw': withdraw, 'balance': lambda: balance}
acct = make_account(100)
print(acct['deposit'](50), acct['withdraw'](30), acct['withdraw'](500), acct['balance']())
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
