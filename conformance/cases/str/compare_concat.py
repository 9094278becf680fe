# str comparison is by code point; concatenation, repetition, membership, and their TypeErrors
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "😀" > "\uffff")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "", "a", "ä", "z"]))
print(max("hello"), min("hello"), max(["aa", "b"]), min(["aa", "b"], key=len))
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" * True)
s = "spam"
s += "eggs"
s *= 2
print(s, len(s))
print("am" in "spam", "" in "spam", "" in "", "ma" not in "spam", "S" in "spam")
print("abc" == "abc", "abc" != None, "a" == "a" * 1, "abc".__eq__(1), "abc".__lt__("abd"), "a".__add__("b"))
print("abc".__mul__(2), "abc".__rmul__(2), "abc".__contains__("b"), "abc".__len__(), "abc".__getitem__(-1))
for call in [lambda: "a" + 1, lambda: "a" + None, lambda: "a" * "b", lambda: "a" * 1.5, lambda: 1 in "a",
             lambda: "a" < 1, lambda: "a" >= [1], lambda: "a" - "b", lambda: -"a"]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    "a" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__ + ":", e)
print("ab" "cd", "x" \
      "y")
