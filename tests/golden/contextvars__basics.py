import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")
print(request_id.name, request_id.get(), user.get("anon"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
tok = user.set("ann")
print(user.get(), tok.var is user, tok.old_value is contextvars.Token.MISSING, repr(tok.old_value))
tok2 = user.set("bob")
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
user.reset(tok)
print(user.get("gone"))
try:
    user.reset(tok)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='user'"))
try:
    request_id.reset(user.set("x"))
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))

ctx = copy_context()
def work(n):
    request_id.set(f"req-{n}")
    return request_id.get()
print(ctx.run(work, 1), request_id.get(), ctx[request_id], request_id in ctx, ctx.get(user))
print(copy_context().run(work, 2), request_id.get())
print(len(ctx), sorted(v.name for v in ctx), type(ctx).__name__)
try:
    ctx.run(ctx.run, work, 3)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context"))
