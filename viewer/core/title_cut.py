"""Where a title too long for its card is cut: at a clause boundary late enough to keep most
of it, else before a preposition, else at a word; never after a word that only opens what was
cut off ("…under arrest for the"), nor on a verb of saying whose statement was cut off
("…printer paper that Baca said")."""

from __future__ import annotations

import re
from math import ceil

from viewer.core.headline_parts import (
    BOUNDARY_STRONG,
    BOUNDARY_WEAK,
    MIN_TITLE_CHARS,
    SPEECH_VERBS,
)


def with_subject(title: str, pronoun: str, subject: str, limit: int) -> str:
    """A title that opens on `pronoun` with `subject` in its place, cut again to `limit`
    characters where it has grown past them ("He played 15 seasons…" → "Cheeks played…")."""
    named = subject + title[len(pronoun) :]
    if len(named) > limit:
        named = cut_short(named.removesuffix("…"), limit) + "…"
    return named


def cut_short(text: str, limit: int) -> str:
    """The words of a text longer than `limit` that a title keeps, less than `limit`
    characters, before its "…"."""
    room = text[: limit - 1]
    cut = -1
    for pattern, share in ((BOUNDARY_STRONG, 0.6), (BOUNDARY_WEAK, 0.8)):
        # Only a boundary late enough counts: the scan starts there (neither pattern looks
        # behind, and none of their matches ends where another may start).
        cuts = [m.start() for m in pattern.finditer(room, ceil(limit * share))]
        if cuts:
            cut = cuts[-1]
            break
    if cut <= 0:
        cut = room.rfind(" ") if room.rfind(" ") > limit // 2 else limit - 1
    kept = _before_its_speaker(_without_open_end(room[:cut].rstrip(",;:—–- "), limit // 2))
    if kept.endswith((",”", ',"')):  # "will star in “Moon,”…": the comma went with the cut
        kept = kept[:-2] + kept[-1]
    return kept


# Words that only open what follows them: a title cut after one ends on nothing ("under
# arrest for the…").
_OPENING_WORDS = frozenset(
    """the a an of for in on at to from with by and or nor but that which who its their his
    her our your my this these those as than into onto over about after before during amid
    against among between including under upon via within without near through across
    toward towards behind beside beyond despite since until while when where because although
    if whether""".split()
)


def _without_open_end(text: str, shortest: int) -> str:
    """A cut text without the words at its end that open what was cut off ("…under arrest
    for the" → "…under arrest"), where at least `shortest` characters are left."""
    kept = text
    while (last := kept.rfind(" ")) >= shortest and kept[last + 1 :].lower() in _OPENING_WORDS:
        kept = kept[:last].rstrip(",;:—–- ")
    return kept


# Where a clause that may hold a speaker opens: a strong boundary, "that", or "and" before a
# pronoun ("… for Temple and he said").
_CLAUSE_OPENS = re.compile(
    rf"{BOUNDARY_STRONG.pattern}|\s(?=(?:that|and\s+(?:he|she|they|we|I|it))\s)"
)
_SPEECH = frozenset(SPEECH_VERBS)


def _before_its_speaker(text: str) -> str:
    """A cut text that ends on a verb of saying ("… printer paper that Baca said") tells
    nothing of what was said: it ends before the clause of its speaker, where enough is left
    ("Cooley unfurled a long trail of printer paper")."""
    if text.rsplit(" ", 1)[-1] not in _SPEECH:  # "reported" is as often of results
        return text
    opens = [m.start() for m in _CLAUSE_OPENS.finditer(text)]
    if opens and opens[-1] >= MIN_TITLE_CHARS:
        return text[: opens[-1]].rstrip(",;:—–- ")
    return text
