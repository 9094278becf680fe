# word_freq: dict-heavy text processing: word and bigram counts over generated text.
#
# A fixed linear congruential generator builds text from a vocabulary of syllables, a
# chunk of 5000 words at a time; the program lower-cases and splits it, counts words and
# the bigrams of short words in dicts (get, setdefault, in, items), and ranks them with
# sorted() on (-count, word) keys, so the result never depends on hash order. n is the
# number of words generated.

CHUNK = 5000

SIZES = {"quick": 70000, "default": 700000, "full": 3200000}

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "pa", "qi"]


def generate(count, seed):
    words = []
    for i in range(count):
        seed = (seed * 214013 + 2531011) & 0xFFFFFFFF
        k = (seed >> 16) % 3 + 1
        word = "".join(SYLLABLES[(seed >> (4 * j + 3)) % len(SYLLABLES)] for j in range(k))
        if i % 11 == 0:
            word = word.capitalize()
        words.append(word)
        if i % 17 == 16:
            words.append(".\n")
    return " ".join(words), seed


def count_chunk(text, counts, bigrams, lengths):
    previous = None
    for line in text.split("\n"):
        for word in line.lower().split():
            if word == ".":
                previous = None
                continue
            counts[word] = counts.get(word, 0) + 1
            lengths.setdefault(len(word), set()).add(word)
            if previous is not None and len(word) <= 4 and len(previous) <= 4:
                key = (previous, word)
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            previous = word


def run(n):
    seed = 7
    counts = {}
    bigrams = {}
    lengths = {}
    for start in range(0, n, CHUNK):
        text, seed = generate(min(CHUNK, n - start), seed)
        count_chunk(text, counts, bigrams, lengths)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
    top_bigrams = sorted(bigrams.items(), key=lambda item: (-item[1], item[0]))[:5]
    checksum = 0
    for word, count in top:
        checksum = (checksum * 131 + count + len(word)) % 1000000007
    for (w1, w2), count in top_bigrams:
        checksum = (checksum * 131 + count * len(w1) + len(w2)) % 1000000007
    shape = sorted((length, len(words)) for length, words in lengths.items())
    return "%d %d %d %s %s" % (len(counts), len(bigrams), checksum, top[0][0], shape)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
