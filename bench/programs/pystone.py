# pystone: a mixed integer, record and string workload in the style of Dhrystone.
#
# Each loop assigns record fields, calls small procedures that pass records and small
# ints around, compares and indexes strings, and updates a pair of global arrays, the mix
# that Dhrystone-like benchmarks use to stand for "ordinary" code. It is written here
# afresh; n is the number of loops and the checksum folds the final state together.

SIZES = {"quick": 55000, "default": 550000, "full": 2500000}

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    __slots__ = ("next", "discr", "enum", "number", "text")

    def __init__(self, next=None, discr=0, enum=0, number=0, text=""):
        self.next = next
        self.discr = discr
        self.enum = enum
        self.number = number
        self.text = text

    def copy(self):
        return Record(self.next, self.discr, self.enum, self.number, self.text)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = "\0"
        self.char2 = "\0"
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for _ in range(51)]
        self.record = None


def proc_record(state, rec):
    nxt = rec.next
    nxt.number = 5 if rec.number < 5 else rec.number - 3
    nxt.enum = rec.enum
    if nxt.discr == IDENT_1:
        nxt.number = next_int(state, nxt.number)
        nxt.enum = choose_enum(state, rec.enum)
        nxt.next = state.record.next
    else:
        rec.number, rec.enum = nxt.number, nxt.enum
    return rec


def next_int(state, value):
    if state.char1 == "A":
        value -= 1
        state.int_glob = value - state.int_glob
    return value + 12 - state.int_glob % 7


def choose_enum(state, enum):
    if enum == IDENT_3:
        return IDENT_2
    if enum in (IDENT_1, IDENT_2) and state.int_glob > 100:
        return IDENT_3
    if enum == IDENT_4:
        return IDENT_3
    return IDENT_1 if enum != IDENT_5 else IDENT_4


def fill_arrays(state, a, b):
    loc = a + 5
    state.array1[loc] = b
    state.array1[loc + 1] = state.array1[loc]
    state.array1[loc + 30] = loc
    row = state.array2[loc]
    for i in range(loc, loc + 2):
        row[i] = loc
    row[loc - 1] += 1
    state.array2[loc + 20][loc] = state.array1[loc]
    state.int_glob = 5


def compare_chars(a, b):
    return IDENT_1 if a != b else IDENT_2


def compare_strings(s1, s2):
    i = 2
    while i <= 2:
        if compare_chars(s1[i], s2[i + 1]) == IDENT_1:
            i += 1
    if s1 > s2:
        return True
    return False


def run(n):
    state = State()
    state.record = Record(None, IDENT_1, IDENT_3, 40, "SOME RECORD TEXT")
    rec = Record(state.record, IDENT_1, IDENT_3, 40, "ANOTHER RECORD TEXT")
    text1 = "PROGRAM, 1'ST STRING"
    checksum = 0
    for loop in range(n):
        state.char1 = "A"
        state.bool_glob = not state.bool_glob
        a, b = 2, 3
        text2 = "PROGRAM, %d'ND STRING" % (loop % 3 + 2)
        enum = IDENT_2
        state.bool_glob = not compare_strings(text1, text2)
        while a < b:
            c = 5 * a - b
            c = next_int(state, c) + (loop & 3)
            a += 1
        fill_arrays(state, a, c)
        rec = proc_record(state, rec.copy() if loop % 5 == 0 else rec)
        ch = "A"
        while ch <= state.char2 or ch <= "C":
            if enum == compare_chars(ch, "C"):
                enum = choose_enum(state, IDENT_3)
            ch = chr(ord(ch) + 1)
        state.char2 = "B" if loop % 2 else "C"
        b = b * a
        a = b // c if c else b
        b = 7 * (b - c) - a
        checksum = (checksum * 31 + a + b + c + enum + rec.number + state.int_glob) % 1000000007
    return "%d %d %d" % (checksum, sum(state.array1), sum(map(sum, state.array2)))


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
