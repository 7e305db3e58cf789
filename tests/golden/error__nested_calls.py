# An exception raised several calls deep: one traceback entry per frame.
def parse(record):
    return int(record['value'])

def load(records):
    return [parse(r) for r in records]

def main():
    data = [{'value': '1'}, {'value': '2'}, {'value': 'x'}]
    values = load(data)
    print(sum(values))

main()
