# The __name__ == '__main__' idiom.
def main():
    print('main called, __name__ is', repr(__name__))
    return 0

print('module level runs first')
if __name__ == '__main__':
    main()
else:
    print('imported')
print(__name__)
