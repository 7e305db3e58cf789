# Importing a module from the same directory; it runs once and is cached.
import helper_mod
print(helper_mod.GREETING)
print(helper_mod.greet('ann'))
print(helper_mod.bump(), helper_mod.bump())
import helper_mod
import helper_mod as hm
print(hm is helper_mod, hm.counter)
print(helper_mod.__name__, helper_mod.__doc__)
print(helper_mod.Thing(3), type(helper_mod.Thing(1)).__module__)
import sys
print('helper_mod' in sys.modules, sys.modules['helper_mod'] is hm)
import helper_pkg_user
print(helper_pkg_user.VALUE)
print(type(helper_mod).__name__)
