"""A transcript after a colon line that names the speech to come ("in his remarks", "the
following statement"): its lines with no time or source of their own are passages of the colon
line's event, not events of their own; a line with its own time stays an event; a bare "X
says …:" opens none. Real sentences of the ECB+ development articles."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.extract import extract_events
from viewer.core.model import Document, Event, Span
from viewer.core.transcripts import _told_in_speech, opens_transcript

REMARKS = "\n\n".join(
    [
        "The President announced his nominee for the U.S. Surgeon General, Dr. Regina Benjamin, "
        "today at the White House.",
        "She received the Nelson Mandela Award for Health and Human Rights in 1998, among other "
        "honors.",
        "The President emphasized this experience in his remarks, chronicling her dedication to "
        "providing health care for her rural community in the face of adversity:",
        "And that's why, even though she could have left the state to make more money as a "
        "specialist or as a doctor in a wealthier community, Regina Benjamin returned to Alabama "
        "and opened a small clinic in Bayou La Batre.",
        "When Hurricane George destroyed the clinic in 1998, she made house calls to all her "
        "patients while it was rebuilt.",
        "When Hurricane Katrina destroyed it again and left most of her town homeless, she "
        "mortgaged her house and maxed out her credit cards to rebuild that clinic for a second "
        "time.",
        "She tended to those who had been wounded in the storm, and when folks needed medicine, "
        "she asked the pharmacist to send the bill her way.",
    ]
)


def _paragraphs(text: str, published: date) -> list[Event]:
    """The events of an article whose paragraphs, split by blank lines, are its body's parts,
    as the reader gives them."""
    body, position = [], 0
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    return extract_events(Document(id="a.txt", path="a.txt", text=text, body=body, date=published))


def test_the_lines_of_a_speech_after_its_colon_line_are_its_passages() -> None:
    events = _paragraphs(REMARKS, date(2009, 7, 13))
    firsts = [e.primary.text[:20] for e in events]
    assert "And that's why, even" not in firsts
    assert "When Hurricane Katri" not in firsts
    assert "She tended to those " not in firsts
    (remarks,) = [e for e in events if e.primary.text.startswith("The President emphasized")]
    assert [p.text[:20] for p in remarks.passages][1:] == [
        "And that's why, even",
        "When Hurricane Katri",
        "She tended to those ",
    ]
    # A line of the speech with a time of its own stays a happening of that time.
    (george,) = [e for e in events if e.primary.text.startswith("When Hurricane George")]
    assert george.date.first == date(1998, 1, 1)


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("In her remarks, Dr. Benjamin explained how she sees her role:", True),
        ("General Manager A.J. Smith issued the following statement on Jackson's arrest:", True),
        (
            "The EPIX broadcast of the match made note of the following all-time heavyweight "
            "records in title fights:",
            True,
        ),
        # A bare statement ending in a colon: its next line may be news of its own.
        (
            "Police commissioner Charles Ramsey says she was escorted out of the building and was "
            "outside for nine minutes before coming back:",
            False,
        ),
        ("The President emphasized this experience in his remarks.", False),
    ],
)
def test_a_colon_line_naming_the_speech_opens_a_transcript(line: str, opens: bool) -> None:
    assert opens_transcript(line) is opens


QUOTED_IN_SPEECH = "\n\n".join(
    [
        "The President announced his nominee for the U.S. Surgeon General, Dr. Regina Benjamin, "
        "today at the White House.",
        "The President emphasized this experience in his remarks, chronicling her dedication to "
        "providing health care for her rural community in the face of adversity:",
        "One disabled patient brought her an envelope with $20 inside.",
        'Another elderly man said simply, "Maybe I can help.',
        'I got a hammer."',
        "She's seen an increasing number of patients who've had health insurance their entire "
        "lives suddenly lose it because they lost their jobs or because it's simply become too "
        "expensive.",
        "And she's witnessed the shortage of primary care physicians in the rural and underserved "
        "areas where she works.",
        "As the President explained, through this personal experience working with the poor and "
        "uninsured, Dr. Benjamin understands firsthand the urgent need for health care reform.",
    ]
)


def test_a_quotation_the_speech_tells_does_not_end_it() -> None:
    # Someone of the speech's own story quoted ("Another elderly man said simply, "…") is a
    # line of the speech, and so are the lines after it; a verb of saying of the reporter's
    # ("As the President explained, …") ends it.
    events = _paragraphs(QUOTED_IN_SPEECH, date(2009, 7, 13))
    firsts = [e.primary.text[:20] for e in events]
    assert "She's seen an increa" not in firsts
    (remarks,) = [e for e in events if any(p.text.endswith("adversity:") for p in e.passages)]
    texts = [p.text[:20] for p in remarks.passages]
    assert "She's seen an increa" in texts
    assert "And she's witnessed " in texts
    assert "As the President exp" not in texts


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ('Another elderly man said simply, "Maybe I can help.', True),
        ("One patient told her, “I will pay you when I can.”", True),
        # A source of the reporter's, named: the transcript ends there.
        ('Dr. Benjamin said, "I am honored."', False),
        ('"Maybe I can help," another man said.', False),
    ],
)
def test_a_quotation_told_by_someone_of_the_speech(line: str, told: bool) -> None:
    assert _told_in_speech(line) is told


def test_an_undated_text_after_the_following_is_of_the_story_news() -> None:
    # "… issued the following statement on Jackson's arrest:" tells no happening of its own
    # time: a passage of the lede's event (ECB+ development article 35_2ecb).
    text = "\n\n".join(
        [
            "Chargers receiver Vincent Jackson was arrested on suspicion of driving under the "
            "influence early yesterday.",
            "In 2006, linebacker Steve Foley was shot by an off-duty Coronado policeman.",
            "General Manager A.J. Smith issued the following statement on Jackson's arrest:",
        ]
    )
    events = _paragraphs(text, date(2009, 2, 4))
    assert [e.primary.text[:20] for e in events] == ["Chargers receiver Vi", "In 2006, linebacker "]
    assert events[0].passages[-1].text.startswith("General Manager A.J.")


@pytest.mark.parametrize(
    "line",
    [
        # A time of its own (ECB+ development article 31_3ecbplus).
        "Shortly before 2 p.m., McDermott sent out the following message on Twitter:",
        # A speech named, not a text given after "the following": as before.
        "In her remarks, Dr. Benjamin explained how she sees her role:",
    ],
)
def test_a_colon_line_with_its_own_time_or_naming_a_speech_stays_an_event(line: str) -> None:
    text = "\n\n".join(
        [
            "Creighton forward Doug McDermott will return for his senior season, he said Thursday.",
            "In 2006, he was named the state's player of the year.",
            line,
        ]
    )
    events = _paragraphs(text, date(2013, 4, 25))
    assert events[-1].primary.text[:20] == line[:20]
