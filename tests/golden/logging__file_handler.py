# FileHandler in a temporary directory: append and write modes, delay, close and
# reopen, basicConfig(filename=, filemode=), shutdown().
import os
import sys
import tempfile
import logging

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'app.log')


def show(p):
    with open(p) as f:
        print(repr(f.read()))


log = logging.getLogger('files')
log.propagate = False
fh = logging.FileHandler(path)
print(fh.baseFilename == os.path.abspath(path), fh.mode, fh.encoding, fh.delay)
print(repr(fh).replace(tmp, '<tmp>'))
fh.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
log.addHandler(fh)
log.warning('first line')
log.error('second %s', 'line')
show(path)
fh.close()
print(fh.stream)
log.warning('after close: the handler reopens in append mode')
show(path)
log.removeHandler(fh)
fh.close()

# mode='w' truncates; a closed 'w' handler does not reopen.
wh = logging.FileHandler(path, mode='w')
log.addHandler(wh)
log.warning('truncated and rewritten')
show(path)
wh.close()
log.warning('not written: closed w-mode handler')
show(path)
log.removeHandler(wh)

# delay=True opens the file at the first record.
late = os.path.join(tmp, 'late.log')
dh = logging.FileHandler(late, delay=True, encoding='utf-8')
print(dh.stream, os.path.exists(late), dh.encoding)
log.addHandler(dh)
log.warning('opened now: %s', 'délai')
print(os.path.exists(late))
show(late)
log.removeHandler(dh)
dh.close()

# basicConfig with filename/filemode.
cfg = os.path.join(tmp, 'cfg.log')
logging.basicConfig(filename=cfg, filemode='w', level=logging.INFO,
                    format='%(name)s:%(levelname)s:%(message)s')
print(type(logging.root.handlers[0]).__name__)
logging.info('into the file')
logging.getLogger('other.child').warning('child records propagate to root')
show(cfg)
logging.basicConfig(filename=cfg, filemode='a', force=True)
logging.warning('appended with the basic format')
show(cfg)

# shutdown() flushes and closes every handler.
last = logging.root.handlers[0]
logging.shutdown()
print(last.stream)
show(cfg)

try:
    logging.FileHandler(os.path.join(tmp, 'no', 'such', 'dir.log'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(sorted(os.listdir(tmp)))
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
