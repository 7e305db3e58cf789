# A with statement's protocol error on a one-line statement: no caret, as CPython.
def main():
    with open("with__protocol_errors.py") as f, 5: pass


main()
