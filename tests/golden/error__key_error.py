# Uncaught KeyError at module level.
config = {'host': 'localhost'}
print(config['host'])
port = config['port']
