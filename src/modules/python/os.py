"""OS routines for POSIX: pyco's `os` (with `os.path`), over the `_os` system calls."""

import _os
import _pyco_lib
import sys

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"

F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8

error = OSError


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError


def fspath(p):
    """Return the file system path representation of the object."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(p).__name__)
    r = method(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    return r


def _path(p, fname):
    if isinstance(p, str):
        return p
    if hasattr(type(p), "__fspath__"):
        return fspath(p)
    raise TypeError("%s: path should be string, bytes or os.PathLike, not %s"
                    % (fname, type(p).__name__))


class _Environ:
    """os.environ: the process environment; changes reach child processes."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _os.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def getcwd():
    return _os.getcwd()


def chdir(path):
    _os.chdir(_path(path, "chdir"))


def listdir(path="."):
    return _os.listdir(_path(path, "listdir"))


def getpid():
    return _os.getpid()


def getppid():
    return _os.getppid()


def cpu_count():
    return _os.cpu_count()


def system(command):
    return _os.system(command)


class _Popen:
    """The file-like result of os.popen(cmd) (read mode): the command's output."""

    def __init__(self, cmd, text, status):
        self._cmd = cmd
        self._text = text
        self._pos = 0
        self._status = status
        self.closed = False

    def read(self, size=-1):
        if size is None or size < 0:
            s = self._text[self._pos:]
        else:
            s = self._text[self._pos:self._pos + size]
        self._pos += len(s)
        return s

    def readline(self):
        i = self._text.find("\n", self._pos)
        end = len(self._text) if i < 0 else i + 1
        s = self._text[self._pos:end]
        self._pos = end
        return s

    def readlines(self):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True
        return None if self._status == 0 else self._status

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def __repr__(self):
        return "<os._wrap_close object at 0x%x>" % id(self)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd).__name__)
    if mode != "r":
        raise ValueError("pyco's os.popen supports mode 'r' only")
    text, status = _os.popen_read(cmd)
    return _Popen(cmd, text, status)


def getuid():
    return _os.ids()[0]


def getgid():
    return _os.ids()[1]


geteuid = getuid
getegid = getgid


class uname_result(tuple):
    def __repr__(self):
        return ("posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, "
                "machine=%r)" % tuple(self))

    @property
    def sysname(self):
        return self[0]

    @property
    def nodename(self):
        return self[1]

    @property
    def release(self):
        return self[2]

    @property
    def version(self):
        return self[3]

    @property
    def machine(self):
        return self[4]


def uname():
    def read(name, default=""):
        try:
            with open("/proc/sys/kernel/" + name) as f:
                return f.read().strip()
        except OSError:
            return default
    machine = popen("uname -m").read().strip() or "x86_64"
    return uname_result((read("ostype", "Linux"), read("hostname"), read("osrelease"),
                         read("version"), machine))


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFEXITED(status):
    return status & 0x7F == 0


def WIFSIGNALED(status):
    return status & 0x7F not in (0, 0x7F)


def WTERMSIG(status):
    return status & 0x7F


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)


def remove(path, *, dir_fd=None):
    _os.remove(_path(path, "remove"))


def unlink(path, *, dir_fd=None):
    _os.remove(_path(path, "unlink"))


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_path(path, "rmdir"))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_path(path, "mkdir"), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir: create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if head == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_path(src, "rename"), _path(dst, "rename"))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_path(src, "replace"), _path(dst, "replace"))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(_path(path, "chmod"), mode)


def readlink(path, *, dir_fd=None):
    return _os.readlink(_path(path, "readlink"))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _os.symlink(_path(src, "symlink"), _path(dst, "symlink"))


def urandom(size):
    return _os.urandom(size)


def strerror(code):
    return _os.strerror(code)


def _exit(status):
    _os._exit(status)


def fork():
    """Fork a child process: 0 in the child, the child's pid in the parent."""
    return _os.fork()


def pipe():
    """Create a pipe: a pair of file descriptors (r, w), not inherited by exec."""
    return _os.pipe()


def read(fd, length):
    """Read at most length bytes from file descriptor fd (b'' at end of file)."""
    return _os.read(fd, length)


def write(fd, data):
    """Write bytes to file descriptor fd; return how many were written."""
    return _os.write(fd, data)


def close(fd):
    """Close a file descriptor."""
    _os.close(fd)


def waitpid(pid, options):
    """Wait for a child process: (pid, wait status); (0, 0) under WNOHANG if none exited."""
    return _os.waitpid(pid, options)


def wait():
    """Wait for any child process: (pid, wait status)."""
    return _os.waitpid(-1, 0)


def kill(pid, signal):
    """Send a signal to a process."""
    _os.kill(pid, signal)


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime")


