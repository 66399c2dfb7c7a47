"""A title that opens on "It" names the happening the sentences before name, and one that
opens on "They" the group the sentence before opens on, where the reading is plain. Excerpts
of development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import titles_in

_DAY = date(2013, 7, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the head of "the blaze which…", not the "fire" of "fire engines"
            "More than 50 firefighters with 10 fire engines fought the blaze which virtually "
            "destroyed the store in Banstead, Surrey.\n\nIt broke out in the roof at around "
            "9pm on Friday, forcing a number of residents to be evacuated.",
            "The blaze broke out in the roof at around 9pm, forcing a number…",
        ),
        (  # two sentences back, past one that names no happening
            "A 6.1-magnitude earthquake struck Aceh province on Tuesday.\n\nThe epicenter of "
            "the quake was roughly 55 kilometers from the town of Bireuen.\n\nIt took place "
            "at 7:37 AM local time.",
            "The quake took place at 7:37 AM local time",
        ),
        (  # a passive a story of a quake uses
            "The quake occurred at 2:09 a.m. about 14 miles north-northeast of Healdsburg on "
            "Thursday.\n\nIt was followed by a 2.9 aftershock at 2:12 a.m.",
            "The quake was followed by a 2.9 aftershock at 2:12 a.m",
        ),
        (
            "Protesters threw two petrol bombs at Athens's main courthouse on Monday.\n\n"
            "They also attacked a television crew's truck, injuring at least two people.",
            "Protesters also attacked a television crew's truck",
        ),
        (  # one capitalised word before the group's noun
            "Creighton fans overtook the turnstiles in St. Louis Friday afternoon.\n\nThey "
            "came from all over the Midwest and beyond to see CU win on Friday.",
            "Creighton fans came from all over the Midwest and beyond to see CU win",
        ),
        (
            "Jurors came back with the sentence after 30 minutes of deliberations Tuesday.\n\n"
            "They began their work Tuesday morning following brief closing statements.",
            "Jurors began their work following brief closing statements",
        ),
        (  # a group named in a possessive is not a second group
            "Protesters gathered outside the victims' homes on Friday.\n\nThey yelled and "
            "wept when the decision was announced.",
            "Protesters yelled and wept when the decision was announced",
        ),
        (  # one body that the story goes on with as "they", with its article (ECB+ 36_3)
            "The jury went immediately into sentencing proceedings on Thursday.\n\nThey had "
            "deliberated on a verdict for more than three hours.",
            "The jury had deliberated on a verdict for more than three hours",
        ),
        # where the reading is not plain, the pronoun stays
        (  # "it" stands for a clause to come
            "A fire has badly damaged the Waitrose supermarket in Wellington on Sunday.\n\n"
            "Eight crews fought the blaze which broke out in the early hours of Sunday.\n\n"
            "It is not known how long the store will be closed.",
            "It is not known how long the store will be closed",
        ),
        (  # a verb of knowing, told of a clause to come
            "Timmons was arrested and charged with the shooting on Friday.\n\nIt was "
            "discovered shortly after the arrest that Timmons had written an apology letter.",
            "It was discovered shortly after the arrest that Timmons had written…",
        ),
        (  # "took" with no "place": the time it took, not the happening
            "The jury returned its verdict after the shooting trial on Friday.\n\nIt took the "
            "panel just over two hours to convict Lopez on Friday.",
            "It took the panel just over two hours to convict Lopez",
        ),
        (  # no happening named just before
            "Apple unveiled a new MacBook Air on Monday.\n\nIt also cut the price of the "
            "older model on Monday.",
            "It also cut the price of the older model",
        ),
        (  # another group named: "they" may be either
            "Police arrested three men in Brooklyn on Friday.\n\nThey were charged with "
            "robbery on Saturday.",
            "They were charged with robbery",
        ),
        (  # a statement: "they" may be of whom it tells
            "Analysts said the companies cut prices on Monday.\n\nThey raised their "
            "estimates for the quarter on Tuesday.",
            "They raised their estimates",
        ),
    ],
)
def test_an_it_or_they_title_names_what_the_sentences_before_name_if_plain(
    text: str, expected: str
) -> None:
    titles = titles_in(text, _DAY)
    assert any(title.startswith(expected) for title in titles), titles
