"""What the two golden-set generators share (scripts/regenerate-golden.py and
scripts/regenerate-golden-dis.py): the reference python check, the program listing,
python3's environment, the stderr reduction and the run-check-write driver.
"""

import concurrent.futures
import os
import re
import sys

REFERENCE_VERSION = '3.11.7'
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
GROUPS = ('valid', 'invalid')
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


def programs(programs_dir):
    """(group, name) of every .py program under programs_dir/{valid,invalid}/, in order."""
    for group in GROUPS:
        for name in sorted(os.listdir(os.path.join(programs_dir, group))):
            if name.endswith('.py'):
                yield group, name


def regenerate(label, programs_dir, expected_dir, expectation, check_groups, write):
    """Runs expectation(group, name) on every program, refuses misfiled ones, writes the rest."""
    version = sys.version.split()[0]
    if version != REFERENCE_VERSION and '--force' not in sys.argv:
        sys.exit(f'python {version} is not the reference {REFERENCE_VERSION}; use --force to run anyway')
    listed = list(programs(programs_dir))
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda p: expectation(*p), listed))
    problems = check_groups(results)
    if problems:
        sys.exit('misfiled programs:\n  ' + '\n  '.join(problems))
    write(results)
    print(f'{label}: {len(results)} programs written to {os.path.relpath(expected_dir, ROOT)}')
