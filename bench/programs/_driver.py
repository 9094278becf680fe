# The timing driver every benchmark program shares (not a benchmark itself).
#
# `python3 NAME.py [quick|default|full] [--iterations K] [--timing]` calls run(SIZES[size])
# K times; with --timing it prints "iteration <i> <seconds>" per call (time.perf_counter),
# so real interpreters time themselves the same way the harness reads them. A checksum that
# changes between iterations means run() leaked state, and fails the program.
import sys
import time


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
        start = time.perf_counter()
        checksums.append(run(sizes[size]))
        elapsed = time.perf_counter() - start
        if timing:
            print("iteration %d %.6f" % (i, elapsed), flush=True)
    if any(c != checksums[0] for c in checksums):
        sys.exit("checksum changed between iterations: %r" % (checksums,))
    print("checksum: %s" % (checksums[0],))
