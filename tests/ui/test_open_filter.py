"""The Open Articles and Add Articles dialogs offer every kind of file a folder is read for."""

from __future__ import annotations

from viewer.corpus.article_files import ARTICLE_SUFFIXES
from viewer.ui.file_actions import ARTICLE_FILTER


def test_the_open_dialog_offers_every_kind_of_article_mails_too() -> None:
    offered = ARTICLE_FILTER.split(";;")[0]
    assert "*.eml" in offered  # a mail saved whole is read, in a folder or picked
    for suffix in ARTICLE_SUFFIXES:
        assert f"*{suffix}" in offered
    assert ARTICLE_FILTER.endswith(";;All files (*)")
