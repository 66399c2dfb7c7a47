"""The user's work survives reopening, re-extraction and edited source files."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from tests.workspace.test_kept_timeline import _show_kept
from viewer.core.annotations import Status
from viewer.core.model import DateValue
from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = "003_4562f5bd9218622e.txt"


def _open(corpus: Path, project: Path) -> Workspace:
    workspace = Workspace.open([corpus], project)
    workspace.load_all()
    return workspace


def _copy_seeds(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return corpus


def _edit_title(corpus: Path) -> None:
    """Edit the article on disk before its text: every passage moves by the words added."""
    path = corpus / ARTICLE
    text = path.read_text(encoding="utf-8")
    title_end = text.index("\n")
    path.write_text(text[:title_end] + " (updated)" + text[title_end:], encoding="utf-8")


def _event_with(workspace: Workspace, words: str) -> str:
    (found,) = [e.id for e in workspace.events if any(words in p.text for p in e.passages)]
    return found


def test_a_manual_merge_and_split_survive_reopening(tmp_path: Path) -> None:
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    target = _event_with(ws, "met in Bucharest")
    other = _event_with(ws, "Keep calm and give tanks")
    ws.merge(target, other)
    merged = ws.event(_event_with(ws, "met in Bucharest"))
    assert {p.text[:20] for p in merged.passages} >= {
        "NATO foreign ministe",
        "Ahead of the meeting",
    }
    troops = ws.event(_event_with(ws, "an additional 500 US troops"))
    assert troops.source_count == 2
    # The other article's passages: its lede and the headline that retells it.
    for passage in [p for p in troops.passages if p.document_id != troops.primary.document_id]:
        ws.split(troops.id, passage)
    ws.close()

    ws = _open(corpus, project)
    assert _event_with(ws, "met in Bucharest") == _event_with(ws, "Keep calm and give tanks")
    assert ws.event(_event_with(ws, "an additional 500 US troops")).source_count == 1
    assert ws.event(_event_with(ws, "deployment of an additional 500")).source_count == 1
    ws.close()


def test_an_annotation_follows_its_passage_when_text_is_inserted_before(tmp_path: Path) -> None:
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    event_id = _event_with(ws, "met in Bucharest")
    ws.edit_annotation(event_id, note="seen", status=Status.CONFIRMED)
    old_start = ws.event(event_id).primary.start
    ws.close()

    _edit_title(corpus)

    ws = _open(corpus, project)
    event = ws.event(_event_with(ws, "met in Bucharest"))
    assert event.primary.start == old_start + len(" (updated)")
    note = ws.annotation(event.id)
    assert (note.note, note.status) == ("seen", Status.CONFIRMED)
    assert ws.orphans() == []
    ws.close()


def test_an_annotation_whose_passage_is_gone_is_an_orphan_never_dropped(tmp_path: Path) -> None:
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    event_id = _event_with(ws, "met in Bucharest")
    ws.edit_annotation(event_id, note="check this one")
    ws.close()

    path = corpus / ARTICLE
    text = path.read_text(encoding="utf-8")
    start = text.index("NATO foreign ministers met")
    end = text.index("\n", start)
    path.write_text(text[:start] + text[end:], encoding="utf-8")

    ws = _open(corpus, project)
    (orphan,) = ws.orphans()
    assert orphan.note == "check this one"
    assert orphan.orphaned
    assert "met in Bucharest" in orphan.anchor.quote
    ws.close()
    # Still kept in the project: reopening lists it again.
    ws = _open(corpus, project)
    assert [o.note for o in ws.orphans()] == ["check this one"]
    ws.close()


def test_correcting_a_publication_date_redates_its_relative_dates(tmp_path: Path) -> None:
    from datetime import date

    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    event_id = _event_with(ws, "met in Bucharest")
    assert ws.event(event_id).date.first == date(2022, 11, 29)
    ws.set_document_date(ARTICLE, date(2022, 12, 5))  # a Monday: "on Tuesday" is 29 November
    assert ws.event(_event_with(ws, "met in Bucharest")).date.first == date(2022, 11, 29)
    ws.set_document_date(ARTICLE, date(2022, 12, 8))  # a Thursday: "on Tuesday" is 6 December
    assert ws.event(_event_with(ws, "met in Bucharest")).date.first == date(2022, 12, 6)
    ws.close()
    ws = _open(corpus, project)
    assert ws.event(_event_with(ws, "met in Bucharest")).date.first == date(2022, 12, 6)
    ws.set_document_date(ARTICLE, None)
    assert ws.event(_event_with(ws, "met in Bucharest")).date.first == date(2022, 11, 29)
    ws.close()


def test_undoing_a_first_date_correction_puts_the_event_back_in_date_order(
    tmp_path: Path,
) -> None:
    ws = _open(_copy_seeds(tmp_path), tmp_path / "p.tlproj")
    event = ws.events[0]
    change = ws.edit_annotation(event.id, date=DateValue.day(date(2030, 1, 1)))
    assert ws.events[-1].id == event.id
    ws.undo_annotation(change)
    assert ws.events[0].id == event.id
    firsts = [ws.effective(e).date.first for e in ws.events]
    assert firsts == sorted(firsts)
    ws.close()


def test_an_event_made_from_a_selection_follows_its_words_when_text_is_inserted_before(
    tmp_path: Path,
) -> None:
    """A user's own event keeps the words they selected, its note and its id when the
    article is edited above them (a correction added at the top, then reopened or F5)."""
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    doc = ws.document(ARTICLE)
    assert doc is not None
    words = "NATO foreign ministers met"
    start = doc.text.index(words)
    made = ws.add_event(ARTICLE, start, start + len(words))
    ws.edit_annotation(made.id, note="my own")
    ws.close()

    _edit_title(corpus)

    ws = _open(corpus, project)
    event = ws.event(made.id)
    assert event.primary.text == words
    assert event.primary.start == start + len(" (updated)")
    assert ws.annotation(made.id).note == "my own"
    assert ws.orphans() == []
    ws.close()


def test_an_event_made_from_words_edited_away_is_not_put_on_other_words(
    tmp_path: Path,
) -> None:
    """Its words rewritten in the article: the event stood on whatever text had taken their
    place, under its old title, unsaid (or on no text at all, the article cut short). Now it
    is left off the timeline, kept, and said; its note is an orphan, as any other's."""
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    doc = ws.document(ARTICLE)
    assert doc is not None
    words = "NATO foreign ministers met"
    start = doc.text.index(words)
    made = ws.add_event(ARTICLE, start, start + len(words))
    ws.edit_annotation(made.id, note="my own")
    title = made.title
    ws.close()

    article = corpus / ARTICLE
    article.write_text(
        article.read_text(encoding="utf-8").replace(words, "The allies' envoys gathered"),
        encoding="utf-8",
    )

    ws = _open(corpus, project)
    try:
        assert not any(e.id.startswith("u") for e in ws.events)
        assert [o.note for o in ws.orphans()] == ["my own"]
        told = " ".join(ws.article_changes_told())
        assert f"“{title}”" in told and "no longer" in told
    finally:
        ws.close()
    article.write_text(
        article.read_text(encoding="utf-8").replace("The allies' envoys gathered", words),
        encoding="utf-8",
    )
    ws = _open(corpus, project)  # the words put back: the event is back, and its note
    try:
        assert ws.event(made.id).primary.text == words
        assert ws.annotation(made.id).note == "my own"
    finally:
        ws.close()


