# An uncaught TypeError for a missing keyword-only argument in a method call.
class Mailer:
    def send(self, to, *, subject, body=''):
        return f'to={to} subject={subject} body={body!r}'

m = Mailer()
print(m.send('ann', subject='hi'))
print(m.send('bob', subject='re', body='ok'))
print(m.send('cy', 'no subject'))
