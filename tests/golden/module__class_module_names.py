# Classes report the module CPython defines them in, which uncaught tracebacks print.
import asyncio
import concurrent.futures as cf
import json
import queue

for c in [cf.ThreadPoolExecutor, cf.Executor, cf.CancelledError, cf.InvalidStateError,
          cf.BrokenExecutor, cf.Future, queue.Empty, queue.Full, json.JSONDecodeError,
          json.JSONEncoder, json.JSONDecoder, asyncio.TaskGroup, asyncio.Timeout,
          asyncio.Runner, asyncio.AbstractEventLoop, asyncio.CancelledError]:
    print(c)
try:
    json.loads('{bad')
except ValueError as e:
    print(type(e), e)
q = queue.Queue()
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print(repr(e))
raise queue.Empty('nothing left')
