"""Sentence spans over a document's article text, as true offsets into its original text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.model import Document, Span

# Titles written before a name with a full stop: "Dr. James Andrews", "Sgt. Mary Jones".
TITLES = tuple("mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st".split())
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(TITLES) | frozenset(
    """
    jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc inc corp ltd co dept univ approx est fig al e.g i.e u.s u.k u.n u.s.a
    """.split()
)

# A candidate boundary: terminal punctuation, any closing quotes or brackets, then white space.
# Spelt [.!?…][.!?…]* rather than [.!?…]+: a pattern opening on a character set, not a repeat,
# lets the engine skip from one such character to the next instead of trying every position.
_BOUNDARY = re.compile(r"""([.!?…][.!?…]*)(["'”’)\]]*)(\s+)""")
# The same for a text whose only stops are full stops, as most articles' are: opening on a
# literal, it lets the engine jump from one full stop to the next, not test every character.
_FULL_STOP_BOUNDARY = re.compile(r"""(\.[.!?…]*)(["'”’)\]]*)(\s+)""")
_OPENERS = "\"'“‘([*#"
_TERMINAL = ".!?…\"'”’)"


def _previous_word(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:end].lower()


def _starts_sentence(text: str, pos: int, *, digits: bool = True) -> bool:
    """Whether the text at pos looks like the start of a new sentence."""
    while pos < len(text) and text[pos] in _OPENERS:
        pos += 1
    if pos >= len(text):
        return False
    ch = text[pos]
    return ch.isupper() or (digits and ch.isdigit())


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    punct = match.group(1)
    if punct == "." and not match.group(2):
        word = _previous_word(text, match.start(1))
        if word in _ABBREVIATIONS:
            return False
        # A lone capital is an initial ("Anthony H. Cordesman"); "U.S." ends in one too.
        if len(word) == 1 and word.isalpha():
            return False
        if "." in word and len(word) <= 5:
            return False
    # An ellipsis runs on into a number ("on Feb. 26... 70 percent of it"); only a capital
    # after it starts a new sentence.
    trailing_off = punct.endswith(("...", "…"))
    return _starts_sentence(text, match.end(), digits=not trailing_off)


# Words a sentence cannot end on: a paragraph ending on one was broken mid-sentence.
_DANGLING = frozenset(
    "a an the to of in on at by for from with into and or but that as than about over".split()
)


def _broken_off(head: str, nxt: str) -> bool:
    """Whether a paragraph stops mid-sentence and the next one carries on with it."""
    if not head or head[-1] in _TERMINAL or not nxt:
        return False
    last_word = head.rsplit(None, 1)[-1].lower()
    return nxt[0].islower() or last_word in _DANGLING


def _last_words(text: str, start: int, end: int, reach: int = 200) -> str:
    """The end of text[start:end] without its trailing white space: enough to read its last
    word and character, without copying a paragraph that has grown by many joins."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[max(start, end - reach) : end].lstrip()


def _join_broken_paragraphs(text: str, body: Sequence[Span]) -> list[Span]:
    """Join a paragraph that stops mid-sentence ("… transfers to") with the next one."""
    joined: list[Span] = []
    for span in sorted(body, key=lambda s: s.start):
        if joined:
            prev = joined[-1]
            head = _last_words(text, prev.start, prev.end)
            nxt = text[span.start : span.end].lstrip()
            if _broken_off(head, nxt):
                joined[-1] = Span(prev.start, span.end)
                continue
        joined.append(span)
    return joined


class _Quotations:
    """Whether a full stop lies inside a quotation that closes later in the paragraph: the
    quoted words are one passage, reported by whoever the sentence says spoke them.

    Asked about positions in increasing order, it counts the quotation marks before each one
    from where the last question left off, and looks for a closing mark only past the last one
    it found: one pass over the paragraph, however many full stops it has."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._cursor, self._end = text, start, end
        self._curly_open = 0  # opening “ minus closing ” so far
        self._straight = 0  # straight " so far
        self._next_close: dict[str, int] = {}  # a closing mark found at or after the cursor

    def inside(self, position: int) -> bool:
        text, cursor = self._text, self._cursor
        if position > cursor:
            opened = text.count("“", cursor, position)
            self._curly_open += opened - text.count("”", cursor, position)
            self._straight += text.count('"', cursor, position)
            self._cursor = position
        if self._curly_open > 0:
            return self._closes_later("”", position)
        if self._straight % 2 == 1:
            return self._closes_later('"', position)
        return False

    def _closes_later(self, mark: str, position: int) -> bool:
        found = self._next_close.get(mark)
        if found is None or 0 <= found < position:
            found = self._text.find(mark, position, self._end)
            self._next_close[mark] = found
        return found >= 0


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def split_sentences(text: str, body: Sequence[Span]) -> list[Span]:
    """The sentences of the article text, in order; a sentence may cross a broken paragraph."""
    sentences: list[Span] = []
    boundary = _BOUNDARY if any(stop in text for stop in "!?…") else _FULL_STOP_BOUNDARY
    for region in _join_broken_paragraphs(text, body):
        cursor = region.start
        quotations = _Quotations(text, region.start, region.end)
        for match in boundary.finditer(text, region.start, region.end):
            if not _is_boundary(text, match):
                continue
            if quotations.inside(match.end(2)):
                continue
            span = _trimmed(text, cursor, match.start(3))
            if span:
                sentences.append(span)
            cursor = match.end()
        span = _trimmed(text, cursor, region.end)
        if span:
            sentences.append(span)
    return sentences


def visible_body(doc: Document) -> tuple[str, list[Span]]:
    """The text a reader sees of a document, and its article text's paragraphs in it: what
    extraction reads, so that no markup or entity splits a sentence or hides a date."""
    visible = doc.visible
    body = [Span(*visible.to_visible(span.start, span.end)) for span in doc.body]
    return visible.render(), [span for span in body if span.end > span.start]
