# The classic mutable default argument gotcha, and the None idiom.
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1))
print(append_good(2))
def memo(n, cache={}):
    if n not in cache:
        print('computing', n)
        cache[n] = n * n
    return cache[n]
print(memo(3), memo(3), memo(4))
print(append_bad.__defaults__)
