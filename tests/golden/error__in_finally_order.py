# Output printed before the traceback comes first on stdout; finally runs before the exit.
def work():
    try:
        print('working')
        raise RuntimeError('failed while working')
    finally:
        print('cleanup in finally')

work()
