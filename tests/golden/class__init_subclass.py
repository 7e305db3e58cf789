class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
        print("registered", cls.__name__, cls.plugin_name)

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    def describe(self):
        return f"{self.plugin_name} plugin"

class PrettyJson(Json, name="pretty"):
    pass

print([c.__name__ for c in Plugin.registry], PrettyJson().describe())
Dyn = type("Dyn", (Plugin,), {})
print(Dyn.plugin_name, len(Plugin.registry))
try:
    class NoHook(colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, kwargs)
        return super().__new__(mcls, name, bases, ns)

class WithMeta(Plugin, metaclass=Meta, flag=True):
    pass
print(type(WithMeta).__name__, WithMeta.plugin_name)
