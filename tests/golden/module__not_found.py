# Importing a module that does not exist.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
import also_missing_module
