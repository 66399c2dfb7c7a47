"""Where an event's sources disagree on its date, said in one short line under the date:
each date a source states, once, with the articles that state it. The panel showed the full
"Sources disagree: …" text under the note, out of sight on a laptop, and each passage of an
article over again ("a.html says 13 Oct; a.html says 13 Oct; b.txt says 14 Oct; b.txt …")."""

from __future__ import annotations

from viewer.core.effective import Effective
from viewer.core.model import DateBasis, Event

STATED = (DateBasis.EXPLICIT, DateBasis.RELATIVE, DateBasis.USER)  # as the merge counts them


def disagreement_line(event: Event, shown: Effective) -> str:
    """ "Sources disagree: 13 Oct 2025 in a.html; 14 Oct 2025 in b.txt." and the user's
    correction, if any; "" where they agree."""
    if not event.date_conflict:
        return ""
    where: dict[str, list[str]] = {}
    for index, passage in enumerate(event.passages):
        dating = event.dating_of(index)
        if dating.basis in STATED:
            files = where.setdefault(dating.value.label(), [])
            if passage.document_id not in files:
                files.append(passage.document_id)
    said = "; ".join(f"{day} in {', '.join(files)}" for day, files in where.items())
    line = f"Sources disagree: {said}."
    if shown.date_basis is DateBasis.USER:
        line += f" Corrected by the user to {shown.date.iso_span()}."
    return line
