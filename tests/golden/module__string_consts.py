# Constants and helpers of the string module.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable))
print(string.capwords('hello   wide world'))
t = string.Template('$who likes ${what}')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='ann'))