class stat_result:
    """The result of os.stat(): indexable like a 10-tuple, with st_* attributes."""

    def __init__(self, values):
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size, self.st_atime, self.st_mtime, self.st_ctime) = values
        self.st_atime_ns = int(self.st_atime * 1e9)
        self.st_mtime_ns = int(self.st_mtime * 1e9)
        self.st_ctime_ns = int(self.st_ctime * 1e9)
        self._tuple = tuple(values[:7]) + tuple(int(t) for t in values[7:])

    def __getitem__(self, i):
        return self._tuple[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._tuple)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._tuple == other._tuple
        return NotImplemented

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(_STAT_FIELDS, self._tuple))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(_path(path, "stat"), follow_symlinks, False))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(_path(path, "lstat"), False, False))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    st = _os.stat(_path(path, "access"), True, True)
    if st is None:
        return False
    if mode == F_OK:
        return True
    m = st[0]
    ok = True
    if mode & R_OK:
        ok = ok and bool(m & 0o444)
    if mode & W_OK:
        ok = ok and bool(m & 0o222)
    if mode & X_OK:
        ok = ok and bool(m & 0o111)
    return ok


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        st = _os.stat(self.path, follow_symlinks, True)
        return st is not None and st[0] & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        st = _os.stat(self.path, follow_symlinks, True)
        return st is not None and st[0] & 0o170000 == 0o100000

    def is_symlink(self):
        st = _os.stat(self.path, False, True)
        return st is not None and st[0] & 0o170000 == 0o120000

    def stat(self, *, follow_symlinks=True):
        return stat_result(_os.stat(self.path, follow_symlinks, False))


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def close(self):
        self._it = iter(())


def scandir(path="."):
    p = _path(path, "scandir")
    return _ScandirIterator([DirEntry(p, n) for n in _os.listdir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


# --- os.path (posixpath) ---

def _p_join(a, *p):
    a = fspath(a)
    result = a
    for b in p:
        b = fspath(b)
        if not isinstance(b, str):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith("/"):
            result = b
        elif not result or result.endswith("/"):
            result += b
        else:
            result += "/" + b
    return result


def _p_split(p):
    p = fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def _p_splitext(p):
    p = fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i] != ".":
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def _p_splitdrive(p):
    p = fspath(p)
    return p[:0], p


def _p_basename(p):
    p = fspath(p)
    return p[p.rfind("/") + 1:]


def _p_dirname(p):
    p = fspath(p)
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def _p_isabs(s):
    return fspath(s).startswith("/")


def _p_normpath(p):
    p = fspath(p)
    if not p:
        return "."
    initial = 1 if p.startswith("/") else 0
    if initial and p.startswith("//") and not p.startswith("///"):
        initial = 2
    comps = []
    for comp in p.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not comps) or (comps and comps[-1] == ".."):
            comps.append(comp)
        elif comps:
            comps.pop()
    p = "/".join(comps)
    if initial:
        p = "/" * initial + p
    return p or "."


def _p_abspath(p):
    p = fspath(p)
    if not p.startswith("/"):
        p = _p_join(getcwd(), p)
    return _p_normpath(p)


def _p_realpath(p, *, strict=False):
    p = _p_abspath(p)
    r = _os.realpath(p)
    if r is not None:
        return r
    if strict:
        stat(p)
    # Resolve the longest existing prefix, keep the rest as written.
    head, tail = _p_split(p)
    if head == p:
        return p
    return _p_join(_p_realpath(head), tail)


def _p_relpath(p, start=None):
    if not p:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in _p_abspath(start).split("/") if x]
    path_list = [x for x in _p_abspath(p).split("/") if x]
    i = len(_p_commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return _p_join(*rel)


def _p_commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _p_commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [fspath(p) for p in paths]
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    isabs = set(p.startswith("/") for p in paths)
    if len(isabs) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def _p_expanduser(p):
    p = fspath(p)
    if not p.startswith("~"):
        return p
    i = p.find("/", 1)
    if i < 0:
        i = len(p)
    if i != 1:
        return p
    home = environ.get("HOME")
    if home is None:
        return p
    home = home.rstrip("/")
    return (home + p[i:]) or "/"


def _p_expandvars(p):
    p = fspath(p)
    if "$" not in p:
        return p
    out = []
    i = 0
    n = len(p)
    while i < n:
        c = p[i]
        if c != "$" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if p[i + 1] == "{":
            j = p.find("}", i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            var = p[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (p[j].isalnum() or p[j] == "_"):
                j += 1
            var = p[i + 1:j]
            end = j
        if var and var in environ:
            out.append(environ[var])
        else:
            out.append(p[i:end])
        i = end
    return "".join(out)


def _mode(p, follow=True):
    try:
        st = _os.stat(_path(p, "stat"), follow, True)
    except ValueError:
        return None
    return None if st is None else st[0]


def _p_exists(p):
    return _mode(p) is not None


def _p_lexists(p):
    return _mode(p, False) is not None


def _p_isfile(p):
    m = _mode(p)
    return m is not None and m & 0o170000 == 0o100000


def _p_isdir(p):
    m = _mode(p)
    return m is not None and m & 0o170000 == 0o040000


def _p_islink(p):
    m = _mode(p, False)
    return m is not None and m & 0o170000 == 0o120000


def _p_ismount(p):
    return _p_abspath(p) == "/"


def _p_getsize(p):
    return stat(p).st_size


def _p_getmtime(p):
    return stat(p).st_mtime


def _p_getatime(p):
    return stat(p).st_atime


def _p_getctime(p):
    return stat(p).st_ctime


def _p_samefile(a, b):
    s1 = stat(a)
    s2 = stat(b)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


path = _pyco_lib.new_module("posixpath", "Common operations on POSIX pathnames.")
for _name, _value in list(globals().items()):
    if _name.startswith("_p_"):
        setattr(path, _name[3:], _value)
for _name in ("sep", "altsep", "extsep", "pathsep", "curdir", "pardir", "devnull",
              "defpath"):
    setattr(path, _name, globals()[_name])
path.supports_unicode_filenames = False
del _name, _value
sys.modules["os.path"] = path
sys.modules["posixpath"] = path
