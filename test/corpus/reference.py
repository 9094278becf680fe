"""CPython's reference outputs for the stdlib corpus test, from one python3 process.

The corpus test (stdlib.corpus.test.ts) compares pyworkbench's `tokenize`, `tokenize -e` and
`ast -a` programs with what `python3 -m tokenize FILE`, `python3 -m tokenize -e FILE` and
`python3 -m ast -a FILE` print for every .py file of the standard library. Starting three
python3 processes per file would take minutes, so this driver reproduces what those three
programs print (stdout, and stderr reduced the way runAstMain reports it: the exception
block without python's own traceback frames) inside one process.

Sub-commands (the TypeScript side calls them; results are JSON):
  list                stdout: JSON {root, files}: the stdlib root and its .py files.
  corpus CACHE_DIR    walk the stdlib, write CACHE_DIR/<tag>/index.json with, per file and
                      per program: exit code, sha1 and length of stdout, full stderr.
                      Files whose mtime and size did not change keep their cached entry.
  detail              stdin: JSON [[relpath, program], ...]; stdout: JSON [stdout, ...], the
                      full stdout text for files the test found different (for its report).
  mutants             stdin: JSON [base64 source, ...]; stdout: JSON [null | [class, line], ...],
                      the outcome of ast.parse(type_comments=True) for each mutated source
                      (line -1 when the error has none).
Relative paths are relative to the stdlib root, which is also the working directory while
files are processed, so file names in messages are the relative paths.
"""

import ast
import base64
import hashlib
import io
import json
import os
import shutil
import sys
import sysconfig
import tokenize

PROGRAMS = ('tokenize', 'tokenize-e', 'ast')
# The line of an error that has none (lineno None), as PySyntaxError writes it.
NO_LINE = -1
SKIPPED_DIRS = frozenset(('site-packages', '__pycache__'))


def stdlib_root():
    return sysconfig.get_paths()['stdlib']


