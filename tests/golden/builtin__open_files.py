import sys
with open('/tmp/pyco_golden_open_files.txt', 'w') as f:
    print(f.write('line one\n'), f.closed)
    f.writelines(['two\n', 'three\n'])
print(f.closed)
with open('/tmp/pyco_golden_open_files.txt') as f:
    for line in f:
        print(repr(line))
print(open('/tmp/pyco_golden_open_files.txt').read().split())
print(open('/tmp/pyco_golden_open_files.txt').readlines())
sys.stdout.write('direct\n')
try:
    open('no_such_dir/x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
print(open('/tmp/pyco_golden_open_files.txt', 'rb').read(4))
