"""The parts of a mail saved whole (an .eml file): which lines are its structure and which its
text, and how the text of a part in quoted-printable shows ("=C3=A9" is "é", a line ending
in "=" goes on with no break)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.corpus.visible_edits import Edit

# A message of several parts (its text, an HTML copy, attachments): the line that opens each
# part is "--" and the boundary its header declares; the part's own fields follow it.
_BOUNDARY = re.compile(r"boundary\s*=\s*\"?([^\";\s]+)", re.IGNORECASE)
_PART_FIELD = re.compile(r"(?:content-[a-z-]+|mime-version)\s*:.*|[a-z-]+\s*=.*", re.IGNORECASE)
_PART_TEXT = re.compile(r"content-type\s*:\s*text/plain\b", re.IGNORECASE)
_BASE64 = re.compile(r"content-transfer-encoding\s*:\s*base64\b", re.IGNORECASE)
_QUOTED = re.compile(r"content-transfer-encoding\s*:\s*quoted-printable\b", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*\"?([\w.:-]+)", re.IGNORECASE)
# In quoted-printable: "=" and two hex digits is a byte, "=" ending a line a break not there.
_ESCAPES = re.compile(r"(?:=[0-9A-Fa-f]{2})+|=[ \t]*(?:\r\n|\n|\r)")


@dataclass(slots=True)
class MailPart:
    """A part of a message: its fields, the indexes of its lines, whether it is text to read."""

    fields: str
    lines: list[int] = field(default_factory=list)
    text: bool = True


def mail_parts(shown: list[str], header: int) -> tuple[set[int], list[MailPart]]:
    """The lines after a mail's header (its first `header` lines) that are the structure of a
    message of several parts, each boundary and its part's fields, and the parts: the first
    the preamble before any boundary (of a message of one part, all its text)."""
    heading = "\n".join(shown[:header])
    boundaries = {f"--{name}" for name in _BOUNDARY.findall(heading)}
    structure: set[int] = set()
    parts = [MailPart(heading, text=not boundaries and _is_text(heading))]
    index = header
    while index < len(shown):
        line = shown[index].strip()
        if line not in boundaries and line[:-2] not in boundaries:
            parts[-1].lines.append(index)
            index += 1
            continue
        structure.add(index)
        index += 1
        fields = []
        while index < len(shown) and _PART_FIELD.fullmatch(shown[index].strip()):
            fields.append(shown[index])
            structure.add(index)
            index += 1
        joined = "\n".join(fields)
        boundaries.update(f"--{name}" for name in _BOUNDARY.findall(joined))
        # After the last boundary ("--…--"), the epilogue: no part's text.
        parts.append(MailPart(joined, text=line in boundaries and _is_text(joined)))
    return structure, parts


def mime_lines(shown: list[str], header: int) -> set[int]:
    """The lines after a mail's header that are no text of it: its parts' boundaries and
    fields, the preamble ("This is a multi-part message in MIME format."), and each part that
    is not plain text to read (an HTML copy of the text, an attachment, a part in base64)
    when a part of plain text is there to read."""
    structure, parts = mail_parts(shown, header)
    if not structure:
        return structure
    structure.update(parts[0].lines)
    if any(part.text for part in parts[1:]):
        for part in parts[1:]:
            structure.update(() if part.text else part.lines)
    return structure


def _is_text(fields: str) -> bool:
    """Whether a part's fields say it is plain text, not in base64 (a part with no fields is)."""
    plain = not fields or "content-type" not in fields.lower() or _PART_TEXT.search(fields)
    return bool(plain) and _BASE64.search(fields) is None


def quoted_printable(text: str, spans: list[tuple[str, int, int]]) -> list[Edit]:
    """How the text of the parts in quoted-printable shows: each run of escaped bytes as the
    characters they make in the part's character set, each "=" ending a line as nothing, the
    line break with it. `spans`: each part's fields and the source span of its lines."""
    edits: list[Edit] = []
    for fields, start, end in spans:
        if _QUOTED.search(fields) is None:
            continue
        charset = _CHARSET.search(fields)
        encoding = charset[1] if charset else "utf-8"
        for found in _ESCAPES.finditer(text, start, end):
            edits.append((found.start(), found.end(), _decoded(found[0], encoding)))
    return edits


def _decoded(escapes: str, encoding: str) -> str:
    """The characters a run of "=XX" escapes makes ("" for a soft line break); no longer than
    the escapes, each character three of them at least."""
    if not escapes.startswith("=") or escapes[1:2] in (" ", "\t", "\r", "\n"):
        return ""
    data = bytes.fromhex(escapes.replace("=", ""))
    try:
        return data.decode(encoding, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")
