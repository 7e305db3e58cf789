def parse(items):
    for item in items:
        yield int(item)

def doubled(nums):
    for n in nums:
        yield n * 2

def consume(gen):
    total = 0
    for value in gen:
        total += value
        print("running total", total)
    return total

consume(doubled(parse(["1", "2", "three", "4"])))
