# Custom exception classes with extra attributes and hierarchies.
class AppError(Exception):
    """Base error of the application."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field
        self.message = message

class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f'no such key {self.key!r}'

def validate(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'must be an int')
    if age < 0:
        raise ValidationError('age', 'must be >= 0')
    return age

for value in [5, -1, 'x']:
    try:
        print(validate(value))
    except ValidationError as e:
        print(type(e).__name__, e, '|', e.field, '|', e.message, '|', e.args)
try:
    raise NotFound('k')
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e), e.key)
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1:3])
print(AppError.__doc__)
