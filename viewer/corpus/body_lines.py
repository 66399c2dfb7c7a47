"""The article text of a plain-text article: its body lines, less a footer, as paragraphs."""

from __future__ import annotations

from bisect import bisect_left

from viewer.core.model import Span
from viewer.core.visible import VisibleText
from viewer.corpus.boilerplate import ends_sentence
from viewer.corpus.layout import Layout

BodyLine = tuple[int, int, int]  # (block, start, end): a piece of body in a paragraph


def cut_footer(body_lines: list[BodyLine], visible: VisibleText, set_aside: list[Span]) -> None:
    """Short unpunctuated lines after the last sentence are a footer, not article text: moved
    to `set_aside`; a line cut off after a comma is the article's last sentence, cut short."""
    while body_lines:
        _, start, end = body_lines[-1]
        words = visible.shown(start, end)
        if ends_sentence(words) or len(words.split()) > 12 or words.rstrip().endswith(","):
            return
        if len(body_lines) == 1:
            return
        body_lines.pop()
        set_aside.append(Span(start, end))


_NOTE_WORDS = 40  # the most words of a note on the author at the article's end


def cut_author_note(
    body_lines: list[BodyLine], visible: VisibleText, set_aside: list[Span], author: str
) -> None:
    """A note on the author ending the article, opening with the byline's name ("Emily Carter
    covers Congress for The Ledger."), is no article text: moved to `set_aside`."""
    if len(author.split()) < 2:
        return
    for back in (1, 2):
        if len(body_lines) <= back:
            return
        _, start, end = body_lines[-back]
        words = " ".join(visible.shown(start, end).split())
        after = words[len(author) + 1 :]
        if words.startswith(author + " ") and after[:1].islower():
            if len(words.split()) <= _NOTE_WORDS:
                for _ in range(back):
                    _, start, end = body_lines.pop()
                    set_aside.append(Span(start, end))
            return


# Text wrapped by hand, by an editor or a mailer breaks its lines at 70 to 80 columns: a line
# longer than this was not wrapped, and its block gives each paragraph a line of its own.
_WRAPPED_WIDTH = 100


def line_paragraphs(body_lines: list[BodyLine], visible: VisibleText) -> list[BodyLine]:
    """Body lines with their paragraphs as the file gives them: in a block that was not wrapped
    (a line of it longer than `_WRAPPED_WIDTH`), a line that ends a sentence ends its
    paragraph. Text copied from a page or written out by a feed gives each paragraph one line
    and no blank line between them ("… after last night's games.\nThe walkout began …")."""
    unwrapped = {block for block, start, end in body_lines if end - start > _WRAPPED_WIDTH}
    lines: list[BodyLine] = []
    paragraph, last_block, ended = -1, -1, False
    for block, start, end in body_lines:
        if block != last_block or (ended and block in unwrapped):
            paragraph += 1
        lines.append((paragraph, start, end))
        last_block, ended = block, ends_sentence(visible.shown(start, end))
    return lines


def assemble_body(body_lines: list[BodyLine], layout: Layout) -> None:
    """One body span per paragraph: consecutive body lines of a block joined.

    A caption or footer line inside a paragraph splits it, so no body span covers it.
    """
    set_aside = sorted(s.start for s in [*layout.boilerplate, *layout.header])
    spans: list[tuple[int, Span]] = []
    for block, start, end in body_lines:
        between = bisect_left(set_aside, spans[-1][1].end) if spans else 0
        gap_is_clear = between == len(set_aside) or set_aside[between] >= start
        if spans and spans[-1][0] == block and gap_is_clear:
            spans[-1] = (block, Span(spans[-1][1].start, end))
        else:
            spans.append((block, Span(start, end)))
    layout.body = [span for _, span in spans]
    layout.boilerplate.sort(key=lambda s: s.start)
    layout.header.sort(key=lambda s: s.start)
