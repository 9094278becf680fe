"""Writes the expectations of the dis golden set from python3 (`npm run golden:dis-expect`).

Every program under test/golden-dis/programs/{valid,invalid}/ is run through the real
`python3 -m dis FILE`, in the program's own folder so that file names are bare, with
PYTHONHASHSEED=0 so that frozenset constants of strings come out in one fixed order. Its
stdout, stderr and exit code go to test/golden-dis/expected/<group>/<name>.json, texts split
into lines, code object addresses (`<code object f at 0x7f...`) replaced by `0x?`, and stderr
reduced as scripts/regenerate-golden.py reduces it (python's own traceback frames dropped).

Beside it, a second python3 compiles the same bytes as `compile(source, NAME, 'exec')`:
for a valid program the module code object is marshalled to expected/valid/<name>.marshal
(our marshal reader loads it, and our compiler's code object is compared with it field by
field); for an invalid program the SyntaxError's class, message and position go into the
JSON. An invalid program must parse (ast.parse) and fail only in the compiler: parser errors
belong to the front-end golden set (test/golden/). The expectations are never edited by hand.

Usage: python3 scripts/regenerate-golden-dis.py [--force]   (--force: run with a python other than 3.11.7)
"""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys

from golden_common import GROUPS, ROOT, clean_environment, regenerate, strip_traceback_frames

GOLDEN_DIR = os.path.join(ROOT, 'test', 'golden-dis')
PROGRAMS_DIR = os.path.join(GOLDEN_DIR, 'programs')
EXPECTED_DIR = os.path.join(GOLDEN_DIR, 'expected')
# Written for every program: the dis run and the compile() outcome.
OUTPUT_SUFFIXES = ('.json', '.marshal')
ADDRESS = re.compile(r'(<code object .*? at )0x[0-9a-fA-F]+')
HASH_SEED = '0'

# What python3 itself reports when it compiles a program: the marshalled module code
# object, or the SyntaxError's fields (read from stdin, answered as JSON on stdout).
COMPILE_PROBE = r'''
import ast, base64, json, marshal, sys, warnings
name, source = sys.argv[1], sys.stdin.buffer.read()
answer = {'parses': True}
try:
    ast.parse(source, name)
except SyntaxError:
    answer['parses'] = False
try:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        code = compile(source, name, 'exec')
    answer['marshal'] = base64.b64encode(marshal.dumps(code)).decode('ascii')
except SyntaxError as e:
    answer['error'] = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                       'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
print(json.dumps(answer))
'''


def environment():
    env = clean_environment()
    env['PYTHONHASHSEED'] = HASH_SEED
    return env


def lines(text):
    return ADDRESS.sub(r'\g<1>0x?', text).split('\n')


def run_dis(path):
    folder, name = os.path.split(path)
    done = subprocess.run([sys.executable, '-m', 'dis', name], cwd=folder,
                          capture_output=True, env=environment(), timeout=120)
    return {
        'exitCode': done.returncode,
        'stdout': lines(done.stdout.decode('utf-8')),
        'stderr': lines(strip_traceback_frames(done.stderr.decode('utf-8'))),
    }


def run_compile(path, source):
    folder, name = os.path.split(path)
    done = subprocess.run([sys.executable, '-c', COMPILE_PROBE, name], cwd=folder, input=source,
                          capture_output=True, env=environment(), timeout=120, check=True)
    return json.loads(done.stdout)


def expectation(group, name):
    path = os.path.join(PROGRAMS_DIR, group, name)
    with open(path, 'rb') as f:
        source = f.read()
    # The digest lets the golden test notice a program edited without regenerating.
    result = {'program': f'{group}/{name}', 'sha1': hashlib.sha1(source).hexdigest(),
              'python': sys.version.split()[0], 'hashSeed': int(HASH_SEED)}
    result['dis'] = run_dis(path)
    compiled = run_compile(path, source)
    result['parses'] = compiled['parses']
    result['error'] = compiled.get('error')
    marshalled = base64.b64decode(compiled['marshal']) if 'marshal' in compiled else None
    return result, marshalled


def check_groups(results):
    """A valid program must compile; an invalid one must parse and then fail to compile."""
    problems = []
    for result, _ in results:
        group = result['program'].split('/')[0]
        if group == 'valid' and result['error'] is not None:
            problems.append(f"{result['program']}: {result['error']['msg']}")
        if group == 'invalid' and result['error'] is None:
            problems.append(f"{result['program']}: compiles")
        if group == 'invalid' and not result['parses']:
            problems.append(f"{result['program']}: rejected by the parser (belongs to test/golden)")
    return problems


def write(results):
    wanted = set()
    for result, marshalled in results:
        stem = os.path.join(EXPECTED_DIR, result['program'][:-3])
        os.makedirs(os.path.dirname(stem), exist_ok=True)
        wanted.add(stem + '.json')
        with open(stem + '.json', 'w', encoding='utf-8', newline='\n') as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
            f.write('\n')
        if marshalled is not None:
            wanted.add(stem + '.marshal')
            with open(stem + '.marshal', 'wb') as f:
                f.write(marshalled)
    for group in GROUPS:
        folder = os.path.join(EXPECTED_DIR, group)
        for name in os.listdir(folder) if os.path.isdir(folder) else []:
            if name.endswith(OUTPUT_SUFFIXES) and os.path.join(folder, name) not in wanted:
                os.remove(os.path.join(folder, name))


def main():
    regenerate('dis golden expectations', PROGRAMS_DIR, EXPECTED_DIR, expectation, check_groups, write)


if __name__ == '__main__':
    main()
