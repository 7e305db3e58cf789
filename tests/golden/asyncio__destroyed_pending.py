# A task left pending on a closed loop: at exit CPython collects it, finalizes its
# coroutine (its finally block runs) and reports it to the loop's exception handler.
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever: finally runs")


async def main():
    asyncio.ensure_future(forever())
    await asyncio.sleep(0.01)
    print("main done")


def handler(loop, context):
    print("handler:", context["message"])
    print("task:", str(context["task"]).replace(HERE, ""))


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.run_until_complete(main())
print("after run")
loop.close()
print("closed")
