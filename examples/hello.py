# The first program on a Rivet board.
print("Hello from a Rivet board!")
for i in range(3):
    print("tick", i)
