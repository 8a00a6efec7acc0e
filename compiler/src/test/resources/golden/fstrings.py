name = "world"
width = 10
print(f"hello {name}!", f"{name!r:>{width}}", f"{3.14159:.2f}", f"{name=}", f"{{}}", f"{name!a}{name!s}")
