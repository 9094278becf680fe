# str index out of range in a loop that walks past the end: IndexError text and traceback
word = "python"
for i in range(len(word)):
    print(i, word[i], word[-i - 1])
pairs = [word[i] + word[i + 1] for i in range(len(word) - 1)]
print(pairs)
print(word[len(word) - 1], word[-len(word)])
try:
    word[-7]
except IndexError as e:
    print("IndexError:", e)
print(word[2:100], repr(word[100:]))
def char_at(text, i):
    return text[i]
print(char_at(word, 0), char_at(word, -1))
print(char_at(word, len(word)))
