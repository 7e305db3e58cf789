# PEP 562: a module-level __getattr__ answers for names the module lacks, for attribute
# access, from-imports and hasattr; asyncio loads its networking parts the same way.
import helper_lazy_names as m
import asyncio

print(m.lazy_one, m.lazy_one, m.made)
from helper_lazy_names import lazy_two
print(lazy_two, m.made)
print(hasattr(m, "lazy_three"), hasattr(m, "other"), m.made)
try:
    m.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    from helper_lazy_names import missing
except ImportError as e:
    print("ImportError:", e.__class__.__name__)
print(asyncio.Protocol.__name__, asyncio.StreamReader.__name__)
print(issubclass(asyncio.Protocol, asyncio.BaseProtocol))


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    print(type(server).__name__, server.is_serving())
    server.close()
    await server.wait_closed()


asyncio.run(main())
