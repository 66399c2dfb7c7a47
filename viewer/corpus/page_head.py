"""The masthead, slogan and section links a page copied whole shows above its headline, one
element a line: found from the article's own header below them (its byline or date line),
since the headline is the line just over that header, or over the summary under it."""

from __future__ import annotations

from viewer.corpus.boilerplate import ends_sentence, is_furniture, print_head
from viewer.corpus.dates import date_line, find_full_dates, glued_date, label_alone
from viewer.corpus.header_lines import (
    SECTION_WORDS,
    Line,
    byline_part,
    is_markdown_heading,
    summary_words,
)
from viewer.corpus.meta_lines import part_date
from viewer.corpus.metadata import byline, labelled_field, outlet_after
from viewer.corpus.scoreboard import scoreboard

_REACH = 12  # the header's first byline or date line is within this many lines of the top
_SHORT_WORDS = 4  # the most words of a section link, a masthead or a slogan line
_SECTION_WORDS = 2  # the most words of a section's link
_RUN_LINES = 3  # the most lines of a headline and its summary above the byline or date
_HEAD_WORDS = 12  # the most words of a line above the headline (a masthead's strapline)
_MARK_WORDS = 16  # the most words of a header line that marks where the header is
_BUTTONS = 2  # the most lines of buttons between an author's note and the date


def page_head(text: str, lines: list[Line], menu: set[int]) -> int:
    """How many lines at the top are the page's masthead and sections above the headline
    ("The Coastal Times" / "Independent journalism since 1884" / "News" / the headline / "By
    …" / the date); 0 when the text does not open so."""
    anchor = _first_mark(text, lines, menu)
    if anchor is None or all(is_furniture(line.shown) for line in lines[anchor + 1 :]):
        return 0  # no header: nothing but buttons after the date, which ends the article
    above = _over_note(text, lines, anchor)  # over the date, maybe an author's note
    # Over that, the byline's name and maybe its role on a line each.
    if above > 1 and byline_part(lines[above - 1]) and _name(text, lines[above - 2]):
        above -= 2  # "Sarah Taylor" / "Environment Correspondent"
    elif above > 0 and _name(text, lines[above - 1]):
        above -= 1  # "Sarah Taylor"
    above = _over_scoreboard(lines, above)
    run = above
    if run > 1 and _short(lines[run - 1].shown) and not _short(lines[run - 2].shown):
        run -= 1  # a summary of a few words under the headline: "Repairs will cost $12m"
    while run > 0 and run - 1 not in menu and not _short(lines[run - 1].shown):
        run -= 1
    if above - run > _RUN_LINES:
        return 0  # paragraphs of text over the date, not a headline
    head = run if run < above else _longest_last(lines, above, menu)
    if (
        head < above
        and head > 0
        and (ends_sentence(lines[head].shown) or _short_headline(lines, head, menu))
    ):
        head -= 1  # a short headline over its summary
    if head <= 0:
        return 0
    if not all(i in menu or _above_headline(text, lines[i]) for i in range(head)):
        return 0
    return head


def _over_note(text: str, lines: list[Line], anchor: int) -> int:
    """Where the byline's block ends over the date: over a line the author writes about
    themselves and the page's buttons under it (one at least), when a name and a role stand
    over that line ("Jane Doe" / "Contributor" / "I write about energy markets." / "Follow" /
    the date)."""
    note = anchor
    while note > 0 and anchor - note < _BUTTONS and is_furniture(lines[note - 1].shown):
        note -= 1
    if (
        2 < note < anchor
        and ends_sentence(lines[note - 1].shown)
        and len(lines[note - 1].shown.split()) <= _MARK_WORDS * 2
        and byline_part(lines[note - 2])
        and _name(text, lines[note - 3])
    ):
        return note - 1
    return anchor


_BOARD_LINES = 6  # the most lines of a match report's scoreboard over its byline


def _over_scoreboard(lines: list[Line], above: int) -> int:
    """Where a match report's scoreboard starts over the byline ("Rovers 2" / "Smith 23'" /
    "United 1" / "Brown 61'" / "Ian Marsh"); `above` when there is none."""
    shown = [line.shown for line in lines[:above]]
    for start in range(max(0, above - _BOARD_LINES), above - 1):
        if scoreboard(shown, start, above) == above - start:
            return start
    return above


