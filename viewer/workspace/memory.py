"""Give memory freed after a large load back to the system.

Opening a large project builds and drops hundreds of megabytes (the kept timeline shown
while reading, decoded caches, per-article events before merging). The C allocator keeps
freed pages for reuse; on Linux, malloc_trim returns them, so the window's footprint is
what it holds, not what loading once held.
"""

from __future__ import annotations

import ctypes
import sys


def release_freed_memory() -> None:
    """Return free heap pages to the system where the C library allows it; else nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return  # not glibc (musl, say): nothing to ask
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim(0)
