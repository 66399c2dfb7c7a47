"""Inputs made of many small pieces (a "[" left open on every line, lines of a lone mark) are
read in proportion to their size and no more: what each piece costs is what is counted here,
never the time (`python -m bench.long_article_bench` prints that)."""

from __future__ import annotations

from pathlib import Path

import markdown_it.helpers
import pytest

from viewer.corpus import read_document


def test_a_bracket_never_closed_is_not_read_as_a_link_s_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A link's label is closed by "]": with none after it, each "[" was tried as a label
    # running to the paragraph's end (5.7 s a MB of such a file).
    labels: list[int] = []
    real = markdown_it.helpers.parseLinkLabel

    def counting(state: object, start: int, disable_nested: bool = False) -> int:
        labels.append(start)
        return real(state, start, disable_nested)  # type: ignore[arg-type]

    monkeypatch.setattr(markdown_it.helpers, "parseLinkLabel", counting)
    lines = "".join(f"[see *item* {i} of the list\n" for i in range(2000))
    path = tmp_path / "open.md"
    path.write_text(f"# Bridge to reopen\n\n12 March 2024\n\n{lines}\n", encoding="utf-8")
    doc = read_document(path)
    shown = doc.visible.shown(0, len(doc.text))
    assert "[see item 1999 of the list" in shown
    assert labels == []
    # A label that is closed is still a link's: its brackets and address show nothing.
    path.write_text("# Bridge\n\n12 March 2024\n\nSee [the *plan*](https://x.org) now.\n")
    doc = read_document(path)
    assert len(labels) == 1
    assert "See the plan now." in doc.visible.shown(0, len(doc.text))
