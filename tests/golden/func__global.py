# global statements and reading module-level names.
count = 0
def bump():
    global count
    count += 1

for _ in range(3):
    bump()
print(count)
def define_new():
    global created_later
    created_later = 'made inside a function'
define_new()
print(created_later)
x = 'module'
def read_only():
    return x
def shadow():
    x = 'local'
    return x
print(read_only(), shadow(), x)
def multiple():
    global a, b
    a, b = 1, 2
multiple()
print(a, b)
def uses_global_list():
    items.append(len(items))
items = []
uses_global_list(); uses_global_list()
print(items)
print('count' in globals(), globals()['count'])
