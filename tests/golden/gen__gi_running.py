# gi_running is True only while the generator's body executes.
def g():
    print('inside, gi_running =', it.gi_running)
    x = yield 1
    print('inside after send, gi_running =', it.gi_running)
    yield 2
    print('inside at end, gi_running =', it.gi_running)

it = g()
print('created, gi_running =', it.gi_running)
print(next(it))
print('suspended, gi_running =', it.gi_running)
print(it.send('v'))
print(list(it))
print('finished, gi_running =', it.gi_running)

states = []
def watcher():
    while True:
        states.append(w.gi_running)
        yield len(states)

w = watcher()
print(next(w), next(w), w.send(None))
print(states, w.gi_running)
w.close()
print(w.gi_running)
try:
    it.gi_running = True
except AttributeError as e:
    print(type(e).__name__, e)
