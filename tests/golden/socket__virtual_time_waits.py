# pyco-args: --virtual-time
# Under --virtual-time a socket wait is real work: a sleeping thread must not make the
# clock jump past the socket's timeout while a peer (here a child process that takes
# real time) is still answering. The socket's own timeout still works.
import os
import socket
import threading
import time

a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    a.close()
    os.system('sleep 0.2')   # real time (a time.sleep would be virtual)
    b.sendall(b'answer after real work')
    os._exit(0)
b.close()
a.settimeout(0.5)
sleeper = threading.Thread(target=time.sleep, args=(1,))
sleeper.start()
try:
    print(a.recv(100))
except TimeoutError as e:
    print('timed out too early:', e)
os.waitpid(pid, 0)
c, d = socket.socketpair()
c.settimeout(0.1)
t0 = time.monotonic()
try:
    c.recv(100)
except TimeoutError as e:
    print('then timed out:', e, time.monotonic() - t0 >= 0.1)
c.close()
d.close()
sleeper.join()
a.close()
print('done')
