"""A report, and what it reports at a count from a happening the article names.

"Homicide Detective Dominic Mangoni, testifying Tuesday at Hiller's preliminary hearing, said
| he asked how she felt just hours after the shootings": the testimony is Tuesday's, the
questioning of the shootings' day. "Herbert Flynn Jr told 5News after Simpson's arrest | that
on the night of his daughter's murder, she was planning to meet with her boyfriend": the
interview came after the arrest, the plan was of the murder's night. What is reported, told in
the past with no date of its own but a count from a named happening (counted_phrases), is cut
out when the report has a time of its own: a date, or a happening it came after or before.
A report with no time of its own ("Police said the suspect fled hours after the shooting")
keeps what it reports: nothing says the two came apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.counted_phrases import counts_from_named, may_count
from viewer.core.happening_families import FAMILY_OF
from viewer.core.happening_openers import REPORT_VERB, REPORTING
from viewer.core.model import Span
from viewer.core.sentence_tense import told_in_past
from viewer.core.temporal.timex import Timex

# The report's verb, then what it reports: after "that" within a few words ("told 5News after
# Simpson's arrest that …"), or at once from its subject pronoun ("said he asked …").
_REPORTED = re.compile(
    rf"\b(?:{REPORTING})\b(?:[^,.;:“\"]{{0,40}}?\b(that)\b|\s+(?=(?:he|she|they|it|we|i)\s))"
)
# A happening the report came after or before, named by a noun: "after Simpson's arrest".
_NOUNS = "|".join(sorted(FAMILY_OF, key=len, reverse=True))
_AFTER_HAPPENING = re.compile(
    r"\b(?:after|before|following|since)\s+(?:the|his|her|its|their|[A-Z][\w'’]*)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUNS})\b"
)


def reported_count(
    text: str, sentence: Span, timexes: Sequence[Timex], lower: str | None = None
) -> list[Span]:
    """What a report with a time of its own reports at a count from a named happening, as a
    clause to cut out (module docstring); [] for none. (`lower`: the text lowercased, of the
    same length, if the caller has it.)"""
    if lower is not None:
        low = lower[sentence.start : sentence.end]
    else:
        low = text[sentence.start : sentence.end].lower()
    if not may_count(low):
        return []  # most sentences name no count: spared the patterns
    shown = text[sentence.start : sentence.end]  # sliced only for the few that name one
    if counts_from_named(shown) is None or not REPORT_VERB.found(
        text, sentence.start, sentence.end
    ):
        return []  # most sentences count from no happening
    m = _REPORTED.search(text, sentence.start, sentence.end)
    if m is None:
        return []
    start = m.start(1) if m.group(1) else m.end()
    clause = text[start : sentence.end]
    if counts_from_named(clause) is None or not told_in_past(clause):
        return []
    if any(start <= t.start < sentence.end and t.dated() for t in timexes):
        return []  # a date of its own: happenings.side_clauses
    head = Span(sentence.start, start)
    dated = any(head.start <= t.start and t.end <= head.end and t.dated() for t in timexes)
    if not dated and _AFTER_HAPPENING.search(text, head.start, head.end) is None:
        return []  # the report has no time of its own
    return [Span(start, sentence.end)]
