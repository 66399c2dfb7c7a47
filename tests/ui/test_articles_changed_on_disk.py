"""Reopening a project whose articles changed on disk says what changed, and which of the
user's annotated events it touched, instead of showing the new timeline as if nothing had."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from viewer.ui.dock_room import STRIP_FLOOR
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

FIRE = """2013-07-22

A fire gutted a supermarket in the town centre.

More than 50 firefighters tackled the blaze, which broke out on the roof at 2045 GMT on Friday.

{added}Sixty residents were moved from their homes, while shops nearby suffered smoke damage.

No-one was injured in the fire, which police are treating as suspicious.
"""
ADDED = "A spokesman for the fire service said on Saturday that the roof had collapsed. "
OTHER = """2013-07-23

A man was charged with arson on Tuesday over the supermarket fire.
"""
NEW = """2013-07-24

The supermarket said on Wednesday that it would reopen next month.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fire.txt").write_text(FIRE.format(added=""), encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    return folder


def _event_of(ws: Workspace, words: str) -> str:
    (event_id,) = [e.id for e in ws.events if any(words in p.text for p in e.passages)]
    return event_id


def _annotate_yesterday(corpus: Path, project: Path) -> tuple[str, str]:
    ws = Workspace.open([corpus], project_path=project)
    ws.load_all()
    residents, charged = _event_of(ws, "Sixty residents"), _event_of(ws, "charged with arson")
    assert ws.event(residents).date.label() == "Fri 19 Jul 2013"
    ws.edit_annotation(residents, note="Moved on Friday night, per the council")
    ws.edit_annotation(charged, note="Check the court list", starred=True)
    ws.close()  # the timeline is kept, as when the window closes
    return residents, charged


def _change_on_disk(corpus: Path) -> None:
    (corpus / "fire.txt").write_text(FIRE.format(added=ADDED), encoding="utf-8")
    (corpus / "other.txt").unlink()
    (corpus / "new.txt").write_text(NEW, encoding="utf-8")


def _reopened(qtbot: QtBot, corpus: Path, project: Path) -> MainWindow:
    window = MainWindow(Workspace.open([corpus], project_path=project))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.start_loading()

    def ready() -> bool:
        return window.workspace.state.checked and not window.is_loading()

    qtbot.waitUntil(ready, timeout=20_000)
    return window


def test_reopening_after_the_articles_changed_says_what_changed_and_what_it_moved(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p.tlproj"
    residents, charged = _annotate_yesterday(corpus, project)
    _change_on_disk(corpus)

    window = _reopened(qtbot, corpus, project)

    told = window.banner.label.text()
    assert window.banner.isVisible()
    assert "1 edited (fire.txt), 1 gone (other.txt), 1 new (new.txt)" in told
    # The note followed its passage, and the date it now shows is said, with the one before.
    ws = window.workspace
    note = ws.annotation(residents)
    assert note.note == "Moved on Friday night, per the council"
    doc = ws.document("fire.txt")
    assert doc is not None
    assert doc.text[note.anchor.start : note.anchor.end].startswith("Sixty residents")
    assert ws.event(residents).date.label() == "Sat 20 Jul 2013"
    assert "“Sixty residents were moved from their homes" in told
    assert "now dated Sat 20 Jul 2013 (was Fri 19 Jul 2013)" in told
    # The deleted article's note is an orphan, kept and pointed to.
    assert [o.event_id for o in ws.orphans()] == [charged]
    assert "1 event you annotated could not be found again" in told


def test_reopening_unchanged_articles_says_nothing(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p.tlproj"
    _annotate_yesterday(corpus, project)

    window = _reopened(qtbot, corpus, project)

    assert "changed on disk" not in window.banner.label.text()
    assert not window.banner.isVisible()


def test_reloading_articles_edited_while_open_says_what_changed(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p.tlproj"
    residents, _charged = _annotate_yesterday(corpus, project)
    window = _reopened(qtbot, corpus, project)
    assert not window.banner.isVisible()
    (corpus / "fire.txt").write_text(FIRE.format(added=ADDED), encoding="utf-8")

    window.actions_.action("reload").trigger()  # File › Reload Articles (F5)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20_000)

    told = window.banner.label.text()
    assert "1 edited (fire.txt)." in told
    assert "now dated Sat 20 Jul 2013 (was Fri 19 Jul 2013)" in told
    assert window.workspace.annotation(residents).note == "Moved on Friday night, per the council"


HEADLINED = (
    "Fire guts the supermarket in the town centre and sixty residents are moved from "
    "their homes overnight\n"
    """By Regional Reporter and Another Correspondent, Valley Gazette
2013-07-22

{fire}
"""
)


def test_with_the_strip_and_the_orphans_open_on_a_laptop_the_passage_stays_readable(
    qtbot: QtBot, tmp_path: Path, corpus: Path
) -> None:
    """At 1366 x 768 the lines on what changed on disk and the Orphans dock took all their
    height from the list and the article, and the article's header (a long headline, a
    byline) most of what was left: the passage showed in three lines. The timeline gives way
    to both now, down to a row of cards, and the header to the text."""
    fire = FIRE.format(added="").split("\n", 2)[2]
    (corpus / "fire.txt").write_text(HEADLINED.format(fire=fire), encoding="utf-8")
    project = tmp_path / "p.tlproj"
    _annotate_yesterday(corpus, project)
    (corpus / "fire.txt").write_text(
        HEADLINED.format(fire=fire.replace("No-one", ADDED + "No-one")), encoding="utf-8"
    )
    (corpus / "other.txt").unlink()
    window = _reopened(qtbot, corpus, project)
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.orphans_dock.isVisible())
    window.select_event(_event_of(window.workspace, "Sixty residents"))
    text = window.source_view.text

    def lines() -> int:
        return text.viewport().height() // text.fontMetrics().lineSpacing()

    # The panes settle once the passage is shown: waited for, not a fixed pause, which a busy
    # machine outran.
    qtbot.waitUntil(lambda: lines() >= 6, timeout=5000)
    assert window.timeline_pane.timeline.height() >= STRIP_FLOOR  # a row of cards
    title = window.source_view.title
    assert title.toolTip() == title.text()
