"""No exported cell may start a formula in a spreadsheet."""

import pytest

from viewer.export import spreadsheet_safe


@pytest.mark.parametrize("text", ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"])
def test_formula_starts_are_quoted(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize("value", ["Biden said", "2022-03-08", 42, "", "a=b"])
def test_ordinary_values_are_left_alone(value: object) -> None:
    assert spreadsheet_safe(value) == value
