import asyncio
import contextvars

user = contextvars.ContextVar('user')
depth = contextvars.ContextVar('depth', default=0)

async def child(tag):
    depth.set(depth.get() + 1)
    await asyncio.sleep(0)
    return f'{tag}: user={user.get("anonymous")} depth={depth.get()}'

async def parent(name):
    user.set(name)
    first = await child('direct')
    second = await asyncio.create_task(child('task'))
    return first, second, depth.get()

async def main():
    print(await asyncio.gather(parent('ann'), parent('bob')))
    print(user.get('unset'), depth.get())
    ctx = contextvars.Context()
    ctx.run(user.set, 'from-context')
    t = asyncio.create_task(child('explicit'), context=ctx)
    print(await t)
    print(ctx[user], ctx[depth], user.get('unset'))
    token = user.set('main')
    print(await asyncio.create_task(child('after set')))
    user.reset(token)
    print(user.get('unset'))

asyncio.run(main())
