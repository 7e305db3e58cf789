from collections import deque

class Task:
    _ids = 0
    def __init__(self, gen):
        Task._ids += 1
        self.tid = Task._ids
        self.gen = gen
        self.sendval = None
    def run(self):
        return self.gen.send(self.sendval)
    def __repr__(self):
        return f"<Task {self.tid} {self.gen.__name__}>"

class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError

class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)

class Spawn(SysCall):
    def __init__(self, gen):
        self.gen = gen
    def handle(self, sched, task):
        child = sched.new(self.gen)
        task.sendval = child.tid
        sched.schedule(task)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
    def new(self, gen):
        t = Task(gen)
        self.schedule(t)
        return t
    def schedule(self, task):
        self.ready.append(task)
    def mainloop(self):
        while self.ready:
            task = self.ready.popleft()
            try:
                result = task.run()
            except StopIteration as e:
                self.results[task.tid] = e.value
                print("finished", task, "->", e.value)
                continue
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                task.sendval = None
                self.schedule(task)

def worker(name, n):
    tid = yield GetTid()
    for i in range(n):
        print(f"{name}[{tid}] step {i}")
        yield
    return name.upper()

def parent():
    tid = yield GetTid()
    child = yield Spawn(worker("child", 2))
    print(f"parent {tid} spawned {child}")
    yield
    return "parent done"

s = Scheduler()
s.new(worker("a", 2))
s.new(parent())
s.new(worker("b", 1))
s.mainloop()
print(s.results)
