"""Writes bench/checksums.json from python3 (`npm run bench:expect`), or checks an interpreter against it.

Every program bench/programs/NAME.py is run as `python3 NAME.py SIZE` at every size (quick,
default, full) with PYTHONHASHSEED=0, and the value it prints on its `checksum: <value>` line
goes to bench/checksums.json as {program: {size: checksum}}. Quick runs use two iterations, so
a program whose checksum changes between iterations in one process (state left behind by
run()) fails here rather than in the harness. The checksums are never edited by hand.

With --check, nothing is written: the programs are run by --python (default python3) at
--sizes (default all) and compared with the committed checksums; mismatches and failures are
listed and the exit status is 1 when there are any. `--check --python pypy3 --sizes quick`
is how pypy3 is held to CPython's results.

Usage: python3 scripts/regenerate-bench-checksums.py [--force] [--jobs N]
       python3 scripts/regenerate-bench-checksums.py --check [--python PY] [--sizes quick,default]
       (--force: write with a python other than 3.11.7)
"""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

REFERENCE_VERSION = '3.11.7'
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
PROGRAMS_DIR = os.path.join(ROOT, 'bench', 'programs')
CHECKSUMS = os.path.join(ROOT, 'bench', 'checksums.json')
SIZES = ('quick', 'default', 'full')
HASH_SEED = '0'
PREFIX = 'checksum: '


def programs():
    return sorted(name[:-3] for name in os.listdir(PROGRAMS_DIR)
                  if name.endswith('.py') and not name.startswith('_'))


def run_one(python, name, size):
    """(name, size, checksum or None, error text or None) for one program run."""
    args = [python, name + '.py', size] + (['--iterations', '2'] if size == 'quick' else [])
    env = dict(os.environ, PYTHONHASHSEED=HASH_SEED)
    proc = subprocess.run(args, cwd=PROGRAMS_DIR, env=env, capture_output=True, text=True)
    lines = [line for line in proc.stdout.splitlines() if line.startswith(PREFIX)]
    if proc.returncode != 0 or len(lines) != 1:
        tail = (proc.stderr.strip().splitlines() or ['no checksum line'])[-1]
        return name, size, None, 'exit %d: %s' % (proc.returncode, tail)
    return name, size, lines[0][len(PREFIX):], None


def run_all(python, sizes, jobs):
    results = {}
    errors = []
    # the longest runs first, so the pool does not end on one full-size program
    work = [(name, size) for size in reversed(SIZES) if size in sizes for name in programs()]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, size, checksum, error in pool.map(lambda job: run_one(python, *job), work):
            if error is not None:
                errors.append('%s %s: %s' % (name, size, error))
            else:
                results.setdefault(name, {})[size] = checksum
    return results, errors


def python_version(python):
    return subprocess.run([python, '-c', 'import platform; print(platform.python_version())'],
                          capture_output=True, text=True, check=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--check', action='store_true', help='compare with bench/checksums.json, write nothing')
    parser.add_argument('--python', default='python3', help='interpreter to run (default python3)')
    parser.add_argument('--sizes', default=','.join(SIZES), help='comma-separated sizes (default all)')
    parser.add_argument('--jobs', type=int, default=2, help='programs run at once (default 2)')
    parser.add_argument('--force', action='store_true', help='write even when python is not ' + REFERENCE_VERSION)
    opts = parser.parse_args()
    sizes = [s for s in opts.sizes.split(',') if s]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error('unknown size(s): ' + ', '.join(unknown))

    if opts.check:
        with open(CHECKSUMS, encoding='utf-8') as f:
            expected = json.load(f)
        results, errors = run_all(opts.python, sizes, opts.jobs)
        for name in programs():
            for size in sizes:
                want = expected.get(name, {}).get(size)
                got = results.get(name, {}).get(size)
                if got is not None and got != want:
                    errors.append('%s %s: expected %r, got %r' % (name, size, want, got))
        for line in sorted(errors):
            print(line)
        print('%s: %d runs, %d mismatched or failed' % (opts.python, len(programs()) * len(sizes), len(errors)))
        return 1 if errors else 0

    version = python_version(opts.python)
    if version != REFERENCE_VERSION and not opts.force:
        sys.exit('%s is %s, not %s (use --force to write anyway)' % (opts.python, version, REFERENCE_VERSION))
    if sizes != list(SIZES):
        sys.exit('writing needs every size; --sizes is for --check')
    results, errors = run_all(opts.python, sizes, opts.jobs)
    if errors:
        sys.exit('\n'.join(sorted(errors)))
    ordered = {name: {size: results[name][size] for size in SIZES} for name in sorted(results)}
    with open(CHECKSUMS, 'w', encoding='utf-8') as f:
        json.dump(ordered, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print('wrote %s: %d programs x %d sizes' % (os.path.relpath(CHECKSUMS, ROOT), len(ordered), len(SIZES)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
