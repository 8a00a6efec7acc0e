# int() base validation and conversion of numeric strings with unusual but valid forms.
print(int('0'), int('-0'), int('00012'), int(' \t-12\n'), int('1' * 30))
print(int('Zz', 36), int('11', 2), int('-0b11', 0), int('0O17', 0), int('0X1f', 0))
for args in (('12', 1), ('12', 37), ('012', 0), ('_1', 10), ('1__2', 10), ('0b', 0)):
    try:
        print(int(*args))
    except ValueError as e:
        print('ValueError', e)
