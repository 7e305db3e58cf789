# multiprocessing: processes with exit codes, names and a parent; queues, pipes and a
# lock shared by forked children.
import multiprocessing as mp
import os
import sys
import time


def greet(q, who):
    q.put("hello %s from %s (parent is %s)" % (who, mp.current_process().name,
                                               mp.parent_process().name))


def fail():
    sys.stderr = open(os.devnull, "w")  # the report names the library's own frames
    raise ValueError("child failed")


def leave(code):
    sys.exit(code)


def square_all(conn):
    while True:
        item = conn.recv()
        if item is None:
            break
        conn.send(item * item)
    conn.close()


def count_up(lock, q, n):
    for i in range(n):
        with lock:
            q.put(i)


class Worker(mp.Process):
    def __init__(self, q):
        super().__init__(name="custom")
        self.q = q

    def run(self):
        self.q.put(("run", self.name, self.daemon))


if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    q = mp.Queue()
    procs = [mp.Process(target=greet, args=(q, w)) for w in ("ann", "bob")]
    for p in procs:
        print(p.name, p.is_alive(), p.exitcode)
        p.start()
    got = sorted(q.get(timeout=5) for _ in procs)
    for p in procs:
        p.join()
        print(p.name, p.is_alive(), p.exitcode)
    print("\n".join(got))

    p = mp.Process(target=fail)
    p.start()
    p.join()
    print("failed exitcode", p.exitcode)
    for code in (0, 3, None):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r) ->" % code, p.exitcode)

    p = mp.Process(target=time.sleep, args=(30,), daemon=True)
    p.start()
    p.join(0.1)
    print("still running:", p.is_alive())
    p.terminate()
    p.join()
    print("terminated:", p.exitcode)

    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=square_all, args=(child_end,))
    p.start()
    child_end.close()
    for x in (2, 3, 12):
        parent_end.send(x)
        print("squared", parent_end.recv())
    parent_end.send(None)
    p.join()
    print("poll after close:", parent_end.poll(1), end=" ")
    try:
        parent_end.recv()
    except EOFError:
        print("EOFError")

    lock = mp.Lock()
    q = mp.Queue()
    workers = [mp.Process(target=count_up, args=(lock, q, 50)) for _ in range(3)]
    for w in workers:
        w.start()
    items = [q.get(timeout=5) for _ in range(150)]
    for w in workers:
        w.join()
    print(len(items), sum(items), q.empty())

    w = Worker(q)
    w.start()
    w.join()
    print(q.get(timeout=5))

    try:
        q.get(timeout=0.05)
    except Exception as e:
        print("empty queue:", type(e).__name__)
    print(mp.active_children(), mp.get_start_method(), mp.cpu_count() >= 1)
