# An uncaught async-with protocol error points at the whole statement (no caret).
async def main():
    async with 5:
        pass


main().send(None)
