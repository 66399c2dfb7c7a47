"""What changed in a project's articles since the timeline on screen was made from them:
files edited, gone or new, said in a line or two so that nothing changes unseen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from viewer.core.annotations import Annotation, GroupAction, Grouping, UserEvent
from viewer.core.counted_words import agreeing, counted
from viewer.core.model import DateValue, Document, Event, passage_id
from viewer.core.source_names import shortened

NAMED = 3  # files named in a line; the rest are counted


@dataclass(frozen=True)
class ArticleChanges:
    """The articles edited, gone and new since the timeline shown before, by document id."""

    edited: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    # Annotated events the edit dated otherwise: (title, date before, date now).
    redated: tuple[tuple[str, DateValue, DateValue], ...] = ()
    renamed: tuple[str, ...] = ()  # "old → new", the text unchanged: the work went with it

    def __bool__(self) -> bool:
        return bool(self.edited or self.gone or self.new or self.renamed)


def with_renamed(changes: ArticleChanges, renamed: Mapping[str, str]) -> ArticleChanges:
    """The changes with the articles renamed told as such, not as one gone and one new."""
    if not renamed:
        return changes
    gone = tuple(i for i in changes.gone if i not in renamed)
    new = tuple(i for i in changes.new if i not in renamed.values())
    pairs = tuple(f"{old} → {now}" for old, now in sorted(renamed.items()))
    return replace(changes, gone=gone, new=new, renamed=pairs)


def changes_between(before: Mapping[str, str], after: Sequence[Document]) -> ArticleChanges:
    """The changes from articles known by their content hash (by id) to those just read."""
    now = {d.id: d.content_hash for d in after}
    edited = [i for i, content in now.items() if i in before and before[i] != content]
    gone = [i for i in before if i not in now]
    new = [i for i in now if i not in before]
    return ArticleChanges(tuple(sorted(edited)), tuple(sorted(gone)), tuple(sorted(new)))


def with_redated(
    changes: ArticleChanges,
    dated_before: Mapping[str, DateValue],
    events: Sequence[Event],
    annotations: Mapping[str, Annotation],
) -> ArticleChanges:
    """The changes with the annotated events of edited articles whose found date moved (a
    date the user corrected stays theirs, so it is not among them)."""
    edited = set(changes.edited)
    redated = tuple(
        (e.title, dated_before[e.id], e.date)
        for e in events
        if e.id in annotations
        and annotations[e.id].date is None
        and e.id in dated_before
        and dated_before[e.id] != e.date
        and any(p.document_id in edited for p in e.passages)
    )
    return replace(changes, redated=redated)


def told(
    changes: ArticleChanges, annotations: Sequence[Annotation], orphans: Sequence[Annotation]
) -> list[str]:
    """The lines that tell the user what changed, and which of their work to look at again:
    annotations in an edited article (they followed their passages; dates may have moved),
    and those the change left orphaned."""
    if not changes:
        return []
    parts = [
        f"{len(ids)} {word} ({_named(ids)})"
        for ids, word in (
            (changes.edited, "edited"),
            (changes.gone, "gone"),
            (changes.new, "new"),
            (changes.renamed, "renamed, the work on it with it"),
        )
        if ids
    ]
    lines = [f"The articles changed on disk since this timeline was last made: {', '.join(parts)}."]
    edited = set(changes.edited)
    lost = {a.event_id for a in orphans if a.anchor.document_id in edited | set(changes.gone)}
    moved = sum(1 for a in annotations if a.anchor.document_id in edited and a.event_id not in lost)
    orphaned = len(lost)
    if moved:
        lines.append(
            f"{counted(moved, 'event')} you annotated "
            + agreeing(
                moved,
                "is in an edited article: its annotation followed its passage.",
                "are in edited articles: their annotations followed their passages.",
            )
        )
    for title, was, now in changes.redated[:NAMED]:
        lines.append(f"“{shortened(title, 50)}” is now dated {now.label()} (was {was.label()}).")
    if len(changes.redated) > NAMED:
        more = counted(len(changes.redated) - NAMED, "more annotated event")
        lines.append(f"… and {more} dated anew.")
    if orphaned:
        lines.append(
            f"{counted(orphaned, 'event')} you annotated could not be found again: "
            f"see View › Orphans, where {agreeing(orphaned, 'its notes are', 'their notes are')} "
            "kept."
        )
    return lines


def _named(ids: Sequence[str]) -> str:
    shown = ", ".join(ids[:NAMED])
    return shown if len(ids) <= NAMED else f"{shown} and {len(ids) - NAMED} more"


def unplaced_told(made: Sequence[UserEvent]) -> list[str]:
    """The events the user made whose words are no longer in their articles, named."""
    lines = [
        f"“{shortened(u.title, 50)}”, an event you made, is not shown: its words are no "
        f"longer in {u.anchor.document_id} (kept: it is back when they are)."
        for u in made[:NAMED]
    ]
    if len(made) > NAMED:
        more = len(made) - NAMED
        lines.append(
            f"… and {counted(more, 'more event')} you made, "
            f"{agreeing(more, 'its', 'their')} words edited away."
        )
    return lines


def gone_made_told(changes: ArticleChanges, users: Sequence[UserEvent]) -> list[str]:
    """The events the user made from articles gone since the timeline shown, counted."""
    gone = set(changes.gone)
    counts: dict[str, int] = {}
    for made in users:
        if made.anchor.document_id in gone:
            counts[made.anchor.document_id] = counts.get(made.anchor.document_id, 0) + 1
    return [
        f"{counted(n, 'event')} you made from {doc} "
        f"{agreeing(n, 'is', 'are')} not shown (kept: {agreeing(n, 'it comes', 'they come')} "
        "back with the article)."
        for doc, n in sorted(counts.items())
    ]


def unapplied_told(groupings: Sequence[Grouping], events: Sequence[Event]) -> list[str]:
    """A line when some of the user's merges and splits find their passages no longer: kept
    by a passage's words, one no longer applies once they are edited (a typo fixed)."""
    if not groupings:
        return []  # no passage's id worked out for nothing
    ids = {passage_id(p.document_id, p.source_text) for e in events for p in e.passages}
    lost = sum(
        1
        for g in groupings
        if g.passage_id not in ids or (g.action is GroupAction.JOIN and g.target not in ids)
    )
    if not lost:
        return []
    one = lost == 1
    return [
        f"{lost} of your merges and splits no longer appl{'ies' if one else 'y'}: the words "
        f"of {'its' if one else 'their'} passages were edited, or their article is gone. "
        f"{'It is' if one else 'They are'} kept, and apply again if the words come back; "
        "merge or split by hand to have it now."
    ]
