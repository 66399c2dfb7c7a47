"""The searches that stand for a pattern compiled per name answer as those patterns did: on
every capitalised word of the seed articles and of the ECB+ development articles (where they
are on this machine), on a table of edge cases, and on made-up text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import SEEDS
from viewer.core import court_cues, title_office
from viewer.core.holds import opens_word_blind
from viewer.core.title_referent import _HONORIFICS, _NOT_NAMES, _PLACE_WORDS, is_person

_ECB_DEV = Path.home() / ".cache/timeline-viewer-bench/ecbplus/dev"
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")


def _articles() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(_ECB_DEV.glob("*/*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def _names(text: str) -> set[str]:
    """The article's capitalised words, and a name of two words for each pair of them."""
    words = set(_CAPITALISED.findall(text))
    pairs = {f"{a} {b}" for a, b in zip(sorted(words)[:20], sorted(words)[1:21], strict=False)}
    return words | pairs


def _is_person_as_patterns(text: str, name: str) -> bool:
    """`is_person` as it was written: three patterns made for each name."""
    titled = "|".join(_HONORIFICS)
    if re.search(rf"\b(?:{titled})\.?\s+{re.escape(name)}\b", text):
        return True
    if re.search(rf"[a-z,]\s+{re.escape(name)}\b", text) is None:
        return False
    for found in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(name)}\b", text):
        if found[1] not in _NOT_NAMES and found[1] not in _PLACE_WORDS:
            return True
    return False


def test_is_person_on_the_articles() -> None:
    articles = _articles()
    assert articles
    for text in articles:
        for name in _names(text) | {"Biden", "Cheeks"}:
            assert is_person(text, name) == _is_person_as_patterns(text, name), name


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Mrs McMeekin was brought up in Millom.", "McMeekin", True),
        ("The judge thanked Mr. Gray.", "Gray", True),
        ("He met Dr.  Gray.", "Gray", True),  # two spaces
        ("He met Dr.\nGray.", "Gray", True),
        ("He met Dr.Gray.", "Gray", False),  # no space
        ("He met XDr Gray.", "Gray", False),  # no word opens before the title
        ("He met Dr Grayson.", "Gray", False),  # part of a longer name
        ("Gray spoke. Later Gray left.", "Gray", False),  # only after sentence openers
        ("Gray spoke, said Maurice Gray.", "Gray", True),
        ("In Philadelphia, fans cheered Philadelphia.", "Philadelphia", False),
        ("The Smith Smith, said Smith.", "Smith", False),  # the second overlaps the first
        ("they met Van Dyke Van Dyke Van Dyke", "Van Dyke", True),
        ("Maurice. Gray met Gray", "Gray", True),  # a mark after the first name
        ("said MAurice Gray", "Gray", False),
        ("said Émile Gray", "Gray", False),  # [A-Z] is ASCII
        ("said Jo_Maurice Gray", "Gray", False),  # "_" is a word character
        ("said Maurice\u00a0Gray", "Gray", True),  # a no-break space is white space
    ],
)
def test_is_person_a_table(text: str, name: str, expected: bool) -> None:
    assert _is_person_as_patterns(text, name) is expected
    assert is_person(text, name) is expected


_ALPHABET = "MrDsaAbB. ,\n_é"


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=_ALPHABET, max_size=24),
    st.text(alphabet=_ALPHABET, min_size=1, max_size=4).filter(lambda s: not s[0].isspace()),
)
def test_is_person_on_made_up_text(text: str, name: str) -> None:
    assert is_person(text, name) == _is_person_as_patterns(text, name)


def _witness_as_pattern(who: str, before: str) -> bool:
    """The witness check as it was written: a pattern made for each name."""
    found = re.search(rf"{court_cues._WITNESS}{re.escape(who)}\b", before)
    return "witness" in before and found is not None


def test_called_as_witness_on_the_articles() -> None:
    for text in _articles():
        for name in _names(text):
            assert court_cues._called_as_witness(name, text) == _witness_as_pattern(name, text)


@pytest.mark.parametrize(
    ("before", "who", "expected"),
    [
        ("The next witness was Kathina's mother, Shondell McAllister", "McAllister", True),
        ("The first witness, McAllister, told the jury", "McAllister", True),
        ("Witnesses were McAllister and Gray", "McAllister", False),  # a capital W
        ("The witness was McAllisters' friend", "McAllister", False),
        ("The witness was one two three four five McAllister", "McAllister", False),  # too far
        ("The witness was one two three four McAllister", "McAllister", True),
        ("McAllister was a witness", "McAllister", False),
    ],
)
def test_called_as_witness_a_table(before: str, who: str, expected: bool) -> None:
    assert _witness_as_pattern(who, before) is expected
    assert court_cues._called_as_witness(who, before) is expected


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["witness", "witnesses", "was", ",", " ", "Gray", "Grays", "a_"])),
    st.sampled_from(["Gray", "Gr", "a", "Gray ", ","]),
)
def test_called_as_witness_on_made_up_text(parts: list[str], who: str) -> None:
    before = " ".join(parts)
    assert court_cues._called_as_witness(who, before) == _witness_as_pattern(who, before)


def _opens_as_pattern(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) is not None


def test_opens_word_blind_on_the_articles() -> None:
    """The nouns a sentence opens on ("The quake"), looked for in the articles."""
    for text in _articles():
        nouns = {w.rstrip("s") for w in re.findall(r"(?i)\bthe\s+([a-z-]+)", text) if len(w) >= 4}
        for noun in nouns | {"Quake", "BUILDING"}:
            assert opens_word_blind(text, noun) == _opens_as_pattern(text, noun), noun


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The quake struck", "Quake", True),
        ("The earthquake struck", "quake", False),  # "\\b" before the word only
        ("The quakes struck", "quake", True),
        ("The QUAKE struck", "quake", True),
        ("“Quake” was the word", "quake", True),  # not ASCII: the letters still compared
        ("İzmir quake", "quake", True),  # a letter lowered to two: searched by the pattern
        ("the ıs", "is", True),  # a dotless i is an "i" to the pattern
        ("the ſtorm", "storm", True),  # a long s
        ("the \u212aing", "king", True),  # the Kelvin sign lowers to "k"
        ("sub_quake", "quake", False),
        ("a -quake", "-quake", False),  # "\\b" before a mark wants a word character
        ("a-quake", "-quake", True),
        ("any text", "", True),
    ],
)
def test_opens_word_blind_a_table(text: str, word: str, expected: bool) -> None:
    assert _opens_as_pattern(text, word) is expected
    assert opens_word_blind(text, word) is expected


_BLIND = "aAiIsSkK- _é\u0130\u0131\u017f\u212a"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_BLIND, max_size=16), st.text(alphabet="aAiIsSkK-_ .", max_size=3))
def test_opens_word_blind_on_made_up_text(text: str, word: str) -> None:
    assert opens_word_blind(text, word) == _opens_as_pattern(text, word)


def test_holders_of_an_office_as_the_pattern() -> None:
    """The office's pattern, kept, is the one made for each event."""
    text = "Qeshm Governor Mehdi Irannejad told ISNA. The governor told Iranian media."
    for office in ("governor", "president"):
        made = re.compile(rf"\b(?i:{re.escape(office)})\s+{title_office._NAME}")
        kept = title_office._holders(office)
        assert kept.pattern == made.pattern and kept.flags == made.flags
        assert [m["surname"] for m in kept.finditer(text)] == [
            m["surname"] for m in made.finditer(text)
        ]
