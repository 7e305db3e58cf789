# Uncaught NameError inside a function (traceback has two frames).
def greet():
    message = 'hi'
    print(mesage)

print('before')
greet()
