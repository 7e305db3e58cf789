# Several consumer processes share one queue of tasks and one of results;
# JoinableQueue.join waits for task_done; a bounded queue and a semaphore.
import multiprocessing as mp
import queue


def consumer(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item * 3))
        tasks.task_done()


def limited(sem, counter_q, i):
    with sem:
        counter_q.put(i)


if __name__ == "__main__":
    tasks = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=consumer, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for i in range(40):
        tasks.put(i)
    for _ in workers:
        tasks.put(None)
    tasks.join()
    out = sorted(results.get(timeout=5) for _ in range(40))
    for w in workers:
        w.join()
    print(out[:3], out[-1], len(out), [w.exitcode for w in workers])
    try:
        tasks.task_done()
    except ValueError as e:
        print(e)

    bounded = mp.Queue(maxsize=2)
    bounded.put(1)
    print("full:", bounded.full())
    bounded.put(2)
    print("full:", bounded.full())
    try:
        bounded.put(3, timeout=0.05)
    except queue.Full:
        print("full")
    print(bounded.get(), bounded.get())
    try:
        bounded.get_nowait()
    except queue.Empty:
        print("empty")

    sem = mp.Semaphore(2)
    q = mp.SimpleQueue()
    ps = [mp.Process(target=limited, args=(sem, q, i)) for i in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(5)), q.empty())
    print(sem.acquire(timeout=0.01), sem.acquire(timeout=0.01), sem.acquire(timeout=0.01))
    lock = mp.RLock()
    with lock:
        with lock:
            print("reentrant")
    ctx = mp.get_context("fork")
    p = ctx.Process(target=print, args=("from context",))
    p.start()
    p.join()
    try:
        mp.get_context("nope")
    except ValueError as e:
        print("ValueError")
