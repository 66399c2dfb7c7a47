"""Tags as a user types and reads them in one line: between commas, a tag holding a comma
in double quotes ("Smith, J."), so that it stays one tag however often the line is edited.
A semicolon starts a new tag even in quotes: the CSV joins tags with "; " and its import
splits them at each, so a tag holding one came back as two."""

from __future__ import annotations

TAG_SEPARATORS = ",;"  # typed between tags; the export joins them with "; "
ALWAYS_SEPARATES = ";"  # the export's own separator: never inside a tag
TAG_QUOTE = '"'  # around a tag that holds a comma: "Smith, J."
TAGS_PLACEHOLDER = 'comma, separated, "tags, in quotes"'
TAGS_TIP = (
    'Tags between commas; a tag holding a comma in double quotes: "Smith, J."; a semicolon'
    " always starts a new tag, as in the CSV"
)


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags typed in the field, in order, each once; commas or semicolons between them,
    a tag holding a comma written in double quotes ("Smith, J."), a quote in it doubled."""
    words: list[str] = []
    word: list[str] = []
    quoted = False
    at = 0
    while at < len(text):
        char = text[at]
        if quoted and char == TAG_QUOTE and text[at + 1 : at + 2] == TAG_QUOTE:
            word.append(char)
            at += 1
        elif char == TAG_QUOTE and (quoted or not "".join(word).strip()):
            quoted = not quoted  # an open quote runs to the end: typed key by key, it closes
            word = [] if quoted else word
        elif char in TAG_SEPARATORS and (not quoted or char in ALWAYS_SEPARATES):
            words.append("".join(word))
            word = []
        else:
            word.append(char)
        at += 1
    words.append("".join(word))
    return tuple(dict.fromkeys(w for w in (" ".join(raw.split()) for raw in words) if w))


def tags_text(tags: tuple[str, ...]) -> str:
    """Tags as the field shows them, to be read back the same by parse_tags: a tag holding a
    comma, or starting with a quote, in double quotes (one holding a semicolon, from a project
    of an earlier version, reads back split, as the CSV's import splits it)."""
    return ", ".join(_tag_text(tag) for tag in tags)


def _tag_text(tag: str) -> str:
    if any(mark in tag for mark in TAG_SEPARATORS) or tag.startswith(TAG_QUOTE):
        return TAG_QUOTE + tag.replace(TAG_QUOTE, 2 * TAG_QUOTE) + TAG_QUOTE
    return tag
