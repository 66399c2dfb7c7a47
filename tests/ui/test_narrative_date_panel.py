"""The annotation panel says where a date taken from the story's narrative came from."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from viewer.core.model import DateBasis
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

ARTICLE = """Minister promises higher minimum wage

By Jane Writer
9 November 2022

The labour minister spoke at a press conference in Lisbon on Monday. She said the government \
would raise the minimum wage. She also announced new funding for vocational schools.

The opposition criticised the plan as too little, too late.
"""


def _window_on(qtbot: QtBot, tmp_path: Path, name: str, article: str) -> MainWindow:
    """The window on a folder of one article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / name).write_text(article, encoding="utf-8")
    ws = Workspace.open([folder], project_path=tmp_path / "p.tlproj")
    ws.load_all()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_date_from_the_narrative_names_its_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window_on(qtbot, tmp_path, "minister.txt", ARTICLE)
    ws = window.workspace
    funding = next(e for e in ws.events if "vocational schools" in e.primary.text)
    assert funding.date_basis is DateBasis.CONTEXT
    assert funding.date.first.isoformat() == "2022-11-07"
    window.select_event(funding.id)
    shown = window.panel.basis_label.text()
    assert "press conference in Lisbon on Monday" in shown
    assert "date confidence" in shown and "reported happening" in shown
    ws.close()


WIRE = """South Africa Deplores Bomb Blasts

1998-08-08

JOHANNESBURG, August 7 (Xinhua) --

South Africa deplored on Friday the bomb blasts outside two embassies.

A statement by the Foreign Affairs Department described the attacks as senseless.

Police arrested two suspects yesterday, the statement said.
"""


def test_a_wire_story_s_dates_name_its_dateline(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window_on(qtbot, tmp_path, "wire.txt", WIRE)
    ws = window.workspace
    statement = next(e for e in ws.events if "described the attacks" in e.primary.text)
    window.select_event(statement.id)
    shown = window.panel.basis_label.text()
    assert window.panel.date_label.text() == statement.date.label()
    assert statement.date.first.isoformat() == "1998-08-07"
    assert "JOHANNESBURG, August 7 (Xinhua) --" in shown
    arrest = next(e for e in ws.events if "arrested two suspects" in e.primary.text)
    window.select_event(arrest.id)
    assert arrest.date.first.isoformat() == "1998-08-06"
    shown = window.panel.basis_label.text()
    assert "relative to the dateline's day 1998-08-07 (August 7): 'yesterday'" in shown
    assert "JOHANNESBURG" not in " ".join(e.primary.text for e in ws.events)
    ws.close()
