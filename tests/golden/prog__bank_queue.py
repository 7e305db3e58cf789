# A deterministic bank-queue simulation with a simple pseudo-random generator.
state = 12345
def rand(n):
    global state
    state = (state * 214013 + 2531011) % 2 ** 32
    return (state >> 16) % n

queue = []
served = []
waits = []
clock = 0
for minute in range(20):
    for _ in range(rand(3)):
        queue.append((len(served) + len(queue), minute))
    if queue and rand(4) != 0:
        customer, arrived = queue.pop(0)
        served.append(customer)
        waits.append(minute - arrived)
    print(f'{minute:2} queue={len(queue):2} served={len(served):2}')
print('served', served)
print('average wait', round(sum(waits) / len(waits), 3) if waits else 0)
print('max wait', max(waits, default=0), 'left in queue', len(queue))
