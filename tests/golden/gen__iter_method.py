# __iter__ written as a generator gives each iteration its own generator.
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        for card in self.cards:
            yield card
    def reverse(self):
        i = len(self.cards)
        while i:
            i -= 1
            yield self.cards[i]

d = Deck(['A', 'K', 'Q'])
it1 = iter(d)
it2 = iter(d)
print(it1 is it2, type(it1).__name__, it1.__qualname__)
print(next(it1), next(it1), next(it2))
print(list(d), list(d.reverse()))
print([(a, b) for a in d for b in d if a < b])
print('K' in d, 'J' in d)
x, y, z = d
print(x, y, z)
print(sorted(d), max(d), '-'.join(d))
print(dict.fromkeys(d, 0))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * 2 for i in range(self.n))

print(list(Range2(4)), sum(Range2(10)))
