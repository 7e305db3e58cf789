# from ... import forms, aliases and star imports.
from helper_mod import greet, Thing as T
from helper_mod import counter
print(greet('bob'), T('x'))
from helper_mod import bump
bump()
import helper_mod
print(counter, helper_mod.counter)
from helper_mod import *
print(GREETING)
try:
    print(_private)
except NameError as e:
    print(type(e).__name__, e)
from math import pi as PI, sqrt
print(round(PI, 5), sqrt(16))
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, 'does_not_exist' in str(e))
