"""What a load tells of the articles that changed on disk since the timeline shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.synthetic_corpus import write_corpus
from viewer.workspace import Workspace, run_load

ARTICLES = 40


def _loaded_copy(seeds: Path, tmp_path: Path) -> tuple[Workspace, Path]:
    corpus = tmp_path / "articles"
    shutil.copytree(seeds, corpus)
    ws = Workspace.open([corpus], project_path=tmp_path / "p.tlproj")
    ws.load_all()
    return ws, corpus


def test_a_reload_names_the_articles_edited_gone_and_new(seeds: Path, tmp_path: Path) -> None:
    ws, corpus = _loaded_copy(seeds, tmp_path)
    first, second, *_ = sorted(p.name for p in corpus.iterdir())
    edited = corpus / first
    edited.write_text("A line added on top.\n\n" + edited.read_text(encoding="utf-8"), "utf-8")
    text = (corpus / second).read_text(encoding="utf-8")
    (corpus / second).unlink()  # one gone, one new (a rename is told as such: renamed_articles)
    (corpus / "new.txt").write_text(text + "\n\nA paragraph added.\n", "utf-8")

    ws.load_all()

    (line,) = ws.article_changes_told()
    assert line.endswith(f"1 edited ({first}), 1 gone ({second}), 1 new (new.txt).")
    ws.close()


def test_a_load_cancelled_part_way_names_no_article_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    write_corpus(corpus, ARTICLES)
    ws = Workspace.open([corpus], project_path=tmp_path / "p.tlproj")
    ws.load_all()
    monkeypatch.setenv("TIMELINE_WORKERS", "1")
    fresh = Workspace.open([corpus], project_path=tmp_path / "fresh.tlproj")  # no cache: slow
    seen: list[tuple[int, int]] = []

    def extracting_half() -> bool:
        return bool(seen) and seen[-1][0] >= ARTICLES + ARTICLES // 2

    loaded = run_load(fresh.load_inputs(), lambda d, t: seen.append((d, t)), extracting_half)
    fresh.close()
    assert 0 < len(loaded.documents) < ARTICLES  # the others not read: cancelled

    ws.apply(loaded)

    assert ws.article_changes_told() == []  # none of them "gone"
    ws.close()
