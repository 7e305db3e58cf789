# Where a record comes from: funcName, lineno, filename, module, pathname, through
# loggers, adapters and module-level functions; stacklevel=, stack_info=; the LogRecord's
# attributes; deprecated warn(); captureWarnings().
import sys
sys.stderr = sys.stdout
import os
import logging
import warnings

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter(
    '%(filename)s %(module)s %(funcName)s:%(lineno)d %(levelname)s %(message)s'))
logging.root.addHandler(h)
log = logging.getLogger('where')


def outer():
    log.warning('in outer')
    inner()


def inner():
    log.warning('in inner')
    logging.warning('module-level function')
    logging.LoggerAdapter(log, {}).warning('through an adapter')
    log.log(logging.ERROR, 'through log()')


outer()
log.warning('at module level')


class Service:
    def run(self):
        log.warning('in a method')

    @staticmethod
    def helper():
        log.warning('in a static method')


Service().run()
Service.helper()
(lambda: log.warning('in a lambda'))()


def report(msg):
    log.warning(msg, stacklevel=2)


def caller_of_report():
    report('stacklevel=2 names the caller of report')


caller_of_report()


def deep(msg):
    log.warning(msg, stacklevel=3)


def middle():
    deep('stacklevel=3')


middle()
log.warning('huge stacklevel stops at the outermost frame', stacklevel=50)


def with_stack():
    log.warning('with stack info', stack_info=True)


with_stack()

# The record's attributes.
seen = []


class Grab(logging.Handler):
    def emit(self, record):
        seen.append(record)


g = Grab()
log.addHandler(g)


def make():
    log.error('attrs %s %d', 'x', 1)


make()
log.removeHandler(g)
r = seen[0]
print(r.name, r.levelname, r.levelno, r.msg, r.args, r.getMessage())
print(r.funcName, r.lineno, r.filename, r.module, os.path.basename(r.pathname),
      os.path.isabs(r.pathname))
print(r.exc_info, r.exc_text, r.stack_info, r.threadName, r.processName,
      r.process == os.getpid())
print(type(r.created).__name__, type(r.msecs).__name__, r.msecs == int(r.msecs),
      0 <= r.msecs < 1000, r.relativeCreated >= 0, type(r.thread).__name__)
print(repr(r).startswith('<LogRecord: where, 40, '), repr(r).endswith(', "attrs %s %d">'))
print(hasattr(r, 'message'))
rec = logging.LogRecord('n', logging.INFO, '/some/dir/mod.py', 7, 'm %s', ('a',), None, 'fn')
print(rec.filename, rec.module, rec.pathname, rec.funcName, rec.lineno, rec.getMessage())
print(logging.makeLogRecord({}).__dict__['name'], logging.makeLogRecord({}).levelname)

# The deprecated warn() works and warns (the warning names this file).
warnings.simplefilter('always')
log.warn('logger warn')
logging.warn('module warn')
logging.LoggerAdapter(log, None).warn('adapter warn')

# captureWarnings sends warnings to the 'py.warnings' logger.
h.setFormatter(logging.Formatter('%(message)s'))
logging.captureWarnings(True)
grab = Grab()
logging.getLogger('py.warnings').addHandler(grab)
warnings.warn('captured warning')
print(seen[-1].name, seen[-1].levelname, seen[-1].args, seen[-1].msg.endswith('\n'))
logging.captureWarnings(False)
warnings.warn('printed again', UserWarning)
