"""tempfile: uniquely named temporary directories and files in the system's temporary
directory (`$TMPDIR`, else `/tmp`), created so that no other process can have picked the
same name: `gettempdir`, `mkdtemp`, `TemporaryDirectory`, `NamedTemporaryFile`."""

import os as _os

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
TMP_MAX = 10000
template = "tmp"
tempdir = None


def gettempprefix():
    return template


def gettempdir():
    if tempdir is not None:
        return tempdir
    for var in ("TMPDIR", "TEMP", "TMP"):
        d = _os.environ.get(var)
        if d and _os.path.isdir(d):
            return _os.path.abspath(d)
    return "/tmp"


def _random_name():
    return "".join(_CHARS[b % len(_CHARS)] for b in _os.urandom(8))


def _candidates(suffix, prefix, dir):
    suffix = "" if suffix is None else suffix
    prefix = template if prefix is None else prefix
    dir = gettempdir() if dir is None else dir
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory only its creator can use; return its absolute path."""
    for path in _candidates(suffix, prefix, dir):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


def _rmtree(path):
    for root, dirs, files in _os.walk(path, topdown=False):
        for name in files:
            _os.remove(_os.path.join(root, name))
        for name in dirs:
            full = _os.path.join(root, name)
            if _os.path.islink(full):
                _os.remove(full)
            else:
                _os.rmdir(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory made by `mkdtemp`, removed with its contents by `cleanup()` or at the
    end of a `with` block (which binds the directory's name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and _os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore_cleanup_errors:
                    raise


class _TemporaryFileWrapper:
    """A file with a `name`, deleted when it is closed (with `delete=True`)."""

    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper name={!r}>".format(self.name)

    def close(self):
        if not self.file.closed:
            self.file.close()
            if self.delete and _os.path.exists(self.name):
                _os.remove(self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A new file opened with `mode`, under a fresh name (`.name`)."""
    exclusive = mode.replace("w", "x").replace("a", "x")
    if "x" not in exclusive:
        exclusive = "x" + exclusive.replace("r", "")
        if "+" not in exclusive:
            exclusive += "+"
    for path in _candidates(suffix, prefix, dir):
        try:
            if "b" in mode:
                f = open(path, exclusive)
            else:
                f = open(path, exclusive, encoding=encoding)
        except FileExistsError:
            continue
        return _TemporaryFileWrapper(f, _os.path.abspath(path), delete)
