# Logging from coroutines and tasks: the caller is the coroutine, the thread is the
# main thread; executor jobs log from their worker threads.
import sys
import asyncio
import logging

logging.basicConfig(stream=sys.stdout,
                    format='%(threadName)s %(name)s %(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('aio')
log.setLevel(logging.DEBUG)


async def fetch(n):
    log.debug('fetch %d starts', n)
    await asyncio.sleep(0.01 * n)
    log.info('fetch %d done', n)
    return n


def blocking(n):
    log.info('blocking job %d', n)
    return -n


async def failing():
    await asyncio.sleep(0)
    raise ValueError('task failed')


async def main():
    log.info('main starts')
    results = await asyncio.gather(fetch(2), fetch(1))
    log.info('gathered %s', results)
    loop = asyncio.get_running_loop()
    value = await loop.run_in_executor(None, blocking, 7)
    log.info('executor returned %d', value)
    try:
        await asyncio.create_task(failing())
    except ValueError:
        log.exception('task error')
    adapter = logging.LoggerAdapter(log, {'req': 'r1'})
    adapter.warning('adapter inside a coroutine')


asyncio.run(main())
log.info('after the loop')
