# time module behaviour that does not depend on the clock: monotonicity, types, struct_time, strftime of fixed times.
import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
n1 = time.perf_counter_ns()
time.sleep(0.001)
print(time.time() >= t1, time.monotonic() >= m1, time.perf_counter() > p1, time.perf_counter_ns() > n1)
print(type(t1).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__)
st = time.gmtime(0)
print(st, st.tm_year, st[0], len(st), type(st).__name__)
print(time.gmtime(1_000_000_000))
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %b', time.gmtime(86400 * 365)))
print(time.mktime(time.localtime(1_000_000)) == 1_000_000.0)
print(time.asctime(time.gmtime(0)), time.strftime('%H|%M|%p|%y', time.gmtime(45296)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    time.gmtime('x')
except TypeError as e:
    print('TypeError:', e)
print(all(hasattr(time, n) for n in ('time', 'sleep', 'monotonic', 'perf_counter', 'gmtime', 'localtime', 'strftime', 'time_ns', 'monotonic_ns')))
