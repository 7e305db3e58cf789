# An uncaught exception raised explicitly with a formatted message.
def withdraw(balance, amount):
    if amount > balance:
        raise ValueError(f'insufficient funds: balance {balance}, requested {amount}')
    return balance - amount

balance = withdraw(100, 30)
print('balance', balance)
balance = withdraw(balance, 100)
