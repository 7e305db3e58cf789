# A second helper that itself imports helper_mod (not a test itself).
import helper_mod
from helper_mod import greet

VALUE = greet('helper_pkg_user')
print('helper_pkg_user imported; helper_mod.counter =', helper_mod.counter)
