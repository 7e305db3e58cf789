# pyco-needs: requests
"""Chapter snippet 24 (futures from `submit`, `running()`, `as_completed`, `done()`,
`result()`, `cancel()` around `requests.get`) run against a local server instead of
http://qq.com, http://sina.com and http://www.baidu.com. helper_http_server redirects
each /sites/HOST to /sites/HOST/home, as the real sites redirect, and answers after a
delay per host (0.9 s, 0.3 s, 0.6 s): every future is still running at the `running()`
check and `as_completed` yields them in a fixed order. The URLs printed contain the
server's ephemeral port, so `print` here writes the base URL as http://local. The code
from `def task` on is the snippet's, unchanged. Without the local server (no network),
each future's result raises requests.exceptions.ConnectionError, printed by the
snippet's `except` (tests/golden/requests__redirects_errors.py covers that error)."""
import builtins
from concurrent.futures import ThreadPoolExecutor as Pool
from concurrent.futures import as_completed
import requests
import helper_http_server

BASE = helper_http_server.start()
URLS = [BASE + '/sites/qq.com', BASE + '/sites/sina.com', BASE + '/sites/www.baidu.com']


def print(text):
    builtins.print(text.replace(BASE, 'http://local'))


def task(url, timeout=10):
    return requests.get(url, timeout=timeout)

with Pool(max_workers=3) as executor:
    future_tasks = [executor.submit(task, url) for url in URLS]

    for f in future_tasks:
        if f.running():
            print('%s is running' % str(f))

    for f in as_completed(future_tasks):
        try:
            ret = f.done()
            if ret:
                f_ret = f.result()
                print('%s, done, result: %s, %s' % (str(f), f_ret.url, len(f_ret.content)))
        except Exception as e:
            f.cancel()
            print(str(e))
