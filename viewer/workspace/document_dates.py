"""Publication dates as the files gave them and as the user corrected them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from viewer.core.model import DocDateBasis, Document, Span

# A publication date as the file gave it: value, how it was found, its words and where.
FoundDate = tuple[date | None, DocDateBasis, str, Span | None]


def found_and_corrected(
    documents: Sequence[Document], corrected: Mapping[str, date]
) -> dict[str, FoundDate]:
    """Put the user's corrected dates on the documents; return the dates the files gave."""
    found: dict[str, FoundDate] = {}
    for doc in documents:
        if doc.date_basis is DocDateBasis.USER:
            continue  # corrected already, by the load that read it
        found[doc.id] = (doc.date, doc.date_basis, doc.date_text, doc.date_span)
        if doc.id in corrected:
            correct(doc, corrected[doc.id])
    return found


def correct(doc: Document, value: date) -> None:
    """The user's publication date in place of the file's."""
    doc.date = value
    doc.date_basis = DocDateBasis.USER
    doc.date_text = value.isoformat()


def put_back(doc: Document, found: FoundDate | None) -> None:
    """The file's own publication date again, once the user's correction is withdrawn."""
    if found is not None:
        doc.date, doc.date_basis, doc.date_text, doc.date_span = found


def redate(
    documents: Sequence[Document], corrected: Mapping[str, date], found: Mapping[str, FoundDate]
) -> None:
    """Every document dated as the project now says: corrected, or as its file gave it."""
    for doc in documents:
        if doc.id in corrected:
            correct(doc, corrected[doc.id])
        else:
            put_back(doc, found.get(doc.id))
