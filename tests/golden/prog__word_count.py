# Counting words with a dict and printing a sorted report.
text = """the quick brown fox jumps over the lazy dog
The dog barks; the fox runs.  A quick end!"""

counts = {}
for raw in text.split():
    word = raw.strip('.,;!').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1

by_freq = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in by_freq[:5]:
    print(f'{word:<6} {n:>2} {"#" * n}')
print(len(counts), 'distinct words,', sum(counts.values()), 'total')
lengths = {}
for word in counts:
    lengths.setdefault(len(word), []).append(word)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))
first_letters = {}
for word in counts:
    first_letters[word[0]] = first_letters.get(word[0], 0) + counts[word]
print(sorted(first_letters.items()))
