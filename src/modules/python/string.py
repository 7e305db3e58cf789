"""pyco's string module: constants, capwords, Template and Formatter basics."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, convert):
        # Calls convert(name, start) for each placeholder; returns the pieces joined.
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(t)
        while True:
            j = t.find(delim, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + dl
            if t.startswith(delim, k):
                out.append(delim)
                i = k + dl
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and _is_id_start(t[e]):
                    e += 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        out.append(convert(t[k + 1:e], j, t[j:e + 1]))
                        i = e + 1
                        continue
                out.append(convert(None, j, None))
                i = k
                continue
            if k < n and _is_id_start(t[k]):
                e = k + 1
                while e < n and _is_id_char(t[e]):
                    e += 1
                out.append(convert(t[k:e], j, t[j:e]))
                i = e
                continue
            out.append(convert(None, j, None))
            i = k
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def convert(name, start, text):
            if name is None:
                self._invalid(start + len(self.delimiter))
            return str(mapping[name])
        return self._scan(convert)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def convert(name, start, text):
            if name is None:
                return self.delimiter
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return self._scan(convert)

    def is_valid(self):
        ok = [True]

        def convert(name, start, text):
            if name is None:
                ok[0] = False
            return ''
        self._scan(convert)
        return ok[0]

    def get_identifiers(self):
        ids = []

        def convert(name, start, text):
            if name is None:
                raise ValueError('Unrecognized named group in pattern')
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(convert)
        return ids


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