def test_a_merge_whose_passage_was_edited_is_said_to_no_longer_apply(tmp_path: Path) -> None:
    """A typo fixed inside a passage the user merged: merges are kept by the passage's words,
    so it no longer applies, and the events stood apart again without a word. It is said."""
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    ws.merge(_event_with(ws, "met in Bucharest"), _event_with(ws, "Keep calm and give tanks"))
    assert ws.article_changes_told() == []
    (moved,) = [e for e in ws.events if "Keep calm and give tanks" in e.passages_text()]
    document = next(p.document_id for p in moved.passages if "Keep calm" in p.text)
    ws.close()

    path = corpus / document
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Keep calm and give tanks", "Keep calm, give tanks"), "utf-8")

    ws = _open(corpus, project)
    try:
        told = " ".join(ws.article_changes_told())
        assert "1 of your merges and splits no longer applies" in told
    finally:
        ws.close()


def test_nothing_of_the_users_is_said_lost_while_the_kept_timeline_shows(tmp_path: Path) -> None:
    """The timeline kept at closing shows before any article is read: its articles have no
    text yet, so no event made from one and no merge may be said to find no words."""
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    doc = ws.document(ARTICLE)
    assert doc is not None
    start = doc.text.index("NATO foreign ministers met")
    ws.add_event(ARTICLE, start, start + len("NATO foreign ministers met"))
    ws.merge(_event_with(ws, "met in Bucharest"), _event_with(ws, "Keep calm and give tanks"))
    ws.close()
    ws = Workspace.open([corpus], project)
    try:
        assert _show_kept(ws)
        assert ws.article_changes_told() == []
    finally:
        ws.close()


def test_events_made_from_an_article_deleted_are_said_kept(tmp_path: Path) -> None:
    """The article gone ("1 gone"): the events made from its text left the timeline with no
    word of them. They are named, kept, and come back with it."""
    corpus, project = _copy_seeds(tmp_path), tmp_path / "p.tlproj"
    ws = _open(corpus, project)
    try:
        doc = ws.document(ARTICLE)
        assert doc is not None
        start = doc.text.index("NATO foreign ministers met")
        made = ws.add_event(ARTICLE, start, start + len("NATO foreign ministers met"))
        kept = (corpus / ARTICLE).read_bytes()
        (corpus / ARTICLE).unlink()
        ws.load_all()  # View › Reload
        told = " ".join(ws.article_changes_told())
        assert f"1 gone ({ARTICLE})" in told
        assert f"1 event you made from {ARTICLE} is not shown" in told
        (corpus / ARTICLE).write_bytes(kept)
        ws.load_all()
        assert ws.has_event(made.id)
    finally:
        ws.close()
