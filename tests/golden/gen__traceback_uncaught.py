# An uncaught exception raised inside a generator: the traceback runs through
# the consumer and the generator frame.
def parse(lines):
    for line in lines:
        key, value = line.split('=')
        yield key, int(value)

def load(lines):
    settings = {}
    for key, value in parse(lines):
        print('loaded', key)
        settings[key] = value
    return settings

print(load(['a=1', 'b=2']))
print(load(['x=1', 'y=two']))
