# threading.excepthook receives what a thread's run() raised; sys.excepthook the
# program's uncaught exception (and a failing hook is reported with the original).
import sys
import threading


def thread_hook(args):
    print('thread hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
          type(args).__name__, args.exc_traceback is not None)


print(threading.excepthook is threading.__excepthook__, sys.excepthook is sys.__excepthook__)
threading.excepthook = thread_hook
for name, target in [('W1', lambda: {}['k']), ('W2', lambda: 1 / 0), ('W3', lambda: sys.exit(3))]:
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()


def hook(exc_type, value, tb):
    print('custom hook:', exc_type.__name__, value, tb.tb_lineno)
    raise RuntimeError('hook broke')


sys.excepthook = hook
raise ValueError('unhandled')
