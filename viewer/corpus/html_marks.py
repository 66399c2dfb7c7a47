"""What a page marks in its classes beyond the article's own elements: a blog post's title
and its author's card as microformats mark them, a document's Title paragraph as a word
processor saves it as a web page."""

from __future__ import annotations

from viewer.corpus.html_scan import Block

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# The furniture words of a post's own footer ("post-footer", its "footer" element), where a
# blog shows its post's author: no other furniture.
POST_FOOTER = frozenset({"footer"})


def title_paragraph(block: Block) -> bool:
    """Whether a paragraph is set in a document's Title style, as a word processor saves it as
    a web page: '<p class="c3 title">' (Google Docs), '<p class=MsoTitle>' (Word)."""
    classes = block.element.attrs.get("class", "").lower().split()
    return block.tag == "p" and ("title" in classes or "msotitle" in classes)


def entry_author(context: frozenset[str]) -> bool:
    """Whether an element is an author's card in a post as microformats mark them, "vcard" in
    "hentry" (Blogger, WordPress) or "h-card" in "h-entry" (Medium's export): the post's
    author, in the post's own footer too ("post-footer", its "footer" element)."""
    card = "vcard" in context or {"h", "card"} <= context
    return card and ("hentry" in context or {"h", "entry"} <= context)


def entry_title(block: Block) -> bool:
    """Whether a heading is marked as its post's title, as blogs mark it: "entry-title"
    (Blogger, WordPress), "post-title"."""
    classes = block.element.attrs.get("class", "").lower().split()
    return block.tag in _HEADINGS and ("entry-title" in classes or "post-title" in classes)


def retitled(block: Block, titled: Block | None) -> bool:
    """Whether a heading marked as its post's title, in the post ("hentry"), is the headline
    after an h1 outside any post: a blog's name over its post ("Valley Notes" / "Dam repairs
    to start in June")."""
    return (
        titled is not None
        and entry_title(block)
        and _in_entry(block.context)
        and not (entry_title(titled) or _in_entry(titled.context))
    )


def _in_entry(context: frozenset[str]) -> bool:
    return "hentry" in context or {"h", "entry"} <= context or "post" in context
