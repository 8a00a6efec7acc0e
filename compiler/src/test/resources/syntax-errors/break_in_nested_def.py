while True:
    def g():
        break
