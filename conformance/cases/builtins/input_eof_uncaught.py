# input() at end of stdin raises EOFError; uncaught, after the prompt has been written without a newline.
count = 0
total = 0
while True:
    line = input(f'value {count}: ')
    count += 1
    total += int(line)
    print('running total', total)
