"""The paper's notes on the article itself, at its end, are no article text: a correction, a
clarification, an editor's note, "This article was updated on …". They became events of the
publication day or of the day they name."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.corpus import read_document

_LEDE = "Salvage crews began cutting apart the wreckage of the bridge on Tuesday."


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article misstated the day the first section was "
        "lifted. It was Saturday, not Sunday.",
        "Clarification: This story has been changed to say the crane was floating.",
        "Editor's note: This story contains descriptions of violence.",
        "An earlier version of this story gave the wrong name for the ship.",
        "This article was updated on April 3 to include the latest figures.",
        "This story has been updated.",
        # A wire's note of what a new version changed, in brackets.
        "(Updates with bond yields in eighth paragraph. An earlier version of this story "
        "misstated the number of votes the motion received.)",
        "(Adds comment from the ministry in paragraph 5)",
    ],
)
def test_a_note_on_the_article_is_no_article_text(tmp_path: Path, note: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(f"2024-04-03\n\nCrews begin removing wreckage\n\n{_LEDE}\n\n{note}\n")
    doc = read_document(path)
    body = " ".join(doc.text[s.start : s.end] for s in doc.body)
    assert _LEDE in body
    assert note[:20] not in body


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper published a correction on Friday after the minister complained.",
        "(Police said the man fled on foot.)",  # in brackets, but no note on the article
    ],
)
def test_a_correction_or_a_bracketed_line_the_story_tells_stays(tmp_path: Path, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"2024-04-03\n\nPaper corrects report\n\n{_LEDE}\n\n{text}\n")
    doc = read_document(path)
    assert text in " ".join(doc.text[s.start : s.end] for s in doc.body)
