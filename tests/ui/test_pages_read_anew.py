"""A project made when the reader read a saved page otherwise: reopened, the window shows the
page as it is read now, not the passages kept from before."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from viewer.core import versions
from viewer.core.visible import one_line
from viewer.corpus.html_source import _Classifier
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

PAGE = (
    "<!DOCTYPE html><html><head><title>Obama interview</title></head><body>"
    '<div class="index-title"><span>US &amp; Canada</span> '
    '<a aria-hidden="true" href="/adverts">is sponsored by</a></div>'
    '<div class="story-body"><h1>Obama admits US gun laws are his biggest frustration</h1>'
    '<div class="date">24 July 2015</div>'
    "<p>President Barack Obama said on Thursday that his failure to pass gun laws was the "
    "greatest frustration of his presidency.</p></div></body></html>"
)


def _open(folder: Path, project: Path) -> Workspace:
    ws = Workspace.open([folder], project_path=project)
    ws.load_all()
    return ws


def test_a_page_read_otherwise_before_shows_its_passage_as_read_now(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, project = tmp_path / "pages", tmp_path / "p.tlproj"
    folder.mkdir()
    (folder / "obama.html").write_text(PAGE, encoding="utf-8")
    with monkeypatch.context() as before:  # the reader of the release before
        before.setattr(versions, "READER_VERSION", "1", raising=False)
        before.setattr(_Classifier, "_above_headline", lambda _self, _headline: None)
        ws = _open(folder, project)
        assert any("sponsored" in e.primary.text for e in ws.events)
        ws.close()
    ws = _open(folder, project)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    event = next(e for e in ws.events if "Barack Obama" in e.primary.text)
    window.select_event(event.id, event.primary)
    shown = one_line(window.source_view.highlighted_text())
    assert shown.startswith("President Barack Obama said on Thursday")
    assert "sponsored" not in shown
    ws.close()
