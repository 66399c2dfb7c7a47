"""Who a statement names as its speaker: a name next to a verb of saying, not the day it was
said on nor who was told. Sentences of development articles and of the seeds."""

from __future__ import annotations

import pytest

from viewer.core.title_event import speakers_of


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("“We will not stop,” Stoltenberg said.", {"Stoltenberg"}),
        ("“It is a new chapter,” said Joe Biden.", {"Biden"}),
        ("The suspect was arrested at his home, police said Tuesday.", set()),
        ("Authorities said Friday that the fire was contained.", {"Authorities"}),
        ("Investigators on Thursday said the driver had been drinking.", set()),
        ("“I haven't seen a pattern yet,” Hurt told Reuters.", {"Hurt"}),
        ("A spokesman told The Associated Press the plant would close.", set()),
        ("“We will deliver Brexit,” May said.", {"May"}),  # a month that is also a name
        # The name after "said" is who the words are about: a verb follows it.
        (
            "Under questioning, the court source said Mr Korkoneas indicated he had acted out "
            "of self defence.",
            set(),
        ),
    ],
)
def test_the_speaker_is_a_name_not_a_day_nor_who_was_told(sentence: str, names: set[str]) -> None:
    assert speakers_of(sentence) == names
