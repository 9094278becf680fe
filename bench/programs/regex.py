# regex: the re module: compiled patterns with groups, alternation, classes, findall, sub and split.
#
# A generated log text (fixed linear congruential generator) is scanned with several
# compiled patterns: named groups over each line, findall of numbers and emails, sub with
# a function replacement and with backreferences, and split, a chunk of 500 lines at a
# time. n is the number of lines.

import re

CHUNK = 500

SIZES = {"quick": 6900, "default": 69000, "full": 310000}

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>INFO|WARN|ERROR) \[(?P<mod>[a-z_]+)\] (?P<msg>.*)$", re.M)
NUMBER = re.compile(r"-?\b\d+(?:\.\d+)?\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.(?:com|org|net)")
WORD_PAIR = re.compile(r"\b(\w+) \1\b")
SEPARATORS = re.compile(r"[;,]\s*")

MODULES = ["net", "disk_io", "auth", "sched", "cache"]
USERS = ["ann", "bo.li", "cy+x", "dee"]
HOSTS = ["example.com", "mail-server.org", "corp.net"]


def generate(count, seed):
    lines = []
    for i in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        level = ("INFO", "WARN", "ERROR")[seed % 3]
        mod = MODULES[(seed >> 4) % len(MODULES)]
        user = USERS[(seed >> 8) % len(USERS)]
        host = HOSTS[(seed >> 12) % len(HOSTS)]
        value = (seed >> 5) % 10000 - 5000
        word = ("the", "very", "fast")[(seed >> 15) % 3]
        lines.append("2024-%02d-%02d %s [%s] user %s@%s took %d.%d ms; %s %s path, code %d"
                     % (seed % 12 + 1, seed % 28 + 1, level, mod, user, host, value, seed % 10,
                        word, word if seed & 64 else "run", seed % 500))
    return "\n".join(lines), seed


def run(n):
    seed = 99
    levels = {"INFO": 0, "WARN": 0, "ERROR": 0}
    modules = {}
    counts = [0, 0, 0, 0, 0]
    dates = ""
    for start in range(0, n, CHUNK):
        text, seed = generate(min(CHUNK, n - start), seed)
        for m in LINE.finditer(text):
            levels[m.group("level")] += 1
            modules[m["mod"]] = modules.get(m["mod"], 0) + len(m.group("msg"))
        counts[0] += len(NUMBER.findall(text))
        counts[1] += sum(len(e) for e in EMAIL.findall(text))
        counts[2] += len(WORD_PAIR.sub(r"\1", text))
        counts[3] += len(EMAIL.sub(lambda m: "<" + str(len(m.group(0))) + ">", text))
        counts[4] += len(SEPARATORS.split(text))
        if not dates:
            dates = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text[:2000])
    return "%s %s %s %s" % (sorted(levels.items()), sorted(modules.items()), counts, dates[:10])


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
