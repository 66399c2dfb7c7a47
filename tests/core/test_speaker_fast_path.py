"""The names a statement gives its speaker, found by two searches, are those one pattern with
both as alternatives finds: on the seeds' sentences and on made-up text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core.title_event import _speaker_names

# The speaker's pattern as it was spelt: both alternatives in one.
_PLAIN = re.compile(
    r"([A-Z][a-z]+)\s+(?:said|says|stated|declared|added|told|wrote|insisted|noted|tweeted)\b"
    r"|\b(?:said|stated|declared|added|wrote|insisted|noted|tweeted)\s+(?:[A-Z][\w.-]*\s+)*"
    r"([A-Z][a-z]+)(?=\s*(?:[,.;:!?\"”’)]|$)|\s+(?:on|in|at|of|who|after|during|to|from|and|"
    r"when|while|as|for|with|that|last|this|earlier)\b)"
)
_PIECES = """Biden said says Said stated told Told wrote tweeted added noted insisted declared Joe
Mr. Carter US on in who , . ; ” " ’ ) é _ x9 Tuesday May resaid unsaid Biden's said_""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "\n"]), max_size=30).map("".join) | st.lists(
    st.sampled_from(_PIECES), max_size=20
).map(" ".join)


def _agree(text: str) -> None:
    plain = [m.group(1) or m.group(2) for m in _PLAIN.finditer(text)]
    assert list(_speaker_names(text)) == plain, text


def test_the_seed_sentences_give_the_same_names() -> None:
    for sentence in seed_sentences():
        _agree(sentence)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_made_up_text_gives_the_same_names(text: str) -> None:
    _agree(text)
