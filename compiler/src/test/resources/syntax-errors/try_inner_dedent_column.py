# throw() rais$es inside the generator; close() raiseselif GeneratorExit and runs finally.
def worker():
    try:
        while True:
            try:
                x = yield
    while True:
            try:
           