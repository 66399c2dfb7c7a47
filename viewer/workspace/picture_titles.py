"""The title a picture of the timeline is offered: what the user searched for, else the
folder of articles, never the project's file name ("work") that said nothing of the story."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from viewer.core.counted_words import counted


def corpus_title(sources: Sequence[Path], documents: int) -> str:
    """ "Timeline of nato-deployments": the folder the articles were opened from (or the one
    file), else how many articles there are."""
    if len(sources) == 1:
        return f"Timeline of {sources[0].name}"
    folders = {p if p.is_dir() else p.parent for p in sources}
    if len(folders) == 1:
        return f"Timeline of {folders.pop().name}"
    return f"Timeline of {counted(documents, 'article')}"


def picture_title(search: str, sources: Sequence[Path], documents: int) -> str:
    """The search's words, as a headline ("Madrid summit"), when a search is on: the picture
    shows the story searched for; else the corpus' title."""
    words = " ".join(search.split())
    if words:
        return words[:1].upper() + words[1:]
    return corpus_title(sources, documents)
