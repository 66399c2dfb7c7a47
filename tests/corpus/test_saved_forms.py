"""Pages in the forms users save them: a feed's item saved as .html, a page's linked data the
only place of its author, a PDF copied to text with its running heads, a print view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import body_text, check_invariants
from viewer.core.model import Document
from viewer.corpus import read_document

_LEDE = "The museum said on Tuesday it would return 20 bronzes to Nigeria later this year."


def _page(tmp_path: Path, text: str, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    check_invariants(doc)
    return doc


_RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Arts Desk - Latest</title>
<link>https://artsdesk.example/</link><description>Arts news</description>
<item><title>Museum to return bronzes to Nigeria</title>
<link>https://artsdesk.example/museum-bronzes</link><guid>https://artsdesk.example/1</guid>
<pubDate>Tue, 27 Feb 2024 10:15:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
<description>{_LEDE}</description></item></channel></rss>
"""
_ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Arts Desk</title>
<link href="https://artsdesk.example/"/><id>urn:uuid:1</id>
<entry><title>Museum to return bronzes to Nigeria</title>
<link href="https://artsdesk.example/museum-bronzes"/><id>urn:uuid:2</id>
<published>2024-02-27T10:15:00Z</published><author><name>Jane Doe</name></author>
<summary>{_LEDE}</summary></entry></feed>
"""


@pytest.mark.parametrize("feed", [_RSS, _ATOM])
def test_a_feed_s_item_saved_as_a_page(tmp_path: Path, feed: str) -> None:
    """A feed's item saved as .html was read as no text at all ("only markup"): its title
    is the headline, its date the article's, its description or summary the text."""
    doc = _page(tmp_path, feed)
    assert (doc.title, doc.author, doc.date) == (
        "Museum to return bronzes to Nigeria",
        "Jane Doe",
        date(2024, 2, 27),
    )
    assert body_text(doc) == _LEDE
