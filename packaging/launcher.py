"""Entry point of the built app: the same command line as `fairminutes`."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
