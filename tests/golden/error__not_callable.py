# Uncaught TypeError: calling something that is not callable.
handlers = {'greet': 'hello'}
handler = handlers['greet']
handler('world')
