# The if __name__ == '__main__' idiom runs at top level.
def main():
    print('main ran')
    return 0
if __name__ == '__main__':
    main()
else:
    print('imported')
print(__name__ == '__main__')
