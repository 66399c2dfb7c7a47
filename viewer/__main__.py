"""`python -m viewer` and the `timeline-viewer` command."""

import multiprocessing
import sys

from viewer.cli import main

if __name__ == "__main__":
    # A frozen bundle starts its extraction workers through this same executable.
    multiprocessing.freeze_support()
    sys.exit(main())
