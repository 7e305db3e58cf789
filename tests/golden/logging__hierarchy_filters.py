# The dotted logger tree: parents (placeholders filled in later), effective levels,
# propagate, handler levels, Filter objects and callables, getChild, LoggerAdapter.
import sys
import logging

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
logging.root.addHandler(out)

abc = logging.getLogger('a.b.c')
print(abc.parent, sorted(logging.root.manager.loggerDict))
print(type(logging.root.manager.loggerDict['a.b']).__name__)
a = logging.getLogger('a')
print(abc.parent, a.parent)
ab = logging.getLogger('a.b')
print(abc.parent, ab.parent, a.parent)
print(logging.getLogger('a.b') is ab, logging.getLogger('root') is logging.root,
      logging.getLogger('') is logging.root, logging.getLogger(None) is logging.root)
print(ab.getChild('c') is abc, logging.root.getChild('a') is a, a.getChild('b.c') is abc)
try:
    logging.getLogger(3)
except TypeError as e:
    print('TypeError:', e)

a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), ab.getEffectiveLevel(), abc)
abc.info('info through a.b.c (a is INFO)')
abc.debug('debug hidden')
ab.setLevel(logging.DEBUG)
abc.debug('debug now (a.b is DEBUG)')

# A handler on a; records from a.b.c reach it and the root's handler.
ah = logging.StreamHandler(sys.stdout)
ah.setFormatter(logging.Formatter('  [a handler] %(name)s: %(message)s'))
a.addHandler(ah)
a.addHandler(ah)
print(len(a.handlers), a.hasHandlers(), logging.getLogger('z').hasHandlers())
abc.warning('twice: a handler and root handler')
a.propagate = False
abc.warning('once: propagation stops at a')
print(a.hasHandlers(), ab.hasHandlers())
a.propagate = True

ah.setLevel(logging.ERROR)
abc.warning('a handler level is ERROR')
abc.error('error reaches both')
ah.setLevel(logging.NOTSET)
a.removeHandler(ah)
a.removeHandler(ah)
print(a.handlers)

# Filters on loggers (checked only for records logged there) and handlers.
f = logging.Filter('a.b')
print(f.filter(logging.makeLogRecord({'name': 'a.b'})),
      f.filter(logging.makeLogRecord({'name': 'a.b.c'})),
      f.filter(logging.makeLogRecord({'name': 'a.bc'})),
      f.filter(logging.makeLogRecord({'name': 'a'})),
      logging.Filter().filter(logging.makeLogRecord({'name': 'x'})))
out.addFilter(logging.Filter('a.b'))
a.warning('from a: filtered out at the root handler')
abc.warning('from a.b.c: passes Filter(a.b)')
logging.getLogger('a.bc').warning('a.bc does not pass')
out.filters.clear()


def no_secrets(record):
    return 'secret' not in record.getMessage()


ab.addFilter(no_secrets)
ab.warning('the secret is out')
ab.warning('public news')
abc.warning('secret from a child: logger filters do not apply to children')
ab.removeFilter(no_secrets)
ab.warning('secret allowed again')


class Tagger:
    def filter(self, record):
        record.msg = 'tagged: ' + record.msg
        return True


out.addFilter(Tagger())
out.addFilter(Tagger())
print(len(out.filters))
ab.warning('through Tagger')
out.filters.clear()

# Handler: formatting defaults, handle() result, names, repr.
h = logging.StreamHandler(sys.stdout)
print(h, h.level, h.formatter, h.name, repr(h.terminator))
h.name = 'console'
print(h.name, h.get_name())
h.terminator = ' <end>\n'
ab.addHandler(h)
ab.warning('default formatter, custom terminator')
h.addFilter(lambda r: False)
print(h.handle(logging.makeLogRecord({'msg': 'x'})))
ab.removeHandler(h)
h.close()
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError:', e)
nh = logging.NullHandler()
logging.getLogger('lib').addHandler(nh)
logging.getLogger('lib').propagate = False
logging.getLogger('lib').error('swallowed by NullHandler')
print(nh, nh.lock)

# extra= adds attributes; clashing with record attributes is an error.
fmt = logging.StreamHandler(sys.stdout)
fmt.setFormatter(logging.Formatter('%(name)s user=%(user)s %(message)s'))
svc = logging.getLogger('svc')
svc.propagate = False
svc.addHandler(fmt)
svc.warning('with extra', extra={'user': 'bob'})
for key in ('message', 'asctime', 'name', 'lineno'):
    try:
        svc.warning('clash', extra={key: 1})
    except KeyError as e:
        print('KeyError:', e)

# LoggerAdapter passes its extra; process() can be overridden.
ad = logging.LoggerAdapter(svc, {'user': 'carol'})
ad.warning('adapter %s', 'message')
ad.info('info hidden (svc is WARNING)')
print(ad, ad.name, ad.isEnabledFor(logging.INFO), ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.INFO)
ad.info('info shown now')
print(ad.manager is logging.Logger.manager)


class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs


pa = Prefixer(logging.getLogger('a.b'), {'conn': 42})
pa.error('prefixed')
pa.log(logging.CRITICAL, 'prefixed %s', 'log')


class MyLogger(logging.Logger):
    def hello(self):
        self.warning('hello from %s', type(self).__name__)


logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass().__name__)
logging.getLogger('custom.one').hello()
print(type(logging.getLogger('a')).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError:', e)
