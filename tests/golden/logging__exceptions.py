# Exception reports: exception(), exc_info= (True, an exception, a tuple), exc_text
# reuse, formatException, chained exceptions, and errors raised while emitting.
import sys
import io
import logging

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(funcName)s:%(lineno)d %(message)s'))
log = logging.getLogger('exc')
log.addHandler(h)
log.propagate = False


def divide(a, b):
    return a / b


def work():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        log.exception('division failed for %s', 'work')


work()

try:
    {}['missing']
except KeyError as e:
    log.error('with exc_info=True', exc_info=True)
    saved = e
log.warning('exception object passed later', exc_info=saved)
log.critical('exc_info tuple', exc_info=(type(saved), saved, saved.__traceback__))
log.error('exc_info=False', exc_info=False)
log.exception('exception() outside an except block')

try:
    try:
        int('abc')
    except ValueError as e:
        raise RuntimeError('conversion failed') from e
except RuntimeError:
    log.exception('chained')

try:
    try:
        [][1]
    except IndexError:
        raise KeyError('during handling')
except KeyError:
    log.exception('implicit chain')


def nested():
    try:
        raise OSError(2, 'No such file')
    except OSError:
        logging.getLogger('exc').exception('module-level logger call in %s', 'nested')


nested()

# exc_text is computed once and kept on the record.
try:
    raise ValueError('once')
except ValueError:
    rec = log.makeRecord('exc', logging.ERROR, 'f.py', 1, 'msg', (), sys.exc_info())
f = logging.Formatter('%(message)s')
print(rec.exc_text)
print(f.format(rec))
print(rec.exc_text is not None)
rec.exc_text = 'replaced report'
print(f.format(rec))
print(f.formatException(rec.exc_info))

# A message ending in a newline gets no second one before the report.
try:
    raise TypeError('t')
except TypeError:
    log.error('ends with newline\n', exc_info=True)

# Root logger via module-level exception() with basicConfig on stdout.
logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(name)s:%(message)s')
try:
    raise LookupError('root')
except LookupError:
    logging.exception('root exception')

# Errors while formatting are reported by handleError on stderr, and logging goes on.
sys.stderr = io.StringIO()
log.error('bad format %d', 'not a number')
report = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
lines = report.splitlines()
print(lines[0])
print(lines[-3])
print([l for l in lines if l.startswith('Message') or l.startswith('Arguments')])
print('TypeError: %d format: a real number is required, not str' in report)
logging.raiseExceptions = False
log.error('bad format %d', 'silently dropped')
logging.raiseExceptions = True
log.error('still logging')
