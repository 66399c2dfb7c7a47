"""A picture's title: the search's words when a search is on, else the folder of articles,
never the project's file name; editable in the dialog, and what the picture says."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.workspace.picture_titles import corpus_title, picture_title


def _opened_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> PictureExportDialog:
    """File › Export Picture's dialog, as the window opens it (not left waiting)."""
    opened: list[PictureExportDialog] = []

    def kept(dialog: PictureExportDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(PictureExportDialog, "exec", kept)
    window.files.export_picture()
    return opened[0]


def test_a_picture_of_a_search_is_titled_by_its_words_and_the_title_is_editable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "madrid summit")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    dialog = _opened_dialog(window, monkeypatch)
    assert dialog.title_edit.text() == "Madrid summit"  # was the project's name, "p"

    dialog.title_edit.setText("NATO in Madrid, June 2022")
    dialog.path_edit.setText(str(tmp_path / "madrid.svg"))
    dialog.save()
    svg = html.unescape((tmp_path / "madrid.svg").read_text(encoding="utf-8"))
    assert "<title>NATO in Madrid, June 2022</title>" in svg


def test_with_no_search_the_picture_is_titled_by_the_folder_of_articles(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _opened_dialog(window, monkeypatch)
    assert dialog.title_edit.text() == "Timeline of seeds"
    dialog.title_edit.clear()  # emptied: the title offered, not an untitled picture
    assert dialog.chosen_title() == "Timeline of seeds"


def test_the_corpus_title_names_the_folder_the_articles_share(tmp_path: Path) -> None:
    folder = tmp_path / "nato-deployments"
    folder.mkdir()
    files = [folder / "a.txt", folder / "b.txt"]
    assert corpus_title(files, 2) == "Timeline of nato-deployments"
    assert corpus_title([folder], 2) == "Timeline of nato-deployments"
    assert corpus_title([tmp_path / "x" / "a.txt", folder / "b.txt"], 2) == "Timeline of 2 articles"
    assert picture_title("  troops   Poland ", [folder], 2) == "Troops Poland"
