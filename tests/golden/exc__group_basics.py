# BaseExceptionGroup / ExceptionGroup: construction, attributes, nesting rules, errors
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args)
print(str(eg), repr(eg))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, issubclass(ExceptionGroup, Exception))
print(str(ExceptionGroup('one', (KeyError('k'),))))
print(str(BaseExceptionGroup('', [KeyboardInterrupt()])))
t(lambda: ExceptionGroup('m'))
t(lambda: ExceptionGroup('m', [ValueError()], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('m', {ValueError()}))
t(lambda: ExceptionGroup('m', []))
t(lambda: ExceptionGroup('m', [ValueError(), 1]))
t(lambda: ExceptionGroup('m', 'ab'))
t(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('m', [ValueError()]))
t(lambda: BaseExceptionGroup('m', (ValueError(), KeyboardInterrupt())))
t(lambda: ExceptionGroup(message='m', exceptions=[ValueError()]))
t(lambda: ExceptionGroup('m', exceptions=[ValueError()]))

class MyEG(ExceptionGroup):
    pass

class MyBEG(BaseExceptionGroup):
    pass

t(lambda: MyEG('m', [KeyboardInterrupt()]))
t(lambda: MyBEG('m', [KeyboardInterrupt()]))
t(lambda: MyBEG('m', [ValueError()]))
t(lambda: MyEG('m', [ValueError()]).derive([TypeError()]))
print(str(MyEG('msg', [ValueError(1)])), repr(MyEG('msg', [ValueError(1)])))
try:
    raise ExceptionGroup('raised', [ValueError(1)])
except ExceptionGroup as e:
    print('caught', repr(e), e.exceptions[0].args)
try:
    raise BaseExceptionGroup('b', [SystemExit(2)])
except BaseExceptionGroup as e:
    print('caught', type(e).__name__, e)
e = ValueError('v')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__)
t(lambda: e.add_note(3))
t(lambda: setattr(eg, 'message', 'x'))
t(lambda: setattr(eg, 'exceptions', ()))
eg.args = (1,)
print(eg, repr(eg), eg.message)
