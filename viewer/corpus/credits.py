"""Credit lines under a headline: who wrote, photographed, drew or edited the article."""

from __future__ import annotations

import re

from viewer.corpus.metadata import byline

# The parts a credit line names, writing first: "Story by", "Text:", "Words and pictures by".
_WRITING = r"story|text|words|reporting|written|report"
_PICTURES = r"photographs|photography|photos|pictures|images|photographer"
_OTHER = r"graphics|illustrations?|video|design|editing|edited|interactive|data|maps?|animation"
_ROLE = rf"(?:{_WRITING}|{_PICTURES}|{_OTHER})"
_ROLES = rf"(?P<roles>(?i:(?:additional\s+)?{_ROLE}(?:\s*(?:,|and|&)\s*{_ROLE})*))"
# A person's name: capitalised words or initials, never a role's word ("Jane Doe. Photos by").
_WORD = rf"(?!(?i:{_ROLE})\b)[A-Z](?:\.|[\w'’-]+)"
_ONE = rf"{_WORD}(?:\s+(?:{_WORD}|de|van|von|da|del|la|le))*"
_NAME = rf"(?P<name>{_ONE}(?:\s*,\s*{_ONE})*(?:\s+(?:and|&)\s+{_ONE})?)"
_PART = re.compile(rf"{_ROLES}(?:\s+(?i:by)\s+|\s*:\s*){_NAME}(?:\s+for\s+[A-Z][^|/;·•,.]*)?")
_SEPARATOR = re.compile(r"\s*(?:[|/;·•,]|\.(?=\s))\s*")
_WRITERS = re.compile(rf"\b(?:{_WRITING})\b", re.IGNORECASE)
_PICTURE_ROLES = re.compile(rf"\b(?:{_PICTURES})\b", re.IGNORECASE)
# A headline of a photo essay, whose pictures are the article: "In pictures: …", "Photos: …".
_PHOTO_ESSAY = re.compile(
    r"\b(?:in\s+(?:pictures|photos|images)|photo\s+essay|gallery|pictures|photos)\b", re.IGNORECASE
)
_MOST_PARTS = 4
# A live page's byline of who writes it now and who wrote it before: "Jane Doe (now) and
# John Roe (earlier)", "Jane Doe (now), John Roe and Ann Lee (earlier)".
_SHIFT = r"\s*\((?i:now|earlier|before|until\s+\d{1,2}[:.]\d\d\s*\w*)\)"
_LIVE = re.compile(rf"(?P<now>{_ONE})\s*\((?i:now)\)(?:\s*(?:,|and|&)\s*{_ONE}(?:{_SHIFT})?)+")


def credit_line(line: str, title: str) -> str | None:
    """When `line` is a credit line ("Story by Jane Doe | Photos by Sam Okafor", "Text: Jane
    Doe / Photos: Sam Okafor", "Photographs by Sam Okafor"), who wrote the article: its
    writer's name, or under a photo essay's `title` its photographer's; "" when it names
    neither; of a live page's shifts ("Jane Doe (now) and John Roe (earlier)"), who writes
    it now. None when `line` is no credit line."""
    live = _LIVE.fullmatch(line)
    if live is not None:
        return live["now"]
    at, writer, photographer = 0, "", ""
    for _ in range(_MOST_PARTS):
        part = _PART.match(line, at)
        if part is None:
            return None
        name = part["name"]
        if _WRITERS.search(part["roles"]) and not part["roles"].lower().startswith("additional"):
            writer = writer or name
        elif _PICTURE_ROLES.search(part["roles"]):
            photographer = photographer or name
        at = part.end()
        separator = _SEPARATOR.match(line, at)
        if at == len(line.rstrip(" .")):
            break
        if separator is None or separator.end() == at:
            return None
        at = separator.end()
    else:
        return None
    return writer or (photographer if _PHOTO_ESSAY.search(title) else "")


_PART_MARK = re.compile(r"\s[·|•]\s")


def parts_author(line: str) -> str:
    """The author a header's line of parts names in a "by" part of its own: "citymag.example ·
    by Jane Doe · 12 min read"; "" when none does."""
    parts = _PART_MARK.split(line)
    if len(parts) < 2:
        return ""
    for part in parts:
        part = part.strip()
        found = byline(part, 0, len(part), bare=False)
        if found is not None and not part[found.rest :].strip():
            return found.author
    return ""
