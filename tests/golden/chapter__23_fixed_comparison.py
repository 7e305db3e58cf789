# Chapter snippet 23 with its loop made to end, as the chapter's README describes ("if the
# comparison were fixed"). Changes from the snippet, and why:
# - it runs in a fresh temporary directory, where it first writes a small
#   push_slave.stdout for the workers to read (the chapter does not supply one);
# - the comparison string is zero-padded and earlier ("2018-05-01 19:45"), so the loop
#   ends after 14 minutes instead of never;
# - at the end it prints the futures' results and the sorted lines of new.txt (the
#   snippet prints nothing).
import time, re, fcntl
import os, datetime, tempfile
from concurrent import futures

os.chdir(tempfile.mkdtemp())
with open('push_slave.stdout', 'w') as f:
    for minute in range(30, 50, 3):
        f.write('2018-05-01 19:%02d:07 slave pushed %d\n' % (minute, minute))

count_list = list()
MinuteNum = 1
StartTime = datetime.datetime(2018, 5, 1, 19, 31, 0, 484870)
NowTime = datetime.datetime.now()
os.system(':>new.txt')

f_new = open('new.txt', 'a')

def conc(CountTimeFormat):
    f = open('push_slave.stdout', 'r')
    for line in f.readlines():
        if re.search(CountTimeFormat, line):
            # 获得文件专用锁
            fcntl.flock(f_new, fcntl.LOCK_EX)
            f_new.writelines(line)
            f_new.flush()
            # 释放文件锁
            fcntl.flock(f_new, fcntl.LOCK_UN)
            break

while 1:
    AfterOneMinute = datetime.timedelta(minutes=MinuteNum)
    CountTime = AfterOneMinute + StartTime
    CountTimeFormat = CountTime.strftime('%Y-%m-%d %H:%M')
    MinuteNum = MinuteNum + 1
    count_list.append(CountTimeFormat)
    if CountTimeFormat == "2018-05-01 19:45":
        break

def exec_cmd():
    with futures.ProcessPoolExecutor(max_workers=24) as executor:
        return dict((executor.submit(conc, times), times) for times in count_list)

if __name__ == '__main__':
    fs = exec_cmd()
    f_new.close()
    print(len(fs), [f.result() for f in fs])
    with open('new.txt') as f:
        print(''.join(sorted(f.readlines())), end='')
