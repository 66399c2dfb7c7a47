"""Finding an annotated passage again in a changed text, or saying why it cannot be found.

An annotation may follow its passage when the file was edited around it, but never jumps
to a lookalike: when the evidence does not single out one place, the result is orphaned.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from viewer.core.annotations import Anchor, anchor_for


class AnchorStatus(StrEnum):
    """Where an anchor stands in the current text."""

    EXACT = "exact"
    MOVED = "moved"
    ORPHANED = "orphaned"


@dataclass(frozen=True, slots=True)
class Reanchored:
    """The outcome of re-anchoring: the anchor to keep, and a reason a user can read."""

    status: AnchorStatus
    anchor: Anchor
    reason: str


QUOTE_SIMILARITY = 0.9  # an edited quote must keep this much of its text to be followed
CONTEXT_SIMILARITY = 0.8  # share of a context side that must still be next to the quote
CONTEXT_SLACK = 8  # characters a context side may have gained through edits
DISTINCTIVE_CHARS = 24  # a quote this long, found once, is the passage even if context changed
PIECE_CHARS = 12  # context next to the quote, searched exactly to find an edited quote
MAX_HITS = 500  # bounds the work on a quote or piece that occurs everywhere


def reanchor(anchor: Anchor, text: str) -> Reanchored:
    """Find `anchor`'s passage in `text`: where it was, where it moved, or orphaned."""
    quote = anchor.quote
    if not quote:
        return _orphaned(anchor, "the annotation quotes no text to look for")
    hits = _find_all(text, quote)
    in_context = [s for s in hits if _context_score(anchor, text, s, s + len(quote)) == 2]
    if text[anchor.start : anchor.end] == quote:
        # Same text at the same offsets; only a context match elsewhere outweighs it.
        if anchor.start in in_context or len(in_context) != 1:
            here = anchor_for(anchor.document_id, text, anchor.start, anchor.end)
            return Reanchored(AnchorStatus.EXACT, here, "passage is where it was")
        return _moved(anchor, text, in_context[0], in_context[0] + len(quote), 2)
    if len(in_context) == 1:
        return _moved(anchor, text, in_context[0], in_context[0] + len(quote), 2)
    if len(hits) == 1:
        start = hits[0]
        score = _context_score(anchor, text, start, start + len(quote))
        if score > 0 or len(quote) >= DISTINCTIVE_CHARS:
            return _moved(anchor, text, start, start + len(quote), score)
        return _orphaned(
            anchor, "the quote is short and its context changed, so the match may be a lookalike"
        )
    if len(hits) > 1:
        count = text.count(quote)  # hits stop at MAX_HITS; the user should see the real number
        return _orphaned(
            anchor, f"the passage occurs {count} times and the context does not single one out"
        )
    return _edited(anchor, text)


def _edited(anchor: Anchor, text: str) -> Reanchored:
    """Follow a quote edited by a few characters, only where both context sides still match."""
    quote = anchor.quote
    shortest = int(len(quote) * 0.8)
    longest = int(len(quote) * 1.25) + 1
    rewritten = len(quote) * 3  # beyond `longest` only to tell the user it was rewritten
    ends = sorted(_context_ends(anchor, text))
    found: list[tuple[float, int, int]] = []
    best_rejected = 0.0
    for start in _context_starts(anchor, text):
        lo = bisect.bisect_left(ends, start + shortest)
        hi = bisect.bisect_right(ends, start + rewritten)
        for end in ends[lo:hi][:MAX_HITS]:
            matcher = SequenceMatcher(None, quote, text[start:end], autojunk=False)
            if end > start + longest or matcher.real_quick_ratio() < QUOTE_SIMILARITY:
                if matcher.quick_ratio() > best_rejected:
                    best_rejected = max(best_rejected, matcher.ratio())
                continue
            ratio = matcher.ratio()
            if ratio < QUOTE_SIMILARITY:
                best_rejected = max(best_rejected, ratio)
            elif _context_score(anchor, text, start, end) == 2:
                found.append((ratio, start, end))
    if not found:
        if best_rejected > 0.5:
            return _orphaned(
                anchor,
                f"the passage was edited too much to be sure it is the same "
                f"({best_rejected:.0%} similar)",
            )
        return _orphaned(anchor, "the quoted passage is no longer in the file")
    ratio, start, end = max(found)
    if any(e <= start or s >= end for _, s, e in found):
        return _orphaned(
            anchor, "edited copies of the passage occur in several places; none is certain"
        )
    moved = anchor_for(anchor.document_id, text, start, end)
    reason = f"passage edited ({ratio:.0%} similar)"
    shift = start - anchor.start
    reason += f" and moved {_distance(shift)}" if shift else " in place"
    return Reanchored(AnchorStatus.MOVED, moved, reason + "; context matches")


def _context_starts(anchor: Anchor, text: str) -> list[int]:
    """Where the quote may begin: right after the end of its prefix."""
    if not anchor.prefix:
        return [0]
    piece = anchor.prefix[-PIECE_CHARS:]
    return [i + len(piece) for i in _find_all(text, piece)]


def _context_ends(anchor: Anchor, text: str) -> list[int]:
    """Where the quote may end: right before the start of its suffix."""
    if not anchor.suffix:
        return [len(text)]
    return _find_all(text, anchor.suffix[:PIECE_CHARS])


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> int:
    """How many sides of the context (0, 1 or 2) still surround text[start:end]."""
    if anchor.prefix:
        window = text[max(0, start - len(anchor.prefix) - CONTEXT_SLACK) : start]
        before = window.endswith(anchor.prefix) or _similar_side(anchor.prefix, window)
    else:  # the quote began the text, so it must still (give or take blank space)
        before = start <= CONTEXT_SLACK and not text[:start].strip()
    if anchor.suffix:
        window = text[end : end + len(anchor.suffix) + CONTEXT_SLACK]
        after = window.startswith(anchor.suffix) or _similar_side(anchor.suffix, window)
    else:
        after = len(text) - end <= CONTEXT_SLACK and not text[end:].strip()
    return int(before) + int(after)


def _similar_side(expected: str, window: str) -> bool:
    """Whether `window` keeps most of `expected`, allowing a few edited characters."""
    matcher = SequenceMatcher(None, expected, window, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return kept >= CONTEXT_SIMILARITY * len(expected)


def _moved(anchor: Anchor, text: str, start: int, end: int, score: int) -> Reanchored:
    evidence = {
        2: "quote and context match",
        1: "quote and one side of its context match",
        0: "the quote occurs only once; its context changed",
    }[score]
    moved = anchor_for(anchor.document_id, text, start, end)
    reason = f"passage moved {_distance(start - anchor.start)}; {evidence}"
    return Reanchored(AnchorStatus.MOVED, moved, reason)


def _orphaned(anchor: Anchor, reason: str) -> Reanchored:
    return Reanchored(AnchorStatus.ORPHANED, anchor, reason)


def _distance(shift: int) -> str:
    n = abs(shift)
    unit = "character" if n == 1 else "characters"
    return f"{n} {unit} {'later' if shift > 0 else 'earlier'}"


def _find_all(text: str, needle: str) -> list[int]:
    """Every start of `needle` in `text` (overlaps included), up to MAX_HITS of them."""
    hits: list[int] = []
    i = text.find(needle)
    while i != -1 and len(hits) < MAX_HITS:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits
