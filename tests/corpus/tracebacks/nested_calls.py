# A traceback through several function frames lists each frame, outermost first.
def parse(s):
    return int(s)
def load(items):
    return [parse(i) for i in items]
def main():
    print('loading')
    return load(['1', '2', 'three'])
main()
