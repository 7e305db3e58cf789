import asyncio

async def compute(x):
    return x

def check(obj):
    return asyncio.iscoroutine(obj)

print(check(compute(1)))
print("next")
# A non-zero exit keeps stderr (the warning) part of the expectation.
raise SystemExit(1)
