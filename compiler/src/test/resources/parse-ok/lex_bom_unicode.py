x = "é€😀"
été = x
print(été, f"{x!a}")
