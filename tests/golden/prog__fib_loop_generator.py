# coding=utf-8
# 利用循环解决斐波那契问题
def fib_loop(max):
    n, a, b = 0, 0, 1
    while n < max:
        print(b)
        a, b = b, a + b
        n = n + 1
    return 'done'

# 利用生成器
def fib_g(max):
    n, a, b = 0, 0, 1
    while n < max:
        yield b
        a, b = b, a + b
        n = n + 1

if __name__ == '__main__':
    print("循环的斐波那契：")
    print(fib_loop(5))

    print("生成器的斐波那契:")
    g = fib_g(5)
    try:
        while True:
            a = next(g)
            print(a)
    except StopIteration:
        print("STOP")
    print(list(fib_g(10)))
    print(sum(fib_g(30)))
