# Carets under attribute access and subscripts in tracebacks.
data = {'users': [{'name': 'ann'}]}
print(data['users'][0]['name'])
print(data['users'][0]['email'].upper())
