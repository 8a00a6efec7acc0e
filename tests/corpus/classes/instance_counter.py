# A small class-heavy simulation: accounts with deposits, withdrawals and errors.
class InsufficientFunds(Exception):
    pass
class Account:
    opened = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.opened += 1
    def deposit(self, amt):
        self.balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f'{self.owner}: need {amt}, have {self.balance}')
        self.balance -= amt
        self.history.append(('wd', amt))
accts = [Account(n, i * 10) for i, n in enumerate(['ann', 'ben', 'cy'])]
for i, a in enumerate(accts):
    a.deposit(5 * i)
    try:
        a.withdraw(12)
    except InsufficientFunds as e:
        print('refused', e)
print([(a.owner, a.balance, a.history) for a in accts], Account.opened)
