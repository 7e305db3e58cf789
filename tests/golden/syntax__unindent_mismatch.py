# A dedent to a column that matches no outer block.
def f():
    if True:
        x = 1
      y = 2
    return x
