async def f():
    pass

def main():
    for i in range(3):
        f()
    print("after")
main()
