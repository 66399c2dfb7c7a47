"""The reading benchmark's three forms of one story read to the same words and events."""

from __future__ import annotations

from pathlib import Path

from bench.reading_bench import FORMS, _story
from viewer.core.extract import extract_events
from viewer.corpus import read_document


def test_each_form_of_a_story_reads_to_its_paragraphs_and_the_same_events(tmp_path: Path) -> None:
    date_line, paragraphs = _story(3)
    found = {}
    for name, (suffix, render) in FORMS.items():
        path = tmp_path / f"story{suffix}"
        path.write_text(render(date_line, paragraphs), encoding="utf-8")
        document = read_document(path)
        shown = " ".join(document.visible.render().split())
        assert " ".join(paragraphs[-1].split()) in shown, name
        assert "<" not in shown and "&amp;" not in shown and "\\$" not in shown, name
        found[name] = [event.date for event in extract_events(document)]
    assert found["Markdown"] == found["plain text"] == found["HTML"]
