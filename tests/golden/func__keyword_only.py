# Keyword-only parameters after * or *args.
def connect(host, *, port=80, timeout):
    return f'{host}:{port} t={timeout}'

print(connect('example', timeout=5))
print(connect('example', port=8080, timeout=1))
def log(*messages, level='INFO'):
    for m in messages:
        print(f'[{level}] {m}')
log('a', 'b')
log('c', level='WARN')
def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2), f(a=1, b=2, c=10))
try:
    connect('h', 80, 5)
except TypeError as e:
    print(e)
try:
    connect('h')
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
