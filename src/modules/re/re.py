"""Support for regular expressions (RE): pyco's `re`, over the `_re` matching engine."""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
    "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_FLAG_NAMES = [
    (256, "ASCII"), (4, "LOCALE"), (32, "UNICODE"), (2, "IGNORECASE"), (8, "MULTILINE"),
    (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG"),
]
_FLAG_ORDER = [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
               (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
               (256, "ASCII")]


def _flag_text(value):
    if value == 0:
        return "re.NOFLAG"
    parts = []
    rest = value
    for bit, name in _FLAG_ORDER:
        if value & bit:
            parts.append("re." + name)
            rest &= ~bit
    if rest:
        parts.append(hex(rest))
    return "|".join(parts)


class RegexFlag(int):
    def __repr__(self):
        return _flag_text(int(self))

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return _flag_text(int(self))

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


def _check_string(string):
    if not isinstance(string, str):
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, engine):
        self.pattern = pattern
        self._engine = engine
        info = _re.info(engine)
        f = int(flags) | info[0]
        if not f & 256:
            f |= 32
        self.flags = f
        self.groups = info[1]
        self.groupindex = info[2]
        self._parents = info[3]

    def __repr__(self):
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        if flags:
            return "re.compile(%r, %s)" % (self.pattern, _flag_text(flags))
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _run(self, string, pos, endpos, mode):
        _check_string(string)
        pos, endpos = _bounds(string, pos, endpos)
        spans = _re.run(self._engine, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        _check_string(string)
        pos, endpos = _bounds(string, pos, endpos)
        return pos, endpos, _re.scan(self._engine, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos, found = self._scan(string, pos, endpos, 0)
        return iter([Match(self, string, pos, endpos, sp) for sp in found])

    def findall(self, string, pos=0, endpos=None):
        pos, endpos, found = self._scan(string, pos, endpos, 0)
        n = self.groups
        out = []
        for sp in found:
            if n == 0:
                out.append(string[sp[0]:sp[1]])
            elif n == 1:
                out.append(string[sp[2]:sp[3]] if sp[2] >= 0 else "")
            else:
                out.append(tuple(string[sp[2 * g]:sp[2 * g + 1]] if sp[2 * g] >= 0 else ""
                                 for g in range(1, n + 1)))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        pos, endpos, found = self._scan(string, 0, None, maxsplit)
        n = self.groups
        out = []
        last = 0
        for sp in found:
            out.append(string[last:sp[0]])
            for g in range(1, n + 1):
                out.append(string[sp[2 * g]:sp[2 * g + 1]] if sp[2 * g] >= 0 else None)
            last = sp[1]
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        if count < 0:
            return string, 0
        if callable(repl):
            func = repl
            template = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            func = None
            template = _compile_template(self, repl)
        pos, endpos, found = self._scan(string, 0, None, count)
        pieces = []
        last = 0
        for sp in found:
            pieces.append(string[last:sp[0]])
            if func is not None:
                r = func(Match(self, string, pos, endpos, sp))
                if not isinstance(r, str):
                    raise TypeError("expected str instance, %s found" % type(r).__name__)
                pieces.append(r)
            elif isinstance(template, str):
                pieces.append(template)
            else:
                pieces.append(_expand(template, string, sp))
            last = sp[1]
        pieces.append(string[last:])
        return "".join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or isinstance(g, RegexFlag):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif isinstance(g, bool):
            if int(g) <= self.re.groups:
                return int(g)
        raise IndexError("no such group")

    def _group(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple(self._group(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The matched group that closed last: the latest end; on a tie, an enclosing
        # group closes after the groups inside it, and a later group after an earlier one.
        best = None
        parents = self.re._parents
        for i in range(1, self.re.groups + 1):
            if self._spans[2 * i] < 0:
                continue
            if best is None:
                best = i
                continue
            e, be = self._spans[2 * i + 1], self._spans[2 * best + 1]
            if e > be:
                best = i
            elif e == be:
                # i (later in the pattern) closes last unless it lies inside best.
                p = parents[i - 1]
                inside = False
                while p:
                    if p == best:
                        inside = True
                        break
                    p = parents[p - 1]
                if not inside:
                    best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == i:
                return name
        return None

    def expand(self, template):
        t = _compile_template(self.re, template)
        if isinstance(t, str):
            return t
        return _expand(t, self.string, self._spans)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.string[self._spans[0]:self._spans[1]])

    def __bool__(self):
        return True

    def __class_getitem__(cls, item):
        return cls

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _compile_template(pattern, repl):
    """A replacement template: a str when it has no group references, else a list of
    literal strings and group numbers."""
    if "\\" not in repl:
        return repl
    items = []
    lit = []
    i = 0
    n = len(repl)
    groups = pattern.groups

    def addgroup(index, pos):
        if index > groups:
            raise error("invalid group reference %d" % index, repl, pos)
        if lit:
            items.append("".join(lit))
            lit.clear()
        items.append(index)

    while i < n:
        c = repl[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = repl[i]
        i += 1
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            close = repl.find(">", i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error("missing group name", repl, i + 1)
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:close]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index >= 100 and False:
                    pass
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 1)
            addgroup(index, i + 1)
            i = close + 1
        elif c == "0":
            s = c
            while len(s) < 3 and i < n and repl[i] in _OCTDIGITS:
                s += repl[i]
                i += 1
            lit.append(chr(int(s, 8)))
        elif c in _DIGITS:
            s = c
            isoctal = False
            if i < n and repl[i] in _DIGITS:
                s += repl[i]
                i += 1
                if c in _OCTDIGITS and s[1] in _OCTDIGITS and i < n and repl[i] in _OCTDIGITS:
                    s += repl[i]
                    i += 1
                    isoctal = True
                    v = int(s, 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % s,
                                    repl, start)
                    lit.append(chr(v))
            if not isoctal:
                addgroup(int(s), start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise error("bad escape \\%s" % c, repl, start)
        else:
            lit.append("\\" + c)
    if lit:
        items.append("".join(lit))
    if all(isinstance(x, str) for x in items):
        return "".join(items)
    return items


def _expand(template, string, spans):
    out = []
    for item in template:
        if isinstance(item, str):
            out.append(item)
        else:
            s = spans[2 * item]
            if s >= 0:
                out.append(string[s:spans[2 * item + 1]])
    return "".join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise TypeError("pyco's re supports str patterns only")
        raise TypeError("first argument must be string or compiled pattern")
    if flags & 4:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if flags & 256 and flags & 32:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    engine = _re.compile(pattern, flags)
    if isinstance(engine, tuple):
        raise error(engine[0], pattern, engine[1])
    p = Pattern(pattern, flags, engine)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string obtained by replacing the leftmost matches of the pattern."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Return a 2-tuple containing (new_string, number)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    raise TypeError("pyco's re.escape supports str only")
