# A list that grows without bound exhausts the heap: MemoryError is caught, the list is dropped,
# and after a collection ordinary allocation works again.
import gc
chunks = []
try:
    while True:
        chunks.append(bytearray(1024))
except MemoryError:
    grown = len(chunks) > 10
    chunks = None
    print('MemoryError after growth', grown)
gc.collect()
print(len([str(i) for i in range(200)]))
