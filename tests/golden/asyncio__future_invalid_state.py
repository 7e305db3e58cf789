import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("result:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("exception:", e)
    loop.call_soon(f.set_result, 42)
    print(await f)
    for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)

asyncio.run(main())
