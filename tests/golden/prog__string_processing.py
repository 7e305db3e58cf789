# String processing: palindromes, Caesar cipher, run-length encoding, anagrams.
def is_palindrome(s):
    cleaned = ''.join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]

def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord('A') if c.isupper() else ord('a')
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)

def rle(s):
    if not s:
        return ''
    out, prev, count = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append(f'{count}{prev}')
            prev, count = c, 1
    out.append(f'{count}{prev}')
    return ''.join(out)

for s in ['A man, a plan, a canal: Panama', 'hello', '']:
    print(repr(s), is_palindrome(s))
secret = caesar('Hello, World!', 3)
print(secret, caesar(secret, -3))
print(rle('aaabccddddd'), rle('abc'), repr(rle('')))
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac']
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
print(list(groups.values()))
print(' '.join(w.capitalize() for w in 'snake_case_to_title'.split('_')))
