"""The five shipped articles read as a user expects: metadata, body, furniture set aside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, check_invariants, shown, texts
from viewer.core.model import DocDateBasis, Document
from viewer.corpus import content_hash, read_corpus


@pytest.fixture(scope="module")
def seed_docs() -> dict[str, Document]:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    documents, problems = read_corpus([seeds])
    assert problems == []
    return {doc.id[:3]: doc for doc in documents}


def test_all_five_load_in_file_name_order(seed_docs: dict[str, Document]) -> None:
    assert list(seed_docs) == ["000", "001", "002", "003", "004"]
    for doc in seed_docs.values():
        check_invariants(doc)
        assert doc.content_hash == content_hash(doc.text)
        assert doc.text == Path(doc.path).read_text(encoding="utf-8")


def test_000_title_and_year_inferred_from_the_corpus(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["000"]
    assert doc.title == "US to boost its military presence in Europe in response to Russia"
    assert doc.author == ""
    assert doc.date == date(2022, 6, 29)
    assert doc.date_basis is DocDateBasis.YEAR_INFERRED
    assert doc.date_text == "29 June"
    assert any("2022" in line and "29 June" in line for line in doc.problems)
    body = body_text(doc)
    assert "historic summit (29 June)." in body  # the date stays in its sentence
    assert "Advertisement" not in body
    assert "Latest news" not in body
    assert doc.title not in body
    assert texts(doc, doc.boilerplate) == ["- Advertisement -", "Latest news", "Latest news"]
    assert body.endswith("he added.")


def test_001_date_glued_to_a_caption(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["001"]
    assert doc.date == date(2022, 3, 9)
    assert doc.date_basis is DocDateBasis.FOUND
    assert doc.date_text == "2022-03-09"
    assert "date 2022-03-09" in texts(doc, doc.header)
    body = body_text(doc)
    for caption in (
        "What other measures will NATO implement to help Ukraine? 2:43",
        "The impact of NATO troops in the conflict in Ukraine 1:13",
        "The Russians surround Kyiv and what are the military positions of NATO? 2:56",
    ):
        assert caption not in body
        assert caption in texts(doc, doc.boilerplate)
    for heading in (
        "Protection of NATO countries from a wider war",
        "An air defense umbrella",
        "US naval preparations",
    ):
        assert heading not in body
        assert heading in texts(doc, doc.header)
    assert "2022-03-09" not in body
    assert "Washington (CNN)" not in body
    assert body.startswith("With continued concern that Russia’s bloody invasion")
    assert doc.title.startswith("With continued concern that Russia’s bloody invasion")
    assert doc.title.endswith("…") and len(doc.title) <= 91


def test_002_first_sentence_glued_to_the_date(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["002"]
    assert doc.date == date(2022, 6, 29)
    assert doc.date_basis is DocDateBasis.FOUND
    assert texts(doc, doc.header) == ["date 2022-06-29"]
    first = doc.body[0]
    assert first.start == doc.text.index("The United States will boost")
    assert doc.text[first.start : first.end].endswith("annual summit in Madrid.")
    assert doc.title.startswith("The United States will boost its military forces in Europe")
    assert "date" not in body_text(doc)[:20]


def test_003_byline_with_date_and_contact_footer(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["003"]
    assert doc.title == "NATO summit vows to continue troop surge to Russia's borders"
    assert doc.author == "Andre Damon"
    assert doc.date == date(2022, 11, 29)
    assert doc.date_basis is DocDateBasis.FOUND
    assert doc.date_text == "29 November 2022"
    assert "Andre Damon 29 November 2022" in texts(doc, doc.header)
    body = body_text(doc)
    assert "To contact the WSWS" not in body
    assert "wsws.org/contact" not in body
    assert "29 November 2022" not in body
    assert body.startswith("NATO foreign ministers met in Bucharest")


def test_004_markdown_header_and_markup(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["004"]
    title = "US sends more troops to Russia's borders, weighs sending anti-aircraft systems"
    assert doc.title == title
    assert doc.author == "Andre Damon"
    assert doc.date == date(2022, 3, 8)
    assert doc.date_basis is DocDateBasis.FOUND
    assert doc.date_text == "8 March 2022"
    header = texts(doc, doc.header)
    assert "Andre Damon" in header
    assert "8 March 2022" in header
    marks = hidden(doc)
    assert marks[0] == "# "
    assert doc.visible.hidden()[0][0] == doc.text.index("# US sends")
    assert marks.count("\\") == 1
    assert doc.text[doc.visible.hidden()[marks.index("\\")][1]] == "$"
    assert "**[" in marks and "](https://wsws.org/contact)**" in marks
    assert set(marks) <= {"# ", "  ", "*", "\\", "**[", "](https://wsws.org/contact)**"}
    emphasised = doc.text.count("*Times*") + doc.text.count("*Bloomberg*")
    assert marks.count("*") >= 2 * emphasised > 0
    shown = doc.visible.render()
    assert shown.startswith("\n\nUS sends more troops")
    assert "Andre Damon\n8 March 2022" in shown  # a hard line break stays a line break
    assert "*" not in shown and "\\" not in shown and "](" not in shown
    assert "in the New York Times Monday morning" in shown
    assert "approved $350 million" in shown
    assert shown.rstrip().endswith("visit:\n\nwsws.org/contact")


def test_004_footer_aside_and_broken_paragraph_kept(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["004"]
    body = body_text(doc)
    assert "wsws.org/contact" not in body
    assert "To contact the WSWWS" not in body
    assert "stationing these anti-aircraft systems in NATO" in body
    assert "territories adjacent to Ukraine comes as demands grow" in body
    assert "The staggering pace of US weapons transfers to" in body
    assert "Andre Damon" not in body and "8 March 2022" not in body
    assert body.startswith("Defense Secretary Lloyd Austin")


def test_003_emphasis_in_a_text_file_is_markup(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["003"]
    at = doc.text.index("*Bloomberg*")
    starts = {start for start, _ in doc.visible.hidden()}
    assert at in starts and at + len("*Bloomberg") in starts
    assert "In an article that appeared in Bloomberg, James Stavridis" in doc.visible.render()
    assert any("In an interview with Bloomberg, Latvian" in p for p in shown(doc, doc.body))


def test_plain_seeds_are_their_own_visible_text(seed_docs: dict[str, Document]) -> None:
    """Nothing to hide in a plain article: its visible text is its source, not a copy."""
    for key in ("001", "002"):
        assert seed_docs[key].visible.is_verbatim
    # One line break inside a paragraph (two "Latest news" lines) reads as a space.
    doc = seed_docs["000"]
    assert doc.visible.render().replace("Latest news Latest news", "Latest news\nLatest news") == (
        doc.text
    )


def hidden(doc: Document) -> list[str]:
    return [doc.text[start:end] for start, end in doc.visible.hidden()]
