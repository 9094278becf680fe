"""Writes cli/run-module.expected.json from python3: what `python3 -m ...` prints for each run of
cli/run-module.cases.json, in a scratch folder holding that file's packages.

Every run is `python3 ARGS` in the scratch folder, in the environment of the conformance
expectations (no PYTHON* variables from outside, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1,
PYTHONNOUSERSITE=1). Machine-specific text is replaced as cli/run-module.test.ts does with
pyw's output: the scratch folder by '<dir>', and the interpreter's sys.executable at the start
of a line (runpy's "EXECUTABLE: No module named ...") by '<executable>'. Never edited by hand.

Usage: python3 scripts/regenerate-run-module.py [--force]   (--force: a python other than 3.11.7)
"""

import json
import os
import subprocess
import sys
import tempfile

REFERENCE_VERSION = '3.11.7'
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
CASES = os.path.join(ROOT, 'cli', 'run-module.cases.json')
EXPECTED = os.path.join(ROOT, 'cli', 'run-module.expected.json')


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.update(PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', PYTHONNOUSERSITE='1')
    return env


def normalise(text, folder, executable):
    lines = text.replace(folder, '<dir>').split('\n')
    prefix = executable + ':'
    return '\n'.join('<executable>:' + line[len(prefix):] if line.startswith(prefix) else line for line in lines)


def main():
    version = '.'.join(map(str, sys.version_info[:3]))
    if version != REFERENCE_VERSION and '--force' not in sys.argv:
        sys.exit(f'python {version} is not the reference {REFERENCE_VERSION} (--force to use it anyway)')
    with open(CASES, encoding='utf-8') as f:
        cases = json.load(f)
    with tempfile.TemporaryDirectory(prefix='pyw-run-module-') as tmp:
        folder = os.path.realpath(tmp)
        for name, text in cases['files'].items():
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
        runs = []
        for args in cases['runs']:
            r = subprocess.run([sys.executable, *args], cwd=folder, env=environment(), capture_output=True,
                               text=True, stdin=subprocess.DEVNULL, timeout=60)
            runs.append({'args': args, 'stdout': normalise(r.stdout, folder, sys.executable),
                         'stderr': normalise(r.stderr, folder, sys.executable), 'status': r.returncode})
    with open(EXPECTED, 'w', encoding='utf-8') as f:
        json.dump({'python': version, 'runs': runs}, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(f'{len(runs)} runs -> {os.path.relpath(EXPECTED, ROOT)}')


if __name__ == '__main__':
    main()
