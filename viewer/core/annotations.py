"""What a user adds to an event, anchored to its passage so it survives re-extraction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from viewer.core.model import DateBasis, DateValue


class Status(StrEnum):
    """Review status of an event."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotated passage is: offsets, the quoted text and the text around it."""

    document_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""  # up to 32 characters before the quote
    suffix: str = ""  # up to 32 characters after the quote


CONTEXT_CHARS = 32


def anchor_for(document_id: str, text: str, start: int, end: int) -> Anchor:
    """Anchor a span of a document's text by offsets, quote and context."""
    return Anchor(
        document_id,
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )


# The fields of an annotation the user edits (the rest say where it is and what befell it).
USER_FIELDS = ("note", "tags", "status", "starred", "title", "date")


@dataclass(frozen=True, slots=True)
class Annotation:
    """A user's work on one event. Empty fields mean 'not set'."""

    event_id: str
    anchor: Anchor
    note: str = ""
    tags: tuple[str, ...] = ()
    status: Status = Status.UNREVIEWED
    starred: bool = False
    title: str | None = None  # corrected title
    date: DateValue | None = None  # corrected date
    orphaned: bool = False  # its passage can no longer be found
    history: tuple[str, ...] = field(default=())  # what happened to it (re-anchored…)

    def with_(self, **changes: object) -> Annotation:
        return replace(self, **changes)  # type: ignore[arg-type]

    def user_fields(self) -> dict[str, object]:
        """The fields the user edits, by name."""
        return {name: getattr(self, name) for name in USER_FIELDS}

    def is_empty(self) -> bool:
        return (
            not self.note
            and not self.tags
            and self.status is Status.UNREVIEWED
            and not self.starred
            and self.title is None
            and self.date is None
        )


@dataclass(frozen=True, slots=True)
class UserEvent:
    """An event the user made from a passage they selected in an article, with how its date
    was found when it was made: by the passage's own words, by its article's publication, or
    (in projects older than that record) taken as the user's."""

    id: str
    anchor: Anchor
    date: DateValue
    title: str
    basis: DateBasis = DateBasis.USER
    date_text: str = ""


class GroupAction(StrEnum):
    """A user's correction of the merge: join a passage to another's event, or split it out."""

    JOIN = "join"
    SPLIT = "split"


@dataclass(frozen=True, slots=True)
class Grouping:
    """One manual merge or split, keyed by passage ids so it survives re-extraction."""

    passage_id: str  # passage_id(document_id, text) of the passage moved
    action: GroupAction
    target: str = ""  # for JOIN: the passage id whose event it joins
