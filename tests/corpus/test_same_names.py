"""Files of one name in several folders: ids that tell them apart, and the one read before
under the bare name keeps it."""

from __future__ import annotations

from pathlib import Path

from viewer.corpus import read_corpus
from viewer.corpus.reader import content_hash

STORY = "Fire at the mill\n\nA fire broke out at the mill on Monday, officials said.\n"
OTHER = "Mill reopens\n\nThe mill reopened on Friday after repairs, its owner said.\n"


def _folders(tmp_path: Path, first: str, second: str) -> tuple[Path, Path]:
    for folder, text in (("a", first), ("b", second)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "mill.txt").write_text(text, encoding="utf-8")
    return tmp_path / "a", tmp_path / "b"


def _ids(paths: list[Path], known: dict[str, str] | None = None) -> dict[str, str]:
    documents, _ = read_corpus(paths, known_ids=known)
    return {Path(d.path).parent.name: d.id for d in documents}


def test_files_of_one_name_are_told_apart_by_their_folder(tmp_path: Path) -> None:
    a, b = _folders(tmp_path, STORY, OTHER)
    assert _ids([a, b]) == {"a": "a/mill.txt", "b": "b/mill.txt"}


def test_the_file_read_before_under_the_bare_name_keeps_it(tmp_path: Path) -> None:
    a, b = _folders(tmp_path, STORY, OTHER)
    known = {content_hash(STORY): "mill.txt"}
    assert _ids([a, b], known) == {"a": "mill.txt", "b": "b/mill.txt"}
    assert _ids([b, a], known) == {"a": "mill.txt", "b": "b/mill.txt"}


def test_two_copies_of_one_text_cannot_claim_the_bare_name(tmp_path: Path) -> None:
    a, b = _folders(tmp_path, STORY, STORY)
    known = {content_hash(STORY): "mill.txt"}
    assert _ids([a, b], known) == {"a": "a/mill.txt", "b": "b/mill.txt"}
