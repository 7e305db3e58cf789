# basicConfig: levels, formats in the three styles, datefmt with a fixed clock, force=,
# handlers=, argument errors; module-level functions configure the root logger.
import sys
import time
import logging

# Times are shown in UTC, for a fixed creation time.
logging.Formatter.converter = time.gmtime
FIXED = 1700000000.25


class FixedTime(logging.Filter):
    def filter(self, record):
        record.created = FIXED
        record.msecs = 250.0
        return True


def fix(handlers):
    for h in handlers:
        h.addFilter(FixedTime())


# Module-level calls configure the root logger when it has no handler (here on stdout).
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout)
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)
logging.warning('plain %s', 'warning')
logging.info('info is below WARNING')
logging.error('an error')
logging.critical('critical')
logging.log(logging.ERROR, 'log at %s', 'ERROR')
logging.getLogger('a.b').warning('from a.b')

# A second basicConfig does nothing; force=True replaces the handler.
logging.basicConfig(stream=sys.stdout, format='ignored %(message)s')
logging.warning('still the basic format')
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True,
                    format='%(asctime)s %(levelname)-8s %(name)s: %(message)s')
fix(logging.root.handlers)
logging.debug('debug now shown')
logging.getLogger('svc').info('padded level name')

logging.basicConfig(stream=sys.stdout, force=True, datefmt='%d/%m/%Y %H.%M.%S',
                    format='[%(asctime)s] %(levelno)02d %(message)s')
fix(logging.root.handlers)
logging.warning('custom datefmt')

logging.basicConfig(stream=sys.stdout, force=True, style='{',
                    format='{levelname:>8}|{name:^7}|{message!r}')
logging.warning('brace style')
logging.getLogger('x').error('with %s', 'args')

logging.basicConfig(stream=sys.stdout, force=True, style='$',
                    format='$levelname ${name}: $message $$')
logging.warning('dollar style')

for style in ('{', '$'):
    logging.basicConfig(stream=sys.stdout, force=True, style=style)
    logging.warning('default format for %s', style)

logging.basicConfig(stream=sys.stdout, force=True, style='{', datefmt='%H:%M',
                    format='{asctime} {message}')
fix(logging.root.handlers)
logging.warning('brace asctime')
logging.basicConfig(stream=sys.stdout, force=True, style='$', format='${asctime} $message')
fix(logging.root.handlers)
logging.warning('dollar asctime (default time format)')

# handlers=: each gets the format unless it has a formatter.
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('h2 keeps its own: %(message)s'))
logging.basicConfig(handlers=[h1, h2], force=True, format='h1: %(message)s', level='INFO')
logging.info('two handlers')
print(logging.root.level, logging.root.handlers == [h1, h2])

out = {'stream': sys.stdout}
for kwargs in ({'stream': sys.stdout, 'filename': 'x.log'},
               {'handlers': [h1], 'stream': sys.stdout},
               dict(out, style='#'),
               dict(out, bogus=1, other=2),
               dict(out, format='no fields here'),
               dict(out, format='{bad', style='{'),
               dict(out, format='x {a!z}', style='{'),
               dict(out, format='{a:zz}', style='{'),
               dict(out, format='{a} }', style='{'),
               dict(out, format='no fields', style='{'),
               dict(out, format='cost $', style='$'),
               dict(out, format='none', style='$')):
    try:
        logging.basicConfig(force=True, **kwargs)
        print('ok', sorted(kwargs))
    except ValueError as e:
        print('ValueError:', e)
print(logging.root.handlers)

# Formatter objects directly, on records made by makeLogRecord.
rec = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'name': 'mk',
                             'levelno': 20, 'levelname': 'INFO', 'created': FIXED,
                             'msecs': 250.0})
print(logging.Formatter().format(rec))
print(logging.Formatter('%(name)s|%(levelname)s|%(message)s|%(asctime)s').format(rec))
f = logging.Formatter('%(asctime)s', datefmt='%Y')
print(f.format(rec), f.usesTime(), logging.Formatter('%(message)s').usesTime())
print(logging.Formatter().formatTime(rec), logging.Formatter().formatTime(rec, '%H:%M:%S'))
f = logging.Formatter()
f.default_msec_format = '%s.%03d'
print(f.formatTime(rec))
f.default_msec_format = None
print(f.formatTime(rec))
print(logging.Formatter('%(missing)s').format(rec) if False else '')
try:
    logging.Formatter('%(missing)s').format(rec)
except ValueError as e:
    print('ValueError:', e)
print(logging.Formatter('%(message)s %(user)s', defaults={'user': 'nobody'}).format(rec))
print(logging.Formatter('{message} {user}', style='{', defaults={'user': 'nobody'}).format(rec))
print(logging.Formatter('no fields', validate=False).format(rec))
print(repr(rec.message), rec.getMessage())
print(logging.BufferingFormatter().format([rec, rec]))
try:
    logging.Formatter(style='x')
except ValueError as e:
    print('ValueError:', e)

# Format validation in each style.
cases = [('%(message)', '%'), ('%(asctime)-15s %(message)s', '%'), ('%%(x)s', '%'), ('%(message)5.2f', '%'),
         ('{message:{width}}', '{'), ('{message!s:>10}', '{'), ('{0}', '{'), ('{}', '{'), ('{a.b[0]}', '{'),
         ('{a-b}', '{'), ('{{literal}} {message}', '{'), ('{message!}', '{'), ('{message!rr}', '{'), ('{message', '{'),
         ('}{message}', '{'), ('{message:}', '{'), ('{message:,}', '{'), ('{message:%}', '{'),
         ('$message', '$'), ('${message}', '$'), ('$$', '$'), ('$1', '$'), ('${ message}', '$'), ('$message $', '$'),
         ('{x[}', '{'), ('{:>5}', '{'), ('{a[b]c}', '{')]
for fmt, style in cases:
    try:
        logging.Formatter(fmt, style=style)
        print('ok  ', repr(fmt))
    except ValueError as e:
        print('err ', repr(fmt), e)
for fmt in ['%(a)s', '%(a)', '%()s', '%(a)-10.3f', '%(a).s', '%(a).5', '%(a)*.*d',
            '%(a)#0+ -5.2E', 'x %(a b)s %(c)r', '%(a)%', '%(a)q %(b)X', '%(a)5.d']:
    try:
        logging.Formatter(fmt)
        print('ok  ', repr(fmt))
    except ValueError as e:
        print('err ', e)
