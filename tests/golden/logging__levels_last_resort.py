# Levels, level names, enabled checks, and the last-resort handler (bare messages on
# stderr for WARNING and above when nothing is configured). stderr is sys.stdout here.
import sys
sys.stderr = sys.stdout
import logging

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.NOTSET, logging.WARN, logging.FATAL)
for v in (0, 10, 20, 30, 40, 50, 15, 'INFO', 'WARN', 'FATAL', 'nope'):
    print(repr(v), '->', repr(logging.getLevelName(v)))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))

log = logging.getLogger('app')
print(log, logging.getLogger(), logging.root)
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO),
      log.isEnabledFor(logging.WARNING))

# Nothing configured: the last resort prints WARNING and above, message only.
log.debug('debug %s', 'hidden')
log.info('info hidden')
log.warning('warning %d%%', 50)
log.error('error %s and %r', 'one', 'two')
log.critical('critical')
log.log(logging.ERROR, 'via log(%s)', 'ERROR')
log.log(15, 'level 15 hidden')
print('handlers:', log.handlers, logging.root.handlers)
print(logging.lastResort)

log.setLevel(logging.DEBUG)
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
log.debug('debug passes the logger but not lastResort')
log.setLevel('ERROR')
print(log.getEffectiveLevel())
log.warning('dropped by the logger level')
log.error('error kept')

for bad in ('LOUD', 3.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('ERROR', 'x')
except TypeError as e:
    print('TypeError', e)

# A dict argument is used for %(name)s formatting.
log.error('user=%(user)s id=%(id)d', {'user': 'ann', 'id': 7})
# Non-string messages are str()-ed.
log.error(12345)
log.error(['a', 1])

# lastResort can be turned off; then a note about missing handlers is printed once.
saved = logging.lastResort
logging.lastResort = None
log.error('no handler at all')
log.error('no handler again')
logging.lastResort = saved

log.disabled = True
log.error('logger disabled')
print(log.isEnabledFor(logging.CRITICAL))
log.disabled = False

logging.disable(logging.ERROR)
log.error('disabled by logging.disable')
log.critical('critical still passes disable(ERROR)')
logging.disable(logging.NOTSET)
log.error('enabled again')
print(logging.root.manager.disable)

logging.lastResort.setLevel(logging.CRITICAL)
log.error('below lastResort level')
log.critical('lastResort at CRITICAL')

# The last resort appends exception reports too.
logging.lastResort.setLevel(logging.WARNING)
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger('calc').exception('bare message, then the traceback')
