"""The rule that the user's corrections win: an event's date and title as it is shown,
sorted, filtered, exported and drawn, written once for every view and export."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.annotations import Annotation
from viewer.core.model import DateBasis, DateValue, Event

CORRECTED_DATE_TEXT = "corrected by the user"


@dataclass(frozen=True, slots=True)
class Effective:
    """An event as the user sees it: their date and title where they gave one, else the
    extracted ones, and how the date shown was found."""

    date: DateValue
    title: str
    date_basis: DateBasis
    date_text: str


def effective(event: Event, annotation: Annotation | None) -> Effective:
    """The event's date and title with the user's corrections winning over the extracted ones."""
    if annotation is None:
        return Effective(event.date, event.title, event.date_basis, event.date_text)
    title = annotation.title or event.title
    if annotation.date is None:
        return Effective(event.date, title, event.date_basis, event.date_text)
    return Effective(annotation.date, title, DateBasis.USER, CORRECTED_DATE_TEXT)
