"""Which passage leads a merge by hand: a whole sentence over a clause cut from one."""

from __future__ import annotations

import pytest

from viewer.workspace.merge_lead import whole_sentence


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The town shut both of its intakes on Tuesday, officials said.", True),
        ("“We have 130 aircraft on high alert,” Stoltenberg said.", True),
        ("A spokesman told CNN that Poland will get two batteries.”", True),
        ("The staggering pace of transfers was spelled out in a report Monday morning", False),
        ("Since shortly before the Russian invasion in late February", False),
        ("announced on Tuesday that the town would build a connection.", False),
    ],
)
def test_a_clause_is_no_whole_sentence(text: str, whole: bool) -> None:
    assert whole_sentence(text) is whole
