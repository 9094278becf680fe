"""Writes the expected outputs of the golden set from python3 (`npm run golden:expect`).

Every program under test/golden/programs/{valid,invalid}/ is run through the real
`python3 -m tokenize FILE`, `python3 -m tokenize -e FILE` and `python3 -m ast -a FILE`, in the
program's own folder so that file names in messages are bare names. Their stdout, stderr and
exit code go to test/golden/expected/<group>/<name>.json, texts split into lines so that a
changed expectation shows up as a readable diff. The expectations are never edited by hand.

stderr is reduced the way runAstMain reports it: python's own 'Traceback' frames (the
lines of runpy and ast.py, which name this machine's paths) are dropped and everything
else is kept: warnings, the '  File "x", line N' block of a SyntaxError, the final
'Class: message' line, and tokenize's one-line error reports.

Usage: python3 scripts/regenerate-golden.py [--force]   (--force: run with a python other than 3.11.7)
"""

import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys

REFERENCE_VERSION = '3.11.7'
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
PROGRAMS_DIR = os.path.join(ROOT, 'test', 'golden', 'programs')
EXPECTED_DIR = os.path.join(ROOT, 'test', 'golden', 'expected')
GROUPS = ('valid', 'invalid')
COMMANDS = {
    'tokenize': ['-m', 'tokenize'],
    'tokenize-e': ['-m', 'tokenize', '-e'],
    'ast': ['-m', 'ast', '-a'],
}
# A traceback frame header: '  File "...", line N, in name'. A SyntaxError's own
# block has no ', in name' part, which is how the two are told apart.
FRAME_HEADER = re.compile(r'^  File ".*", line \d+, in ')


def strip_traceback_frames(stderr):
    """stderr without the 'Traceback' line and the frames (header plus indented source lines)."""
    kept, in_frame = [], False
    for line in stderr.splitlines(keepends=True):
        if line.startswith('Traceback (most recent call last):'):
            continue
        if FRAME_HEADER.match(line):
            in_frame = True
            continue
        if in_frame and line.startswith('    '):
            continue
        in_frame = False
        kept.append(line)
    return ''.join(kept)


def clean_environment():
    # PYTHON* variables (warnings filters, dev mode...) would change what python3 prints.
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONIOENCODING'] = 'utf-8'
    return env


def run(program_path, command):
    folder, name = os.path.split(program_path)
    done = subprocess.run([sys.executable, *COMMANDS[command], name], cwd=folder,
                          capture_output=True, env=clean_environment(), timeout=120)
    return {
        'exitCode': done.returncode,
        'stdout': done.stdout.decode('utf-8').split('\n'),
        'stderr': strip_traceback_frames(done.stderr.decode('utf-8')).split('\n'),
    }


def expectation(group, name):
    path = os.path.join(PROGRAMS_DIR, group, name)
    with open(path, 'rb') as f:
        digest = hashlib.sha1(f.read()).hexdigest()
    # The digest lets the golden test notice a program edited without regenerating.
    result = {'program': f'{group}/{name}', 'sha1': digest, 'python': sys.version.split()[0]}
    for command in COMMANDS:
        result[command] = run(path, command)
    return result


def programs():
    for group in GROUPS:
        for name in sorted(os.listdir(os.path.join(PROGRAMS_DIR, group))):
            if name.endswith('.py'):
                yield group, name


def check_groups(results):
    """A valid program must parse and an invalid one must not: catches a misfiled program."""
    problems = []
    for result in results:
        group = result['program'].split('/')[0]
        if (result['ast']['exitCode'] == 0) != (group == 'valid'):
            problems.append(f"{result['program']}: python3 -m ast exit code {result['ast']['exitCode']}")
    return problems


def write(results):
    wanted = set()
    for result in results:
        target = os.path.join(EXPECTED_DIR, result['program'][:-3] + '.json')
        wanted.add(target)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'w', encoding='utf-8', newline='\n') as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
            f.write('\n')
    for group in GROUPS:
        folder = os.path.join(EXPECTED_DIR, group)
        for name in os.listdir(folder) if os.path.isdir(folder) else []:
            if os.path.join(folder, name) not in wanted:
                os.remove(os.path.join(folder, name))


def main():
    version = sys.version.split()[0]
    if version != REFERENCE_VERSION and '--force' not in sys.argv:
        sys.exit(f'python {version} is not the reference {REFERENCE_VERSION}; use --force to run anyway')
    listed = list(programs())
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda p: expectation(*p), listed))
    problems = check_groups(results)
    if problems:
        sys.exit('misfiled programs:\n  ' + '\n  '.join(problems))
    write(results)
    print(f'golden expectations: {len(results)} programs written to {os.path.relpath(EXPECTED_DIR, ROOT)}')


if __name__ == '__main__':
    main()
