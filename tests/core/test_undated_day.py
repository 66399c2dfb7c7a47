"""An article with no date exports the same whatever the day it is read on: its dates are read
against one fixed day, never the day of the run. Each program runs in a process of its own
whose clock says another day (the clock is set before the package is imported)."""

from __future__ import annotations

import subprocess
import sys

# Sets the day the process's clock says, then imports the package.
_CLOCK = """
import datetime
_real = datetime.date
class _Day(_real):
    @classmethod
    def today(cls):
        return _real.fromisoformat({day!r})
datetime.date = _Day
"""

_EXTRACTED = """
from viewer.core.extract import extract_events
from viewer.core.model import Document, Span
text = (
    "Mill closes after a century\\n\\n"
    "The Harlow mill had its best years in the '30s, when it employed 2,000 people, "
    "the company said.\\n\\n"
    "The mill was sold on 4/6/37 to a rival, records show.\\n"
)
body = [Span(text.index("The Harlow"), len(text))]
for e in extract_events(Document("mill.txt", "mill.txt", text, body=body)):
    print(e.date.first, e.date.last, e.date_basis, e.date_text)
"""

_MADE_BY_USER = """
from viewer.core.grouping import user_event
from viewer.core.model import Document
text = "Mayor quits\\n\\nThe mayor resigned on Friday, the council said.\\n"
start = text.index("The mayor")
e = user_event(Document("m.txt", "m.txt", text), start, text.index(","))
print(e.date.first, e.date.last, e.date_basis, e.date_text)
"""

_DAYS = ("2026-12-06", "2027-03-01", "2031-07-15")


def _printed(program: str, day: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _CLOCK.format(day=day) + program],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_an_undated_articles_events_do_not_depend_on_the_day_of_the_run() -> None:
    """A decade and a year written with two figures are read as of one fixed day: "the '30s"
    stays the 1930s and "4/6/37" 1937 after the years 2027 and 2030 begin."""
    printed = {day: _printed(_EXTRACTED, day) for day in _DAYS}
    assert len(set(printed.values())) == 1, printed
    assert "1930-01-01 1939-12-31 explicit the '30s" in printed[_DAYS[0]]


def test_a_users_event_in_an_undated_article_is_not_counted_from_the_day_of_the_run() -> None:
    """ "On Friday" in an article with no date counts from no day (as extraction drops it): the
    event is put on the day it was made on (here none given: the fixed day), theirs to correct."""
    printed = {_printed(_MADE_BY_USER, day) for day in _DAYS}
    assert printed == {"2026-12-06 2026-12-06 user chosen by the user\n"}, printed