def stdlib_files(root):
    """Every .py file under root, as sorted '/'-separated relative paths."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        rel = os.path.relpath(folder, root)
        for name in sorted(files):
            if name.endswith('.py'):
                found.append(name if rel == '.' else os.path.join(rel, name).replace(os.sep, '/'))
    return found


def exception_block(exc):
    """What python prints for an uncaught exception, minus the 'Traceback' frames.

    sys.__excepthook__ is the interpreter's own printer (the C one the real CLI uses);
    with the traceback detached it prints only the exception itself, SyntaxError's
    '  File "x", line N' block included."""
    exc = exc.with_traceback(None)
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.__excepthook__(type(exc), exc, None)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def token_lines(tokens, exact):
    # The line format of tokenize.main().
    lines = []
    for token in tokens:
        token_type = token.exact_type if exact else token.type
        token_range = '%d,%d-%d,%d:' % (token.start + token.end)
        lines.append('%-20s%-15s%-15r\n' % (token_range, tokenize.tok_name[token_type], token.string))
    return ''.join(lines)


def tokenize_error(exc, filename):
    """(stderr, exception-or-None) for an exception escaping tokenize.tokenize, as main() reports it."""
    if isinstance(exc, IndentationError):
        line, column = exc.args[1][1:3]
        return '%s:%d:%d: error: %s\n' % (filename, line, column, exc.args[0]), None
    if isinstance(exc, tokenize.TokenError):
        line, column = exc.args[1]
        return '%s:%d:%d: error: %s\n' % (filename, line, column, exc.args[0]), None
    if isinstance(exc, SyntaxError):
        return '%s: error: %s\n' % (filename, exc), None
    if isinstance(exc, OSError):
        return 'error: %s\n' % exc, None
    # main() prints 'unexpected error' and re-raises: python then prints the exception.
    return 'unexpected error: %s\n' % exc, exc


def run_tokenize(relpath):
    """{'tokenize': (exit, stdout, stderr), 'tokenize-e': ...} for one file."""
    try:
        with open(relpath, 'rb') as f:
            tokens = list(tokenize.tokenize(f.readline))
    except Exception as exc:  # noqa: BLE001 - every failure is reported, as main() does
        stderr, reraised = tokenize_error(exc, relpath)
        if reraised is not None:
            stderr += exception_block(reraised)
        outcome = (1, '', stderr)
        return {'tokenize': outcome, 'tokenize-e': outcome}
    return {'tokenize': (0, token_lines(tokens, False), ''),
            'tokenize-e': (0, token_lines(tokens, True), '')}


def run_ast(relpath, source):
    """(exit, stdout, stderr) of `python3 -m ast -a relpath`."""
    # Warnings (SyntaxWarning: invalid decimal literal...) go to stderr even on success.
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        tree = ast.parse(source, relpath, 'exec', type_comments=True)
    except Exception as exc:  # noqa: BLE001
        warnings, sys.stderr = sys.stderr.getvalue(), saved
        return 1, '', warnings + exception_block(exc)
    warnings, sys.stderr = sys.stderr.getvalue(), saved
    return 0, ast.dump(tree, include_attributes=True, indent=3) + '\n', warnings


def outputs_of(relpath):
    with open(relpath, 'rb') as f:
        source = f.read()
    results = run_tokenize(relpath)
    results['ast'] = run_ast(relpath, source)
    return results


def summarize(outcome):
    code, stdout, stderr = outcome
    data = stdout.encode('utf-8', 'surrogatepass')
    return {'exit': code, 'sha1': hashlib.sha1(data).hexdigest(), 'bytes': len(data), 'stderr': stderr}


def cache_tag():
    # A new python or a changed driver invalidates the cache.
    with open(__file__, 'rb') as f:
        script = hashlib.sha1(f.read()).hexdigest()[:10]
    return 'python-%s-%s' % (sys.version.split()[0], script)


def prune_other_tags(cache_dir, keep):
    # Indexes of another python or an older driver are never read again.
    for name in os.listdir(cache_dir):
        if name.startswith('python-') and name != keep:
            shutil.rmtree(os.path.join(cache_dir, name), ignore_errors=True)


def command_corpus(cache_dir):
    root = stdlib_root()
    tag_dir = os.path.abspath(os.path.join(cache_dir, cache_tag()))
    index_path = os.path.join(tag_dir, 'index.json')
    try:
        with open(index_path, encoding='utf-8') as f:
            previous = json.load(f)['files']
    except (OSError, ValueError, KeyError):
        previous = {}
    os.chdir(root)
    files, reused = {}, 0
    for relpath in stdlib_files(root):
        stat = os.stat(relpath)
        old = previous.get(relpath)
        if old and old['mtime'] == stat.st_mtime_ns and old['size'] == stat.st_size:
            files[relpath] = old
            reused += 1
            continue
        entry = {'mtime': stat.st_mtime_ns, 'size': stat.st_size}
        for program, outcome in outputs_of(relpath).items():
            entry[program] = summarize(outcome)
        files[relpath] = entry
    os.makedirs(tag_dir, exist_ok=True)
    prune_other_tags(os.path.dirname(tag_dir), os.path.basename(tag_dir))
    with open(index_path + '.tmp', 'w', encoding='utf-8') as f:
        json.dump({'python': sys.version.split()[0], 'root': root, 'files': files}, f)
    os.replace(index_path + '.tmp', index_path)
    json.dump({'index': index_path, 'files': len(files), 'reused': reused}, sys.stdout)


def command_list():
    root = stdlib_root()
    json.dump({'root': root, 'files': stdlib_files(root)}, sys.stdout)


def command_detail():
    requests = json.load(sys.stdin)
    os.chdir(stdlib_root())
    cache, texts = {}, []
    for relpath, program in requests:
        if relpath not in cache:
            cache = {relpath: outputs_of(relpath)}
        texts.append(cache[relpath][program][1])
    json.dump(texts, sys.stdout)


def command_mutants():
    outcomes = []
    for encoded in json.load(sys.stdin):
        try:
            ast.parse(base64.b64decode(encoded), '<mutant>', 'exec', type_comments=True)
            outcomes.append(None)
        except SyntaxError as exc:
            # lineno is None for errors with no place (NUL bytes): -1 then, as PySyntaxError
            # says; 0 is a line of its own (CPython reports decoding errors there).
            outcomes.append([type(exc).__name__, NO_LINE if exc.lineno is None else exc.lineno])
        except Exception as exc:  # noqa: BLE001 - e.g. UnicodeDecodeError; recorded by class
            outcomes.append([type(exc).__name__, NO_LINE])
    json.dump(outcomes, sys.stdout)


def main(argv):
    if len(argv) == 2 and argv[0] == 'corpus':
        command_corpus(argv[1])
    elif argv == ['list']:
        command_list()
    elif argv == ['detail']:
        command_detail()
    elif argv == ['mutants']:
        command_mutants()
    else:
        sys.exit('usage: reference.py list | corpus CACHE_DIR | detail | mutants')


if __name__ == '__main__':
    main(sys.argv[1:])
