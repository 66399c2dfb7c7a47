"""Which lede retells the headline: not a lede that tells the story's past, nor one that tells
only the cause the headline names. Real headlines and ledes of development articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.articles import headed_events
from viewer.core.extract import extract_events
from viewer.core.model import Event
from viewer.core.title_event import lede_index
from viewer.corpus import read_corpus


def _events(title: str, text: str, published: date) -> list[Event]:
    return headed_events(title, text, published)


def _holding(events: list[Event], words: str) -> Event:
    (event,) = [e for e in events if any(words in p.text for p in e.passages)]
    return event


def test_a_lede_that_opens_on_the_story_past_does_not_retell_the_headline() -> None:
    title = "Hansbrough broke UNC's career scoring record the Carolina way"
    events = _events(
        title,
        "During the spring of 1977, North Carolina coach Dean Smith invited his star guard Phil "
        "Ford, who had just completed his junior season, into his office.\n\nSmith told Ford "
        "that he had done some research on where Ford would be selected in the upcoming NBA "
        "draft.",
        date(2013, 3, 8),
    )
    flashback = _holding(events, "Dean Smith")
    assert all(title not in p.text for p in flashback.passages)
    assert flashback.date.first.year == 1977


@pytest.mark.parametrize(
    "lede",
    [
        "Twelve months ago the Comets finished bottom of the league and sacked their coach.",
        "A year ago the Comets finished bottom of the league and sacked their coach.",
    ],
)
def test_a_lede_opening_on_the_story_past_with_no_comma_does_not_retell_it(lede: str) -> None:
    title = "Season review: how the Comets went from last to first"
    events = _events(
        title,
        f"{lede} On Saturday they lifted the championship trophy after beating the Hawks 3-1.",
        date(2025, 11, 30),
    )
    flashback = _holding(events, "finished bottom")
    assert all(title not in p.text for p in flashback.passages)
    assert flashback.date.first.year == 2024


def test_a_lede_dated_by_a_past_year_after_its_verb_does_not_retell_the_headline() -> None:
    """The headline tells the trial's news; the lede, the killing of two years before."""
    title = (
        "Jury shown horrific moment innocent mother is shot dead shielding her child when "
        "she's caught up in gang attack as she picks up daughter from school"
    )
    events = _events(
        title,
        "Zurana Horton, 34, a mother of 12, was fatally shot in 2011 while picking up her "
        "daughter, 11, from school.\n\nJurors on Thursday watched video capturing the horrific "
        "moment a mother was gunned down in broad daylight while picking up her 11-year-old "
        "daughter outside a New York City school.",
        date(2013, 4, 12),
    )
    killing = _holding(events, "Zurana Horton")
    assert all(title not in p.text for p in killing.passages)
    assert killing.date.first.year == 2011
    assert any(title in p.text for p in _holding(events, "Jurors on Thursday").passages)


@pytest.mark.parametrize(
    ("title", "lede", "published"),
    [
        (  # a time of its own that opens the lede, a week before: the news, retold
            "Former AMA trustee Dr. Benjamin nominated to be surgeon general",
            "On July 13, Obama announced that he was nominating Regina M. Benjamin, MD, a family "
            "physician from southern Alabama, to be surgeon general.",
            date(2009, 7, 20),
        ),
        (  # a year long past inside the subject's description, not the verb's: the news
            "Pierre Thomas Placed on Injured Reserve",
            "Pierre Thomas, the Saints' leading rusher in 2009, was put on injured reserve, the "
            "team announced Wednesday.",
            date(2011, 1, 5),
        ),
    ],
)
def test_a_lede_of_the_news_still_retells_the_headline(
    title: str, lede: str, published: date
) -> None:
    event = _holding(_events(title, lede, published), lede[:20])
    assert [p.text for p in event.passages][1:] == [title]


