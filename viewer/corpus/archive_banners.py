"""The banner a cached or archived copy sets over the page it keeps, on a line of its own."""

from __future__ import annotations

import re

# The banner a cached or archived copy sets over the page it keeps: "This is Google's cache
# of https://…. It is a snapshot of the page as it appeared on 12 Mar 2024 10:05:03 GMT.",
# "Full version Text-only version View source", "The Wayback Machine - https://web.archive…",
# "Saved 12 Oct 2023 08:30 | 14 captures | 1 Jun 2023 - 3 Feb 2024".
_ARCHIVE_BANNER = re.compile(
    r"this\s+is\s+\S+\s+cache\s+of\s+\S.*|it\s+is\s+a\s+snapshot\s+of\s+the\s+page\b.*|"
    r"the\s+current\s+page\s+could\s+have\s+changed\b.*|"
    r"(?:full\s+version|text-only\s+version|view\s+source)(?:\s+(?:full\s+version|"
    r"text-only\s+version|view\s+source))*|tip:\s+to\s+quickly\s+find\s+your\s+search\s+term\b.*|"
    r"the\s+wayback\s+machine\s*-\s*https?://\S+|"
    # archive.today's: "archive.today webpage capture | Saved from https://… | 12 Mar 2024 …".
    r"archive\.(?:today|is|ph|li|vn|md|fo)\s+webpage\s+capture\b.*|all\s+snapshots\s+from\s+host\b.*",
    re.IGNORECASE,
)
# The first letters of the banner's forms as its pattern reads them, case aside ("this",
# "It", "Full", "view", "archive"; "İ" and "ı" fold to "i"): a line opening with any other
# character is spared the match, tried at its start form by form.
_BANNER_OPENINGS = frozenset("aAfFiItTvVİı")
# Tried apart, only on a line with a bar: it may open on any character.
_CAPTURES = re.compile(r"[^|]{0,60}\|\s*[\d,]+\s+captures\b.*", re.IGNORECASE)


def banner(core: str) -> bool:
    """Whether a line stripped of its edges is a line of the banner a cached or archived copy
    sets over its page."""
    if core[:1] in _BANNER_OPENINGS and _ARCHIVE_BANNER.match(core) is not None:
        return True
    return "|" in core and _CAPTURES.match(core) is not None
