"""A header's date told with the place filed from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, texts
from tests.corpus.checks import read_text as _read

_KIPROP = (
    "Former world cross-country silver medallist Daniel Kiprop has been banned for two years "
    "after testing positive for the blood booster EPO, Athletics Kenya said on Tuesday."
)
_HEAT = (
    "Delhi recorded its highest temperature ever on Wednesday as the mercury touched 49.9C at "
    "the Mungeshpur weather station."
)


@pytest.mark.parametrize(
    ("header", "lede", "author", "day"),
    [
        # A wire's place and date on a line of their own, its agency in brackets after them.
        ("NAIROBI, Feb 19, 2008 (AFP)", _KIPROP, "", date(2008, 2, 19)),
        ("GENEVA, 16 February 2024 (Reuters)", _KIPROP, "", date(2024, 2, 16)),
        ("Nairobi, Feb 19, 2008 (AFP)", _KIPROP, "", date(2008, 2, 19)),
        # A place of two or three words under the byline or the desk's credit: no author.
        ("HT Correspondent\nNew Delhi, May 29, 2024", _HEAT, "HT Correspondent", date(2024, 5, 29)),
        ("By Priya Nair\nNew Delhi, May 29, 2024", _HEAT, "Priya Nair", date(2024, 5, 29)),
        ("Staff Reporter\nRio de Janeiro, 29 May 2024", _HEAT, "", date(2024, 5, 29)),
        ("By Priya Nair\nNew Delhi (PTI), May 29, 2024", _HEAT, "Priya Nair", date(2024, 5, 29)),
        # Right under the headline, two words and a date are a byline's, as before.
        ("Priya Nair, 29 May 2024", _HEAT, "Priya Nair", date(2024, 5, 29)),
    ],
)
def test_a_line_of_the_place_filed_from_and_its_date_dates_the_article(
    tmp_path: Path, header: str, lede: str, author: str, day: date
) -> None:
    doc = _read(tmp_path, f"Kenyan runner banned for two years\n{header}\n\n{lede}\n")
    assert (doc.title, doc.author, doc.date) == ("Kenyan runner banned for two years", author, day)
    assert header.split("\n")[-1] in texts(doc, doc.header)
    assert body_text(doc) == lede
