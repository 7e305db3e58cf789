# A small inventory and order simulation with dicts, lists and exceptions.
inventory = {'apple': 10, 'banana': 5, 'cherry': 0}
prices = {'apple': 0.5, 'banana': 0.25, 'cherry': 3.0}
orders = [('alice', 'apple', 3), ('bob', 'cherry', 1), ('carol', 'banana', 6),
          ('dave', 'durian', 1), ('erin', 'apple', 7), ('frank', 'apple', 1)]

class OutOfStock(Exception):
    pass

def place(customer, item, qty):
    if item not in inventory:
        raise KeyError(item)
    if inventory[item] < qty:
        raise OutOfStock(f'{item}: wanted {qty}, have {inventory[item]}')
    inventory[item] -= qty
    return qty * prices[item]

revenue = 0.0
log = []
for customer, item, qty in orders:
    try:
        cost = place(customer, item, qty)
    except KeyError as e:
        log.append(f'{customer}: unknown item {e}')
    except OutOfStock as e:
        log.append(f'{customer}: out of stock ({e})')
    else:
        revenue += cost
        log.append(f'{customer}: paid {cost:.2f}')
print('\n'.join(log))
print(f'revenue {revenue:.2f}', inventory)
print('sold out:', [k for k, v in inventory.items() if v == 0])
