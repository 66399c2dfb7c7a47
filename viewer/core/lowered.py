"""A passage lowercased once, however many cues ask for it in turn.

Each cue of a clause (the judge, the reaction, scene and court cues, the tense of its first
verb) reads the passage lowercased; lowering one with a curly quotation mark in it costs as
much as a cue's scan. The last text asked for is kept with its lowercase.

A reader that has its whole article lowercased gives a passage's lowercase as the slice of
it (`remember`): lowering a text with a character past ASCII costs some twenty instructions
a character, a slice one.
"""

from __future__ import annotations

from collections.abc import Callable

# The last text asked for and its lowercase, as one tuple: a reader on another thread sees
# both of one text or both of another, never one of each.
_last: tuple[str, str] = ("", "")

# The characters whose lowercase is not one character of its own, whatever stands around it:
# "İ" lowers to two, and "Σ" to "ς" or "σ" as the letters beside it are. Every other
# character lowers alone to one, so a slice of a lowered text is the slice lowered.
_LOWERED_APART = ("İ", "Σ")


# `str.lower` called through a name, not as a method of a text: compiled with mypyc
# (packaging/compile_core.py), the method lowers a word's final "Σ" to "σ" where Python gives
# "ς". A text past ASCII is lowered through this.
_unicode_lower: Callable[[str], str] = str.lower

# Every ASCII character, as bytes: deleting them from a text encoded leaves the rest of it.
_ASCII_BYTES = bytes(range(128))


def lowercase(text: str) -> str:
    """`text.lower()`, made for fewer instructions when the text's characters past
    ASCII are ones lowering leaves alone (curly quotes, dashes, ellipses): `str.lower` asks the
    Unicode tables of every character of a text holding one, bytes lower their ASCII alone.
    Worth it for a whole article: on a passage, encoding costs about what it saves."""
    if text.isascii():
        return text.lower()
    raw = text.encode("utf-8", "surrogatepass")
    rest = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if rest.lower() != rest:
        return _unicode_lower(text)  # a letter past ASCII with a case (or a final sigma)
    return raw.lower().decode("utf-8", "surrogatepass")


# The lowercase of the last few hundred texts asked for: the retold happenings and decisions
# read each event's passage in turn, one pass over the events after the other.
_kept: dict[str, str] = {}
_KEPT = 512


def lowered(text: str) -> str:
    """`text.lower()`, made again only when the text is none of the last ones asked for."""
    global _last
    last = _last
    if text is last[0] or text == last[0]:
        return last[1]
    low = _kept.get(text)
    if low is None:
        low = text.lower() if text.isascii() else _unicode_lower(text)
        if len(_kept) >= _KEPT:
            _kept.clear()
        _kept[text] = low
    _last = (text, low)
    return low


def slices_lower(text: str) -> bool:
    """Whether every slice of `text.lower()` is the same slice of `text` lowered."""
    return not any(c in text for c in _LOWERED_APART)


def remember(text: str, low: str) -> None:
    """Keep `low` as the lowercase of `text`, which it must be (`text.lower()`): the next
    `lowered(text)` gives it without lowering the text."""
    global _last
    _last = (text, low)
