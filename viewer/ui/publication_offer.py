"""The day offered for an article with no publication date, and where it comes from: never
today, which an analyst opening an old archive would take with one Enter."""

from __future__ import annotations

import re
from datetime import date

from viewer.core.day_words import short_day
from viewer.core.model import DateBasis, Document, Precision
from viewer.workspace import Workspace

_YEAR = re.compile(r"\b[12]\d{3}\b")


def offered_day(workspace: Workspace, doc: Document) -> tuple[date, str] | None:
    """The latest day the article names with its year (it was written on or after it), else
    the publication date of the folder's article before it by name (archives are named in
    order); each with the words that say so; None when neither is known."""
    named = [
        event.date.last
        for event in workspace.events
        if event.primary.document_id == doc.id
        and event.date_basis is DateBasis.EXPLICIT
        and event.date.precision is Precision.DAY
        and _YEAR.search(event.date_text)
        and event.date.last <= date.today()
    ]
    if named:
        day = max(named)
        return day, f"{short_day(day)}, the latest day the article names"
    dated = sorted((d.id, d.date) for d in workspace.documents if d.date is not None)
    before = [(name, day) for name, day in dated if name < doc.id] or dated[:1]
    if not before:
        return None
    name, day = before[-1]
    return day, f"{short_day(day)}, the date of {name}, the article before it in the folder"
