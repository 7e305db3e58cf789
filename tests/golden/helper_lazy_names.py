"""A module that makes some names on first use (PEP 562)."""
made = []


def __getattr__(name):
    if name.startswith("lazy_"):
        made.append(name)
        value = name.upper()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
