# match inside generators and coroutines: yields in case bodies, resumed where they paused.
def commands(items):
    for item in items:
        match item:
            case ("go", direction):
                got = yield f"going {direction}"
                if got:
                    yield f"told {got}"
            case ("say", *words):
                for w in words:
                    yield w
            case "quit":
                return "bye"
            case _:
                yield f"unknown {item!r}"


g = commands([("go", "north"), ("say", "a", "b"), 42, "quit", ("go", "south")])
print(next(g))
print(g.send("fast"))
print(list(g))
try:
    next(commands(["quit"]))
except StopIteration as e:
    print("returned", e.value)

import asyncio


async def handle(msg):
    match msg:
        case {"sleep": secs}:
            await asyncio.sleep(secs)
            return f"slept {secs}"
        case [*parts]:
            return "-".join(map(str, parts))


print(asyncio.run(handle({"sleep": 0})), asyncio.run(handle([1, 2, 3])))
