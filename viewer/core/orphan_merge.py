"""What an orphan's work becomes on the event its passage became: the one rule of attaching.

Onto an event with no annotation, the orphan's whole annotation. Onto one the user annotated,
nothing typed is lost: the notes are both kept (the event's, a blank line, the orphan's; not
twice if the event's note holds the orphan's already), the tags are the event's then the
orphan's others, and a star stays if either had one. A status, corrected date or title is the
event's own where it has one (a status other than unreviewed); the orphan's fills it where it
has none, and an orphan's value that differs from the event's own is not applied, and named.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.annotations import Annotation, Status

KEPT_FIELDS = ("status", "date", "title")  # the event's own wins over the orphan's


@dataclass(frozen=True)
class Attaching:
    """The fields the target event is given, and the orphan's values that are not applied,
    each as a reader would name it ("status “disputed”")."""

    fields: dict[str, object]
    not_applied: tuple[str, ...]
    whole: bool  # the event had no annotation: it takes the orphan's as it is


def attaching(target: Annotation | None, orphan: Annotation) -> Attaching:
    """The orphan's work joined with the target event's own annotation (None: it has none)."""
    if target is None or target.is_empty():
        return Attaching(orphan.user_fields(), (), True)
    fields: dict[str, object] = {
        "note": joined_notes(target.note, orphan.note),
        "tags": target.tags + tuple(t for t in orphan.tags if t not in target.tags),
        "starred": target.starred or orphan.starred,
    }
    not_applied: list[str] = []
    for name in KEPT_FIELDS:
        own, theirs = getattr(target, name), getattr(orphan, name)
        fields[name] = theirs if _unset(name, own) else own
        if not _unset(name, own) and not _unset(name, theirs) and own != theirs:
            not_applied.append(f"{_word(name)} “{_shown(theirs)}”")
    return Attaching(fields, tuple(not_applied), False)


def joined_notes(own: str, orphan: str) -> str:
    """The event's note, a blank line, then the orphan's; either alone if the other is empty,
    and the event's alone if it holds the orphan's already (pasted there by hand)."""
    if not orphan.strip() or orphan.strip() in own:
        return own
    if not own.strip():
        return orphan
    return f"{own.rstrip()}\n\n{orphan}"


def _unset(name: str, value: object) -> bool:
    return value is None or (name == "status" and value is Status.UNREVIEWED)


def _word(name: str) -> str:
    return {"status": "status", "date": "corrected date", "title": "title"}[name]


def _shown(value: object) -> str:
    label = getattr(value, "label", None)
    return str(label()) if callable(label) else str(value)
