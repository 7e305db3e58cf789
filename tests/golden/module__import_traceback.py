# An error inside an imported module's function: the traceback spans both files.
import helper_mod

print('calling helper_mod.fail()')
helper_mod.fail()
