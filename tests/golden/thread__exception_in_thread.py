import threading

def bad():
    raise ValueError('thread went wrong')


def custom_hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = custom_hook
t2 = threading.Thread(target=bad, name='Hooked')
t2.start()
t2.join()
print('main continues, alive:', t2.is_alive())
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
