# The timing driver every benchmark program shares (not a benchmark itself).
#
# `python3 NAME.py [quick|default|full] [--iterations K] [--timing]` calls run(SIZES[size])
# K times. With --timing it prints "iteration <i> <wall_seconds> <cpu_seconds>" per call
# (time.perf_counter and time.process_time), then "maxrss <kilobytes>" (the process's peak
# resident set size, from the resource module where there is one), so real interpreters time
# themselves the way the harness reads them. A checksum that changes between iterations means
# run() leaked state, and fails the program.
import sys
import time


def peak_rss_kilobytes():
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak // 1024 if sys.platform == "darwin" else peak


def main(run, sizes):
    args = sys.argv[1:]
    size, iterations, timing = "default", 1, False
    while args:
        arg = args.pop(0)
        if arg == "--timing":
            timing = True
        elif arg == "--iterations" and args and args[0].isdigit() and int(args[0]) > 0:
            iterations = int(args.pop(0))
        elif arg in sizes:
            size = arg
        else:
            sys.exit("usage: " + sys.argv[0] + " [quick|default|full] [--iterations K] [--timing]")
    checksums = []
    for i in range(iterations):
        wall, cpu = time.perf_counter(), time.process_time()
        checksums.append(run(sizes[size]))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if timing:
            print("iteration %d %.6f %.6f" % (i, wall, cpu), flush=True)
    if any(c != checksums[0] for c in checksums):
        sys.exit("checksum changed between iterations: %r" % (checksums,))
    if timing:
        peak = peak_rss_kilobytes()
        if peak is not None:
            print("maxrss %d" % peak)
    print("checksum: %s" % (checksums[0],))
