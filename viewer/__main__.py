"""`python -m viewer`: start the window or run a command."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
