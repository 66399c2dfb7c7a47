"""Where an event's sources disagree on its date, said in one short line under the date:
each date a source states, once, with the articles that state it. The panel showed the full
"Sources disagree: …" text under the note, out of sight on a laptop, and each passage of an
article over again ("a.html says 13 Oct; a.html says 13 Oct; b.txt says 14 Oct; b.txt …")."""

from __future__ import annotations

from viewer.core.effective import Effective
from viewer.core.model import DateBasis, Event

STATED = (DateBasis.EXPLICIT, DateBasis.RELATIVE, DateBasis.USER)  # as the merge counts them


def _stated(event: Event) -> dict[str, dict[str, list[str]]]:
    """Each date stated in a source: the articles that state it, each once, with the words
    that dated it there, each once."""
    where: dict[str, dict[str, list[str]]] = {}
    for index, passage in enumerate(event.passages):
        dating = event.dating_of(index)
        if dating.basis in STATED:
            words = where.setdefault(dating.value.label(), {}).setdefault(passage.document_id, [])
            if dating.text not in words:
                words.append(dating.text)
    return where


def _corrected(shown: Effective) -> str:
    if shown.date_basis is DateBasis.USER:
        return f" Corrected by the user to {shown.date.iso_span()}."
    return ""


def disagreement_line(event: Event, shown: Effective) -> str:
    """ "Sources disagree: 13 Oct 2025 in a.html; 14 Oct 2025 in b.txt." and the user's
    correction, if any; "" where they agree."""
    if not event.date_conflict:
        return ""
    said = "; ".join(f"{day} in {', '.join(files)}" for day, files in _stated(event).items())
    return f"Sources disagree: {said}.{_corrected(shown)}"


def disagreement_tip(event: Event, shown: Effective) -> str:
    """The line's tooltip: a line for each date, each article once with the words that dated
    it, and the date the merge kept. It was the merge's own account, which named an article
    once per passage ("a.txt says 2025-11-25 (“Tuesday”); a.txt says 2025-11-25 …")."""
    if not event.date_conflict:
        return ""
    lines = ["Sources disagree:"]
    for day, files in _stated(event).items():
        quoted = (f"{file} (“{'”, “'.join(words)}”)" for file, words in files.items())
        lines.append(f"{day} in {', '.join(quoted)}")
    lines.append(f"Kept {event.date.label()}, the most precise date stated in a source.")
    lines.append(_corrected(shown).strip())
    return "\n".join(lines).strip()
