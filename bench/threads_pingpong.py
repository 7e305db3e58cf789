# Two threads ping-ponging over queue.Queue 100,000 times.
import queue
import threading

N = 100000
ping, pong = queue.Queue(), queue.Queue()


def player():
    for _ in range(N):
        pong.put(ping.get() + 1)


t = threading.Thread(target=player)
t.start()
value = 0
for _ in range(N):
    ping.put(value)
    value = pong.get()
t.join()
print(value)
