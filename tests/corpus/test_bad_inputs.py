"""Files and folders that cannot give an article: one clear line each, the rest still load."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.corpus import CorpusError, read_corpus, read_document

ARTICLE = "Troops head east\n\nBy Jane Smith\nPublished 8 March 2022\n\nThe Pentagon sent troops.\n"


def _one_line(error: CorpusError) -> str:
    message = str(error)
    assert "\n" not in message
    return message


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(CorpusError) as caught:
        read_document(missing)
    assert "no such file or folder" in _one_line(caught.value)
    documents, problems = read_corpus([missing])
    assert documents == []
    assert len(problems) == 1 and "missing: no such file or folder" in problems[0]


def test_empty_and_blank_files(tmp_path: Path) -> None:
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n\t \r\n", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        read_document(empty)
    assert _one_line(caught.value) == "notes.txt: the file is empty"
    with pytest.raises(CorpusError) as caught:
        read_document(blank)
    assert _one_line(caught.value).startswith("blank.txt: the file is empty")


def test_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(CorpusError) as caught:
        read_document(binary)
    assert _one_line(caught.value) == "x.bin: not a text file (binary content)"


def test_folder_without_articles(tmp_path: Path) -> None:
    folder = tmp_path / "empty_dir"
    folder.mkdir()
    (folder / "picture.png").write_bytes(b"\x89PNG")
    (folder / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    documents, problems = read_corpus([folder])
    assert documents == []
    assert problems == ["empty_dir/: no articles (.txt, .md, .html, .eml) in this folder"]


def test_nothing_given_is_explained() -> None:
    documents, problems = read_corpus([])
    assert documents == [] and len(problems) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        with pytest.raises(CorpusError) as caught:
            read_document(locked)
        assert _one_line(caught.value) == "locked.txt: cannot be read (permission denied)"
    finally:
        locked.chmod(0o644)


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "b_good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a_good.md").write_text("# Title\n\nThe Navy moved a carrier.\n", encoding="utf-8")
    (tmp_path / "c_bad.txt").write_bytes(b"")
    documents, problems = read_corpus([tmp_path])
    assert [d.id for d in documents] == ["a_good.md", "b_good.txt"]
    assert problems == ["c_bad.txt: the file is empty"]


def test_files_are_taken_whatever_their_extension(tmp_path: Path) -> None:
    odd = tmp_path / "article.text"
    odd.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "skipped.text").write_text(ARTICLE, encoding="utf-8")
    documents, problems = read_corpus([odd])
    assert problems == [] and [d.id for d in documents] == ["article.text"]
    documents, problems = read_corpus([tmp_path])
    assert documents == [] and len(problems) == 1


def test_folders_are_read_recursively_and_same_names_told_apart(tmp_path: Path) -> None:
    for folder in ("a", "b", "a/deeper", ".git"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "notes.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "zeta.txt").write_text(ARTICLE, encoding="utf-8")
    documents, problems = read_corpus([tmp_path, tmp_path / "a"])
    assert problems == []
    assert sorted(d.id for d in documents) == [
        "a/notes.txt",
        "b/notes.txt",
        "deeper/notes.txt",
        "zeta.txt",
    ]
    assert documents[-1].id == "zeta.txt"


PAGE = (
    "<html><head><title>Quake hits Iran</title></head><body><article><h1>Quake hits Iran</h1>"
    "<p>Published 27 November 2005</p><p>An earthquake struck southern Iran on Sunday.</p>"
    "</article></body></html>"
)


def test_the_files_a_browser_saves_with_a_page_are_not_articles(tmp_path: Path) -> None:
    """ "Save Page As…" writes "Quake.html" and "Quake_files/", whose frames and ads are
    HTML too: they were read as articles with no date, asking for one each."""
    (tmp_path / "Quake.html").write_text(PAGE, encoding="utf-8")
    resources = tmp_path / "Quake_files"
    resources.mkdir()
    (resources / "saved_resource.html").write_text(
        "<html><body><p>Sponsored: save 20% on flights</p></body></html>", encoding="utf-8"
    )
    (resources / "style.css").write_text("body {}", encoding="utf-8")
    other = tmp_path / "Notes_files"  # no page of that name beside it: an ordinary folder
    other.mkdir()
    (other / "notes.txt").write_text(ARTICLE, encoding="utf-8")
    documents, problems = read_corpus([tmp_path])
    assert sorted(d.id for d in documents) == ["Quake.html", "notes.txt"]
    assert problems == [
        f"{tmp_path.name}/Quake_files/: the scripts, pictures and ads a browser saved with "
        "Quake.html; not read"
    ]


def test_a_page_that_shows_no_text_is_skipped_with_one_line(tmp_path: Path) -> None:
    """A page of scripts and empty frames loaded as an article with no title and no text."""
    page = tmp_path / "frame.html"
    page.write_text(
        "<!DOCTYPE html><html><head><script>var slot = {};</script></head>"
        "<body><div id='ad'></div><script>show(slot);</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError) as caught:
        read_document(page)
    assert _one_line(caught.value) == "frame.html: no text to read (only markup)"


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are always text")
def test_a_file_name_that_is_not_utf8_is_skipped_with_one_line(tmp_path: Path) -> None:
    """A Latin-1 "café" from an old archive crashed the load (its name could not be kept in
    the project) with a traceback."""
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    odd_file = os.fsdecode(bytes(tmp_path) + b"/caf\xe9 report.txt")
    odd_folder = os.fsdecode(bytes(tmp_path) + b"/archiv\xe9")
    Path(odd_file).write_text(ARTICLE, encoding="utf-8")
    Path(odd_folder).mkdir()
    (Path(odd_folder) / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    documents, problems = read_corpus([tmp_path])
    assert [d.id for d in documents] == ["ok.txt"]
    end = " name is not UTF-8 text (written on another system?); rename it to read it"
    assert sorted(problems) == [
        f"{tmp_path.name}/archiv\\xe9/: the folder{end}",
        f"{tmp_path.name}/caf\\xe9 report.txt: the file{end}",
    ]
    with pytest.raises(CorpusError) as caught:
        read_document(Path(odd_file))
    assert _one_line(caught.value).endswith("caf\\xe9 report.txt: the" + end)
