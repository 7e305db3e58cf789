# raise ... from e prints the cause first, then the new exception.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad port: ' + text) from e

print(parse_port('80'))
print(parse_port('eighty'))