def _short_headline(lines: list[Line], head: int, menu: set[int]) -> bool:
    """Whether the short line over the summary taken for the headline is the headline: of
    three or four words, under a section's link of one or two ("News" / "Tesco recalls
    sandwich" / "The supermarket urged customers not to eat it"), not a masthead's slogan."""
    above = lines[head - 1].shown
    if head < 2 and _two_word_headline(above, lines[head].shown):
        return True  # "Bridge reopens" / "The harbour bridge will reopen in June after …"
    if not _SECTION_WORDS < len(above.split()) <= _SHORT_WORDS or not above[:1].isupper():
        return False
    if head < 2:
        # A masthead's name at the top: "The Coastal Times" / the headline; but a headline
        # in sentence case over its summary: "Spain approves amnesty law" / "The measure …".
        return _sentence_case(above) and not is_furniture(above)
    return head - 2 in menu or len(lines[head - 2].shown.split()) <= _SECTION_WORDS


def _two_word_headline(above: str, summary: str) -> bool:
    """A headline of two words at the top over its summary in one sentence of prose, not a
    section's name in capitals or a button."""
    words = above.split()
    two = len(words) == _SECTION_WORDS and above[:1].isupper() and not above.isupper()
    section = any(word.lower() in SECTION_WORDS for word in words)  # "World news"
    return two and not section and not is_furniture(above) and summary_words(summary)


_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def _sentence_case(line: str) -> bool:
    """A line in sentence case, as a headline, not a masthead's name, is written: a word in
    small letters that is not a particle ("Spain approves amnesty law", not "The Coastal
    Times", "News of the World")."""
    words = line.split()[1:]
    return any(word[:1].islower() and word not in _SMALL_WORDS for word in words)


def _longest_last(lines: list[Line], above: int, menu: set[int]) -> int:
    """Of short lines only, the headline is the last, when it has more words than any line
    over it ("Zum Inhalt springen" / "Inland" / "Bahnstreik legt Fernverkehr lahm"); else 0."""
    if above < 2:
        return 0
    words = len(lines[above - 1].shown.split())
    over = [len(lines[i].shown.split()) for i in range(above - 1) if i not in menu]
    return above - 1 if all(count < words for count in over) else 0


def _first_mark(text: str, lines: list[Line], menu: set[int]) -> int | None:
    """The first line near the top that only an article's header holds: a "By" line, a date
    line, a date's label alone; None when a heading or labelled field comes first."""
    for index, line in enumerate(lines[: _REACH + len(menu)]):
        if index in menu:
            continue
        start, end = line.content_start, line.content_end
        if is_markdown_heading(text, line) or labelled_field(line.shown) is not None:
            return None
        if print_head(line.shown):
            continue
        if date_line(text, start, end, either=True) or label_alone(line.shown) is not None:
            return index  # a date opens the line: "Posted Tue 6 Feb 2024 at 3:58pmTuesday …"
        if len(line.shown.split()) > _MARK_WORDS:
            continue
        found = byline(text, start, end, bare=False)
        if found is not None and text[start : found.start].strip():
            return index
        if glued_date(text, start, end) or part_date(text, start, end) is not None:
            return index
    return None


def _name(text: str, line: Line) -> bool:
    """A name alone on its line, or with its outlet or role after a comma: "Sarah Taylor",
    "Jane Doe, Nikkei staff writer"."""
    start, end = line.content_start, line.content_end
    found = byline(text, start, end, bare=True)
    if found is None:
        return False
    return not text[found.rest : end].strip() or outlet_after(text, found.rest, end)


def _short(shown: str) -> bool:
    """A section link, a masthead or a slogan: a few words (a mark between them none:
    "Island Herald - Print Edition" is of four), no sentence, no date."""
    words = [word for word in shown.split() if any(c.isalnum() for c in word)]
    return len(words) <= _SHORT_WORDS and not ends_sentence(shown)


def _above_headline(text: str, line: Line) -> bool:
    """A line a page may show above its headline: no sentence, no date, no byline."""
    if len(line.shown.split()) > _HEAD_WORDS or ends_sentence(line.shown):
        return False
    if find_full_dates(line.shown):
        return False
    start, end = line.content_start, line.content_end
    found = byline(text, start, end, bare=False)
    return found is None or not text[start : found.start].strip()
