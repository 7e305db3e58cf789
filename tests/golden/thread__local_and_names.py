import threading

data = threading.local()
results = {}
lock = threading.Lock()

def worker(n):
    data.value = n * 10
    name = threading.current_thread().name
    with lock:
        results[name] = data.value
    data.value += 1

threads = [threading.Thread(target=worker, args=(i,), name=f'worker-{i}') for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(hasattr(data, 'value'))
data.value = 'main'
print(data.value, threading.current_thread().name, threading.main_thread().name)
t = threading.Thread(target=lambda: None)
print(t.name.startswith('Thread-'), t.is_alive(), t.daemon)
t.start(); t.join()
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'counter-{n}')
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
c = Counter(5)
c.start(); c.join()
print(c.name, c.total)
print(threading.active_count())
