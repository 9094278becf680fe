"""CPython's side of the front-end benchmark (bench/frontend.ts): ast.parse throughput.

  bench-ast-parse.py list           stdout: JSON {root, files}: python3's stdlib .py files
                                    (site-packages and __pycache__ left out), absolute paths.
  bench-ast-parse.py time ROUNDS    stdin: JSON [path, ...]. Reads every file into memory
                                    first, parses each once to warm up, then ROUNDS times,
                                    timing only the ast.parse calls. stdout: JSON
                                    {"accepted": [bool, ...], "ns": [[ns per file, ...] per round]}.

ast.parse runs with type_comments=True, as `python3 -m ast` does; the file name is passed
too, since CPython keeps it in every SyntaxError it builds.
"""

import ast
import json
import os
import sys
import sysconfig
import time

SKIPPED_DIRS = frozenset(('site-packages', '__pycache__'))


def command_list():
    root = sysconfig.get_paths()['stdlib']
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        files.extend(os.path.join(folder, n) for n in sorted(names) if n.endswith('.py'))
    json.dump({'root': root, 'files': files}, sys.stdout)


def parse_ok(source, path):
    try:
        ast.parse(source, path, type_comments=True)
        return True
    except (SyntaxError, ValueError):
        return False


def command_time(rounds):
    paths = json.load(sys.stdin)
    sources = []
    for path in paths:
        with open(path, 'rb') as f:
            sources.append(f.read())
    accepted = [parse_ok(src, path) for src, path in zip(sources, paths)]
    clock = time.perf_counter_ns
    rounds_ns = []
    for _ in range(rounds):
        times = [0] * len(paths)
        for i, (src, path) in enumerate(zip(sources, paths)):
            start = clock()
            parse_ok(src, path)
            times[i] = clock() - start
        rounds_ns.append(times)
    json.dump({'accepted': accepted, 'ns': rounds_ns}, sys.stdout)


def main(argv):
    if argv == ['list']:
        command_list()
    elif len(argv) == 2 and argv[0] == 'time':
        command_time(int(argv[1]))
    else:
        sys.exit('usage: bench-ast-parse.py list | time ROUNDS')


if __name__ == '__main__':
    main(sys.argv[1:])
