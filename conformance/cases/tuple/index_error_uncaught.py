# tuple IndexError message and tuple.index ValueError text; the final lookup is uncaught
days = ("mon", "tue", "wed", "thu", "fri")
print(days[0], days[-1], days[1:3], days.index("wed"))
try:
    days.index("sun")
except ValueError as e:
    print("ValueError:", e)
try:
    days[5]
except IndexError as e:
    print("IndexError:", e)
try:
    days[-6]
except IndexError as e:
    print("IndexError:", e)
def nth_day(n):
    return days[n]
for n in range(0, 5, 2):
    print(n, nth_day(n))
weekend = ("sat", "sun")
week = days + weekend
print(len(week), week[-2:], nth_day(-1))
print(nth_day(7))
