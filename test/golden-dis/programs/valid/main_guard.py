import sys


def main(argv):
    return len(argv)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
