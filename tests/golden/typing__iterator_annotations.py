from typing import Iterator

def numbers(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1

print(list(numbers(3)))
class Pipeline(Iterator[int]):
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
    def __iter__(self):
        return self
print(list(Pipeline()), isinstance(Pipeline(), Iterator))
