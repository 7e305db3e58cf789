# time.monotonic_ns / perf_counter_ns agree with their float forms and never go back;
# process_time counts CPU time (busy work advances it, sleeping hardly does).
import time

a = time.monotonic_ns()
b = time.perf_counter_ns()
print(type(a).__name__, type(b).__name__, a <= time.monotonic_ns(), b <= time.perf_counter_ns())
print(abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 0.5)
start_cpu, start_ns = time.process_time(), time.process_time_ns()
total = 0
for i in range(300000):
    total += i * i
busy = time.process_time() - start_cpu
print(type(start_cpu).__name__, type(start_ns).__name__, busy > 0)
before = time.process_time()
time.sleep(0.2)
print(time.process_time() - before < 0.1)
