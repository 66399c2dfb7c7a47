"""A list of dates or clock times with nothing else between them (a page of dates pasted as one
line, a column of times) tells no happening: extraction does not tag its every date, and a
sentence's few dates are tagged as before. What is counted is what the tagger finds, never
the time (`python -m bench.long_article_bench` prints that)."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core import date_lists
from viewer.core.extract import extract_events
from viewer.core.model import Document, Span
from viewer.core.temporal import scan, tagger
from viewer.core.temporal.context import Hit

_SENTENCE = "The council said on Tuesday that the bridge would reopen on 1 June 2024."


@pytest.fixture()
def found(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many matches the tagger's rules accept, at each tagging."""
    counts: list[int] = []
    real = scan.hits_at_leads

    def counting(*args: object) -> list[Hit]:
        hits = real(*args)  # type: ignore[arg-type]
        counts.append(len(hits))
        return hits

    monkeypatch.setattr(tagger, "hits_at_leads", counting)
    return counts


def _events(listed: str) -> list[str]:
    """The events of the list's paragraph and the sentence's under it."""
    text = f"{listed}\n\n{_SENTENCE}"
    doc = Document(id="d", path="d.txt", text=text, date=date(2024, 3, 12))
    doc.body = [Span(0, len(listed)), Span(len(text) - len(_SENTENCE), len(text))]
    return [event.primary.text.strip() for event in extract_events(doc)]


@pytest.mark.python_only
@pytest.mark.parametrize(
    "listed",
    [
        ", ".join(f"{day % 28 + 1} March 2024" for day in range(1000)),  # "1 March 2024, 2 …"
        " ".join(f"March {day % 28 + 1}, 2024" for day in range(1000)),
        "\n".join(f"{hour % 24}:{minute:02d}" for hour in range(400) for minute in (5, 35)),
    ],
)
def test_a_list_of_dates_is_not_tagged_date_by_date(listed: str, found: list[int]) -> None:
    events = _events(listed)
    assert max(found) <= 4  # the sentence's own: "Tuesday", "1 June 2024"
    assert " ".join(events) == _SENTENCE  # its two happenings, none of the list


@pytest.mark.python_only
def test_a_sentence_s_few_dates_are_tagged(found: list[int]) -> None:
    listed = "The talks were held on 3 March, 4 March, 5 March and 6 March 2024."
    _events(listed)
    assert max(found) >= 6
    assert date_lists.listed_runs(listed.lower()) == []
