# ProcessPoolExecutor: exceptions raised in a worker reach result() with type and args.
from concurrent.futures import ProcessPoolExecutor, wait, as_completed


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code


class Sub(AppError):
    pass


def fail(kind):
    if kind == 'value':
        raise ValueError('no good')
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    if kind == 'app':
        raise AppError(42, 'custom failure')
    if kind == 'sub':
        raise Sub(7, 'subclass')
    if kind == 'exit':
        raise SystemExit(3)
    return kind


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        for kind in ['value', 'key', 'zero', 'app', 'sub', 'exit', 'fine']:
            f = ex.submit(fail, kind)
            try:
                print('ok', f.result())
            except AppError as e:
                print(type(e).__name__, e.args, e.code, isinstance(e, AppError))
            except BaseException as e:
                print(type(e).__name__, e)
        f = ex.submit(fail, 'value')
        print(type(f.exception()).__name__, f.exception())
        fs = [ex.submit(fail, k) for k in ('zero', 'fine')]
        done, not_done = wait(fs)
        print(len(done), len(not_done))
        print(sorted(type(f.exception()).__name__ for f in as_completed(fs)))
