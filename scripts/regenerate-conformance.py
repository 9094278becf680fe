"""Writes the conformance expectations from python3 (`npm run conformance:expect`).

Each case conformance/cases/<category>/<name>.py (a name not starting with '_', directly in its
category folder; the rest are support modules) is run as `python3 <name>.py ARGS` in its own
folder, stdin from <name>.stdin when present (else empty), in a fixed environment: no PYTHON*
variables from outside, PYTHONHASHSEED=0 (set order of strs follows it), PYTHONNOUSERSITE=1,
PYTHONDONTWRITEBYTECODE=1 (no __pycache__ among the cases), LC_ALL=C.UTF-8. engines/external.ts
runs python3 the same way for `pyw conformance --engine python3`; keep the two in step. ARGS come
from a `# argv: a b` line in the case's leading comment block (split on whitespace). The case's
absolute folder is taken out of stdout and stderr ('dir/' -> '', then 'dir' -> '.'), as the runner
does with an engine's output, so expectations name no machine. The result goes to
<name>.expected.json: {stdout, stderr, exitCode, argv, python}. Never edited by hand.

Usage: python3 scripts/regenerate-conformance.py [--filter GLOB] [--cases DIR] [--jobs N] [--force]
  --filter  only cases whose 'category/name' matches GLOB (without '/': the category or the name);
            '*' and '?' stay within a segment, '**' crosses them. Without it, stale expectations
            (no case beside them) are removed.
  --force   run with a python other than the reference 3.11.7.
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys

REFERENCE_VERSION = '3.11.7'
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
CASES_DIR = os.path.join(ROOT, 'conformance', 'cases')
REFERENCE_ENVIRONMENT = {
    'PYTHONHASHSEED': '0',
    'PYTHONNOUSERSITE': '1',
    'PYTHONDONTWRITEBYTECODE': '1',
    'LC_ALL': 'C.UTF-8',
}
TIMEOUT_SECONDS = 120


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith(('PYTHON', 'LC_'))}
    env.update(REFERENCE_ENVIRONMENT)
    return env


def glob_to_regex(glob):
    out = []
    i = 0
    while i < len(glob):
        if glob.startswith('**', i):
            out.append('.*')
            i += 2
            continue
        ch = glob[i]
        out.append('[^/]*' if ch == '*' else '[^/]' if ch == '?' else re.escape(ch))
        i += 1
    return re.compile('^' + ''.join(out) + '$')


def selector(glob):
    if glob is None:
        return lambda category, name: True
    regex = glob_to_regex(glob)
    if '/' in glob:
        return lambda category, name: bool(regex.match(f'{category}/{name}'))
    return lambda category, name: bool(regex.match(category) or regex.match(name))


def find_cases(cases_dir, glob):
    select = selector(glob)
    root = os.path.realpath(cases_dir)
    for category in sorted(os.listdir(root)):
        folder = os.path.join(root, category)
        if category.startswith('.') or not os.path.isdir(folder):
            continue
        for file in sorted(os.listdir(folder)):
            if file.endswith('.py') and not file.startswith('_') and os.path.isfile(os.path.join(folder, file)):
                if select(category, file[:-3]):
                    yield folder, file[:-3]


def case_argv(path):
    """Arguments from a '# argv: ...' line in the leading comment block."""
    with open(path, 'rb') as f:
        for raw in f:
            line = raw.decode('utf-8', 'replace').strip()
            if not line.startswith('#'):
                break
            match = re.match(r'#\s*argv:(.*)$', line)
            if match:
                return match.group(1).split()
    return []


def normalise(text, folder):
    return text.replace(folder + '/', '').replace(folder, '.')


def run_case(folder, name):
    filename = name + '.py'
    args = case_argv(os.path.join(folder, filename))
    stdin_path = os.path.join(folder, name + '.stdin')
    stdin = b''
    if os.path.exists(stdin_path):
        with open(stdin_path, 'rb') as f:
            stdin = f.read()
    done = subprocess.run([sys.executable, filename, *args], cwd=folder, input=stdin, capture_output=True,
                          env=environment(), timeout=TIMEOUT_SECONDS)
    result = {
        'stdout': normalise(done.stdout.decode('utf-8', 'replace'), folder),
        'stderr': normalise(done.stderr.decode('utf-8', 'replace'), folder),
        'exitCode': done.returncode,
        'argv': [filename, *args],
        'python': sys.version.split()[0],
    }
    with open(os.path.join(folder, name + '.expected.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write('\n')
    return result


def remove_stale(cases_dir):
    removed = []
    for folder, _, files in os.walk(cases_dir):
        for file in files:
            if file.endswith('.expected.json') and not os.path.exists(os.path.join(folder, file[:-len('.expected.json')] + '.py')):
                os.remove(os.path.join(folder, file))
                removed.append(file)
    return removed


def main():
    parser = argparse.ArgumentParser(description='Regenerate conformance expectations from python3.')
    parser.add_argument('--filter', metavar='GLOB')
    parser.add_argument('--cases', default=CASES_DIR, metavar='DIR')
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--force', action='store_true')
    options = parser.parse_args()
    version = sys.version.split()[0]
    if version != REFERENCE_VERSION and not options.force:
        sys.exit(f'python {version} is not the reference {REFERENCE_VERSION}; use --force to run anyway')
    if not os.path.isdir(options.cases):
        sys.exit(f'no cases folder: {options.cases}')
    cases = list(find_cases(options.cases, options.filter))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        results = list(pool.map(lambda case: run_case(*case), cases))
    removed = [] if options.filter else remove_stale(options.cases)
    failing = sum(1 for r in results if r['exitCode'] != 0)
    print(f'conformance expectations: {len(results)} cases written ({failing} exit non-zero)'
          + (f', {len(removed)} stale removed' if removed else ''))


if __name__ == '__main__':
    main()
