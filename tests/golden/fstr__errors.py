# Errors raised while formatting.
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: f"{'abc':d}")
show(lambda: f"{12:s}")
show(lambda: f"{1.5:x}")
show(lambda: f"{[]:>5}")
show(lambda: f"{1:,s}")
show(lambda: format(3, 'q'))
show(lambda: f"{undefined_name}")
show(lambda: f"{'a':=5}")
show(lambda: f"{None:5}")
