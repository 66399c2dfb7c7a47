"""An article file renamed on disk, its text unchanged ("2013 fire.txt" for "fire.txt"): the
work on it goes with it. Before, its corrected publication date was dropped (its events dated
anew without a word), the events made from its text and the merges of its passages were gone
from the timeline, and its notes were orphans."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from tests.conftest import SEEDS
from viewer.store import Project
from viewer.workspace import Workspace

NOTE = "checked against the wire copy"


def _story(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, articles / seed.name)
    return articles


def _opened(articles: Path, project: Path) -> Workspace:
    ws = Workspace.open([articles], project)
    ws.load_all()
    return ws


def _of(ws: Workspace, document_id: str) -> list[str]:
    return [e.id for e in ws.events if e.primary.document_id == document_id]


def test_the_work_on_a_renamed_article_goes_with_it(tmp_path: Path) -> None:
    articles, project = _story(tmp_path), tmp_path / "p.tlproj"
    ws = _opened(articles, project)
    name = ws.documents[1].id
    annotated = _of(ws, name)[0]
    passage = ws.event(annotated).primary
    ws.edit_annotation(annotated, note=NOTE)
    ws.set_document_date(name, date(2022, 3, 10))
    other = next(e for e in ws.events if e.primary.document_id != name)
    ws.merge(other.id, _of(ws, name)[-1])
    made = ws.add_event(name, 40, 90).primary.text
    dates = sorted(ws.event(i).date.first for i in _of(ws, name))
    ws.close()

    (articles / name).rename(articles / f"2022 {name}")
    ws = _opened(articles, project)
    try:
        renamed = f"2022 {name}"
        assert ws.documents_by_id[renamed].date == date(2022, 3, 10)
        assert sorted(ws.event(i).date.first for i in _of(ws, renamed)) == dates
        mine = [e for e in ws.events if e.id.startswith("u")]  # the events users make
        assert [(e.primary.document_id, e.primary.text) for e in mine] == [(renamed, made)]
        assert any(p.document_id == renamed for p in ws.event(other.id).passages)
        assert ws.orphans() == []
        noted = [e for e, a in ws.annotations().items() if a.note == NOTE]
        assert len(noted) == 1 and ws.event(noted[0]).primary.text == passage.text
        assert any("renamed" in line for line in ws.history(noted[0]))
    finally:
        ws.close()
    with Project.open(project, read_only=True) as kept:
        assert kept.document_dates() == {f"2022 {name}": date(2022, 3, 10)}


def test_two_files_of_the_renamed_text_take_nothing(tmp_path: Path) -> None:
    """Which of the two is the article renamed? Neither is guessed: orphans, as before."""
    articles, project = _story(tmp_path), tmp_path / "p.tlproj"
    ws = _opened(articles, project)
    name = ws.documents[1].id
    ws.edit_annotation(_of(ws, name)[0], note=NOTE)
    ws.close()
    shutil.copy(articles / name, articles / f"copy of {name}")
    (articles / name).rename(articles / f"2022 {name}")
    ws = _opened(articles, project)
    try:
        assert [o.note for o in ws.orphans()] == [NOTE]
    finally:
        ws.close()


def test_a_rename_seen_by_a_window_reading_the_articles_again_is_told_as_one(
    tmp_path: Path,
) -> None:
    articles, project = _story(tmp_path), tmp_path / "p.tlproj"
    ws = _opened(articles, project)
    try:
        name = ws.documents[1].id
        ws.edit_annotation(_of(ws, name)[0], note=NOTE)
        (articles / name).rename(articles / f"2022 {name}")
        ws.load_all()  # View › Reload, as the window reads them again
        told = ws.article_changes_told()
        assert f"1 renamed, the work on it with it ({name} → 2022 {name})" in told[0]
        assert "gone" not in told[0] and "new" not in told[0]
        assert ws.orphans() == []
    finally:
        ws.close()
