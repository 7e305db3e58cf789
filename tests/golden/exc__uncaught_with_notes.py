def parse_row(i, row):
    try:
        return int(row)
    except ValueError as e:
        e.add_note(f"while parsing row {i}: {row!r}")
        raise

def parse_all(rows):
    return [parse_row(i, r) for i, r in enumerate(rows)]

print(parse_all(["1", "2"]))
try:
    parse_all(["3", "x"])
except ValueError as e:
    print("notes:", e.__notes__)
err = KeyError("missing")
err.add_note("first hint")
err.add_note("second hint")
raise err
