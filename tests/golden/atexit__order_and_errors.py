# atexit: functions run at exit, newest first, after non-daemon threads finish, with their
# arguments; unregister; an exception in one is reported and the rest still run.
import atexit
import sys
import threading
import time


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


def broken():
    raise ValueError("exit hook failed")


def never():
    print("unregistered, never runs")


atexit.register(goodbye, "first")
atexit.register(broken)
atexit.register(never)
atexit.register(goodbye, "second", punctuation="?")
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated hook")


print(decorated.__name__)


def worker():
    time.sleep(0.05)
    print("worker done")


threading.Thread(target=worker).start()
try:
    atexit.register(42)
except TypeError as e:
    print(e)
print("main done")
# A non-zero exit status, so the harness compares stderr (the hooks still run).
sys.exit(3)