@pytest.mark.parametrize(
    ("title", "lede", "index"),
    [
        (  # the lede tells the shooting the riot was over, sharing only the cause's words
            'Dozens "Riot" Over NYPD\'s Fatal Shooting Of Brooklyn Teen',
            "Yesterday, the police explained that officers shot and killed a 16-year-old Kimani "
            "Gray in Brooklyn because he allegedly pointed a gun at the cops.",
            None,
        ),
        (
            "Anger in East Flatbush Persists Over Teenager’s Killing by the Police",
            "First came the shooting: an armed teenager killed by police officers on a darkened "
            "Brooklyn street.",
            None,
        ),
        (  # words of the headline's own happening, before its cause: retold
            "Brooklyn riot over teen's death: 16-year-old shot by cops did not have a gun, says "
            "witness",
            "Tishana King says she saw the whole incident from a bird's eye view in her Brooklyn "
            "apartment.",
            0,
        ),
        (
            "Greece rocked by more clashes over teenager's shooting",
            "Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the "
            "killing by police of a 15-year-old boy, Alexandros Grigoropoulos, eight days ago.",
            0,
        ),
        (
            "Man charged with arson over Waitrose fire in Wellington",
            "A man has been charged with arson after a fire at the Waitrose supermarket in "
            "Wellington, Somerset.",
            0,
        ),
    ],
)
def test_a_lede_telling_only_the_headline_cause_does_not_retell_it(
    title: str, lede: str, index: int | None
) -> None:
    assert lede_index(title, [lede]) == index


def test_in_an_undated_article_the_headline_joins_no_event_far_from_its_lede() -> None:
    """With no date, the lede dated "on Saturday" is left out: the headline does not join a
    flashback four paragraphs down for one word in common ("City")."""
    text = (
        "Manchester United beat Manchester City 2-1 at Old Trafford on Saturday.\n\n"
        "Marcus Rashford scored the winner in the 78th minute.\n\n"
        "City manager Pep Guardiola said his side deserved nothing.\n\n"
        "The defeat leaves City five points behind the leaders.\n\n"
        "They last beat City at home in March 2022."
    )
    events = headed_events("United stun City in derby", text, None)
    flashback = _holding(events, "They last beat City")
    assert [p.text for p in flashback.passages] == ["They last beat City at home in March 2022."]


@pytest.mark.parametrize(
    ("title", "lede", "day"),
    [
        (  # the present of the headline, the past of the lede: "Sinks" / "sank"
            "Freighter Sinks in Storm; All Survive",
            "A cargo ship carrying grain went down off Crete in heavy seas yesterday afternoon, "
            "but all 19 sailors survived, the coast guard said.",
            date(2004, 9, 13),
        ),
        (  # an irregular past: "Wins" / "won"
            "Veteran Jockey Wins Again",
            "Mick Fallon won the 3.30 at Ascot yesterday, his fourth victory this season.",
            date(2004, 9, 13),
        ),
        (  # a piece of the first sentence after another: the lede's own verb, "Dies" / "died"
            "Mara Lind, Songwriter, Dies at 71",
            "Mara Lind, the singer and songwriter whose songs became hits for other performers "
            "in the late 1970s, died at her home in Vermont yesterday.",
            date(2004, 9, 13),
        ),
    ],
)
def test_a_headline_in_the_present_is_one_event_with_its_lede_in_the_past(
    title: str, lede: str, day: date
) -> None:
    events = _events(title, lede, date(2004, 9, 14))
    (headed,) = [e for e in events if any(p.text == title for p in e.passages)]
    assert len(headed.passages) == 2
    assert headed.date.first == headed.date.last == day


def test_a_headline_is_not_joined_to_a_lede_paragraph_after_a_summary_line() -> None:
    """A summary line under the headline, then the lede: the lede's pieces and the summary are
    not one sentence, whatever the summary ends with."""
    title = "Charger says he's innocent of DUI"
    events = _events(
        title,
        "Receiver says he does not think charges will be filed\n\nChargers receiver Vincent "
        "Jackson was arrested yesterday on suspicion of drunk driving.",
        date(2009, 2, 4),
    )
    arrest = _holding(events, "was arrested")
    assert all(title not in p.text for p in arrest.passages)


def test_a_wire_tag_before_the_headline_is_no_part_of_its_passage(tmp_path: Path) -> None:
    """ "UPDATE 2-Romanian government survives …": the reader takes the tag off the title; the
    headline's passage starts where the title does (a written probe article)."""
    path = tmp_path / "wire.txt"
    path.write_text(
        "2019-05-15\n\nUPDATE 2-Romanian government survives no-confidence vote\n\n"
        "Romania's minority government survived a no-confidence vote on Wednesday.\n"
    )
    (doc,) = read_corpus([path])[0]
    assert doc.title == "Romanian government survives no-confidence vote"
    passages = [p.text for e in extract_events(doc) for p in e.passages]
    assert "Romanian government survives no-confidence vote" in passages
    assert not any("UPDATE" in p for p in passages)
