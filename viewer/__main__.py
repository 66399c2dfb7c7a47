"""`python -m viewer` and the `timeline-viewer` command."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
