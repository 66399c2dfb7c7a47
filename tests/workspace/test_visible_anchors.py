"""Annotations saved before passages were read as visible text stay on their passages.

Event ids are made from the words as written in the file, so passages with markup inside
keep their ids. A passage that used to begin on markup ("*Politico* reported…") now begins
on its first word: its annotation follows it, found by the words a reader sees.
"""

from __future__ import annotations

from pathlib import Path

from tests.workspace.opening import loaded
from viewer.core.annotations import Anchor, Annotation, anchor_for
from viewer.core.model import passage_id
from viewer.workspace.anchor_follow import quote_as_shown

ARTICLE = "004_b890c7d492dc02e3.txt"


def _save_old_annotation(
    corpus: Path, project: Path, start: int, end: int, history: str = ""
) -> str:
    """An annotation as an earlier version saved it: on the event of the passage `start`-`end`
    of the Markdown seed, by that passage's id. Returns the id."""
    ws = loaded(corpus, project)
    doc = ws.documents_by_id[ARTICLE]
    old_id = passage_id(doc.id, doc.text[start:end])
    anchor = anchor_for(doc.id, doc.text, start, end)
    ws.project.save_annotation(Annotation(old_id, anchor, note="checked against the Pentagon"))
    if history:
        ws.project.add_history(old_id, history)
    ws.close()
    return old_id


def test_a_passage_with_markup_inside_keeps_its_event_and_annotation(
    corpus: Path, tmp_path: Path
) -> None:
    text = (corpus / ARTICLE).read_text(encoding="utf-8")
    start = text.index("The staggering pace")
    end = text.index("Monday morning") + len("Monday morning")
    old_id = _save_old_annotation(corpus, tmp_path / "p.tlproj", start, end)
    ws = loaded(corpus, tmp_path / "p.tlproj")
    try:
        event = ws.event(old_id)  # "*New York Times*", a blank line inside: the same id as before
        assert "to Ukraine was spelled out in a report in the New York Times" in event.primary.text
        assert ws.annotation(old_id).note == "checked against the Pentagon"
        assert ws.orphans() == [] and ws.history(old_id) == []
    finally:
        ws.close()


def test_an_annotation_on_a_passage_that_began_on_markup_follows_it(
    corpus: Path, tmp_path: Path
) -> None:
    text = (corpus / ARTICLE).read_text(encoding="utf-8")
    start = text.index("*Politico* reported")
    end = text.index('with European allies."') + len('with European allies."')
    old_id = _save_old_annotation(corpus, tmp_path / "p.tlproj", start, end)
    ws = loaded(corpus, tmp_path / "p.tlproj")
    try:
        assert not ws.has_event(old_id)
        (event,) = [e for e in ws.events if e.primary.text.startswith("Politico reported")]
        assert (event.primary.start, event.primary.end) == (start + 1, end)
        note = ws.annotation(event.id)
        assert note.note == "checked against the Pentagon"
        assert (note.anchor.start, note.anchor.end) == (start + 1, end)
        assert ws.orphans() == []
        (line,) = ws.history(event.id)
        assert "reads the same" in line
    finally:
        ws.close()
    ws = loaded(corpus, tmp_path / "p.tlproj")  # saved where it now is: nothing more to do
    try:
        assert ws.annotation(event.id).note == "checked against the Pentagon"
        assert len(ws.history(event.id)) == 1
    finally:
        ws.close()


def test_a_quote_reads_as_its_article_shows_it(corpus: Path, tmp_path: Path) -> None:
    ws = loaded(corpus, tmp_path / "p.tlproj")
    try:
        doc = ws.documents_by_id[ARTICLE]
        start = doc.text.index("*Politico* reported")
        here = anchor_for(doc.id, doc.text, start, start + 31)
        assert quote_as_shown(here, doc) == 'Politico reported that "There'
        gone = Anchor(doc.id, 0, 5, "As the *Times* wrote,\nit cost \\$5", "", "")
        assert quote_as_shown(gone, doc) == "As the Times wrote, it cost $5"
        page = Anchor("page.html", 0, 5, "AT&amp;T <b>said</b>", "", "")
        assert quote_as_shown(page, None) == "AT&T said"
    finally:
        ws.close()


def test_an_annotation_that_follows_its_passage_takes_its_history_along(
    corpus: Path, tmp_path: Path
) -> None:
    text = (corpus / ARTICLE).read_text(encoding="utf-8")
    start = text.index("*Politico* reported")
    end = text.index('with European allies."') + len('with European allies."')
    past = "imported from edited.csv"
    old_id = _save_old_annotation(corpus, tmp_path / "p.tlproj", start, end, past)
    ws = loaded(corpus, tmp_path / "p.tlproj")
    try:
        (event,) = [e for e in ws.events if e.primary.text.startswith("Politico reported")]
        lines = ws.history(event.id)
        assert lines[0].endswith(past) and "reads the same" in lines[1]
        assert ws.history(old_id) == []
    finally:
        ws.close()
