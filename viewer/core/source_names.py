"""Sources by name: "CNN · 9 Mar 2022", not a file name, wherever a source is shown.

A source is named by its outlet where one is known, else by its article's title (shortened
at a word), else by its file name; and by its publication date. Exports keep file names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import PurePath

from viewer.core.day_words import day_span, short_day, whole_months
from viewer.core.model import DateValue, Document, Precision

NAME_CHARS = 32  # a title longer than this is shortened at a word to name its source


def short_date(value: DateValue) -> str:
    """A date at its precision, short enough for a card or a list: 9 Mar 2022, Week 10
    2022, Mar 2022, 2022, 5–6 Mar 2022."""
    first, last = value.first, value.last
    if value.precision is Precision.DAY:
        return short_day(first)
    if value.precision is Precision.WEEK:
        iso = first.isocalendar()
        return f"Week {iso.week} {iso.year}"
    if value.precision is Precision.MONTH:
        return f"{first:%b %Y}"
    if value.precision is Precision.YEAR:
        return str(first.year)
    return whole_months(first, last) or day_span(first, last)


def list_date(value: DateValue) -> str:
    """A date as the event list writes it, where room is short: as on a card, with the dash of
    a span across months or years closed up ("26 Aug–20 Oct 1989", "Sep 2009–Mar 2010")."""
    return short_date(value).replace(" – ", "–")


def shortened(text: str, limit: int = NAME_CHARS) -> str:
    """Text of at most limit characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    cut = room if text[limit - 1] == " " else room.rsplit(" ", 1)[0]
    cut = cut.rstrip(",;:—–-·… ")
    return (cut or room) + "…"


def source_name(title: str, file: str, outlet: str = "") -> str:
    """What a source is called: its outlet, else its title, else its file's name."""
    if outlet.strip():
        return shortened(outlet)
    if title.strip():
        return shortened(title)
    return PurePath(file).stem or file


_DAY_AFTER = " · "  # between a source's name and its day


def source_label(title: str, file: str, published: date | None, outlet: str = "") -> str:
    """A source as a reader knows it: "CNN · 9 Mar 2022"."""
    name = source_name(title, file, outlet)
    return f"{name}{_DAY_AFTER}{short_day(published)}" if published else name


def document_label(doc: Document) -> str:
    """The label of one document."""
    return source_label(doc.title, doc.id, doc.date)


def document_labels(documents: Iterable[Document]) -> dict[str, str]:
    """Labels by document id, told apart by their file names where two would be the same."""
    labels = {doc.id: document_label(doc) for doc in documents}
    seen = Counter(labels.values())
    return {
        doc_id: f"{label} ({PurePath(doc_id).stem})" if seen[label] > 1 else label
        for doc_id, label in labels.items()
    }


def document_names(labels: dict[str, str]) -> dict[str, str]:
    """Sources by name alone (for lanes and chips) from their labels: "CNN", with the date
    (and the file) kept where two sources would share a name. Two copies of one headline
    read the same in two lanes, told apart only by their order."""
    names = {doc_id: label.split(_DAY_AFTER)[0] for doc_id, label in labels.items()}
    seen = Counter(names.values())
    return {doc_id: labels[doc_id] if seen[name] > 1 else name for doc_id, name in names.items()}
