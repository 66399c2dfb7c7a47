"""Articles in any common encoding read to the same text, with true offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, check_invariants
from viewer.corpus import content_hash, read_document

ARTICLE = (
    "Café owners protest “unfair” rules\n"
    "\n"
    "By José Müller\n"
    "Published 8 March 2022\n"
    "\n"
    "The mayor said the café’s terrace — closed since Monday — would reopen.\n"
    "\n"
    "Owners called the decision “naïve” and vowed to appeal.\n"
)


def _check(path: Path) -> None:
    doc = read_document(path)
    check_invariants(doc)
    assert doc.text == ARTICLE
    assert doc.title == "Café owners protest “unfair” rules"
    assert doc.author == "José Müller"
    assert doc.date == date(2022, 3, 8)
    assert doc.content_hash == content_hash(ARTICLE)
    first = doc.body[0]
    assert doc.text[first.start : first.end].startswith("The mayor said the café’s terrace")
    assert "“naïve”" in body_text(doc)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "cp1252", "utf-8"])
def test_encodings_give_the_same_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    _check(path)


def test_latin1_without_curly_quotes(tmp_path: Path) -> None:
    text = (
        "Größe der Truppen\n\nPublished 8 March 2022\n\nDie Übung in Straßburg begann am Montag.\n"
    )
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    assert read_document(path).text == text


def test_crlf_line_endings_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(path)
    check_invariants(doc)
    assert doc.text == ARTICLE.replace("\n", "\r\n")
    assert doc.author == "José Müller" and doc.date == date(2022, 3, 8)
    for span in doc.body:
        assert not doc.text[span.start : span.end].endswith("\r")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", "Министр обороны заявил, что войска будут направлены в Польшу.\n"),
        ("latin-1", "Le ministre a déclaré que les troupes arriveront. « Nous sommes prêts ».\n"),
        ("cp1253", "Ο υπουργός δήλωσε ότι τα στρατεύματα θα φτάσουν την επόμενη εβδομάδα.\n"),
    ],
)
def test_legacy_encodings_are_detected_not_assumed(
    tmp_path: Path, encoding: str, text: str
) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text
