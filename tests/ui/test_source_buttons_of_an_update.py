"""An article and its update (one headline, then the same headline with more) both report the
ruling: squeezed at 1366 x 768, the event's buttons read "Judge… · 1/2", "Judge… · 2/2" and
"Judge…", and which was the update could not be told. Names cut alike for two articles keep
their dates."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.article_window import window_on

FIRST = """Judge rules pipeline lawful after a long hearing on the River Tane scheme
The River Post
11 June 2025

The High Court ruled on Tuesday that the council acted lawfully in approving the Tane pipeline.

Friends of the Tane said they were disappointed and were considering an appeal.
"""
UPDATE = """Judge rules pipeline lawful after a long hearing on the Tane scheme; appeal next
The River Post
12 June 2025

The High Court ruled on Tuesday that the council acted lawfully in approving the Tane pipeline.

Friends of the Tane announced on Wednesday that they would take the case to the Court of Appeal.
"""


def test_the_buttons_of_an_article_and_its_update_say_which_is_which(
    qtbot: QtBot, tmp_path: Path
) -> None:
    files = {"ruling_v1.txt": FIRST, "ruling_v2.txt": UPDATE}
    workspace, window = window_on(qtbot, tmp_path, files, active=False)
    ruling = next(e for e in workspace.events if e.source_count == 2 and "ruled" in e.primary.text)
    window.select_event(ruling.id)
    qtbot.wait(50)
    texts = [button.text() for button in window.source_view.source_buttons]
    try:
        assert len(texts) == len(ruling.passages) and len(set(texts)) == len(texts)
        first = [t for t, p in zip(texts, ruling.passages, strict=True) if "v1" in p.document_id]
        update = [t for t, p in zip(texts, ruling.passages, strict=True) if "v2" in p.document_id]
        assert all("11 Jun" in t for t in first), texts
        assert all("12 Jun" in t for t in update), texts
    finally:
        window.close()
        workspace.close()
