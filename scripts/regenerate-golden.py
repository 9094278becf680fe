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

import hashlib
import json
import os
import subprocess
import sys

from golden_common import GROUPS, ROOT, clean_environment, regenerate, strip_traceback_frames

PROGRAMS_DIR = os.path.join(ROOT, 'test', 'golden', 'programs')
EXPECTED_DIR = os.path.join(ROOT, 'test', 'golden', 'expected')
COMMANDS = {
    'tokenize': ['-m', 'tokenize'],
    'tokenize-e': ['-m', 'tokenize', '-e'],
    'ast': ['-m', 'ast', '-a'],
}


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
    regenerate('golden expectations', PROGRAMS_DIR, EXPECTED_DIR, expectation, check_groups, write)


if __name__ == '__main__':
    main()
