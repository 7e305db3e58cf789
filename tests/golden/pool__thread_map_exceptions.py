from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

def parse(s):
    return int(s)

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(parse, ['1', '2', '3'])))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    it = ex.map(parse, ['10', 'oops', '30'])
    try:
        for value in it:
            print('value', value)
    except ValueError as e:
        print('map raised', e)
    futures = [ex.submit(parse, s) for s in ['7', 'x', '9']]
    ok, bad = 0, 0
    for f in as_completed(futures):
        if f.exception() is None:
            ok += f.result()
        else:
            bad += 1
    print('ok sum', ok, 'bad', bad)
    print(list(ex.map(str.upper, [])))
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit('_', 1)[0], range(6)))
    print(sorted(names))
