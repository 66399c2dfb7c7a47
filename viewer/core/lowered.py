"""A passage lowercased once, however many cues ask for it in turn.

Each cue of a clause (the judge, the reaction, scene and court cues, the tense of its first
verb) reads the passage lowercased; lowering one with a curly quotation mark in it costs as
much as a cue's scan. The last text asked for is kept with its lowercase.
"""

from __future__ import annotations

# The last text asked for and its lowercase, as one tuple: a reader on another thread sees
# both of one text or both of another, never one of each.
_last: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """`text.lower()`, made again only when the text differs from the last one asked for."""
    global _last
    last = _last
    if text is last[0] or text == last[0]:
        return last[1]
    low = text.lower()
    _last = (text, low)
    return low
