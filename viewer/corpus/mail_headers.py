"""The header of an email saved or forwarded as text: "From:", "Date:", "Subject:" lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.errors import HeaderParseError
from email.header import decode_header, make_header

_FIELD = re.compile(
    r"(?P<key>from|sent|date|to|cc|bcc|subject|reply-to|"
    # A message saved whole (an .eml file, "Show original"): its route and its MIME fields.
    r"received(?:-spf)?|return-path|delivered-to|mime-version|message-id|in-reply-to|"
    r"references|content-[a-z-]+|dkim-signature|authentication-results|list-[a-z-]+|"
    r"feedback-id|precedence|sender|importance|thread-[a-z]+|user-agent|auto-submitted|"
    r"x-[a-z0-9-]+|arc-[a-z-]+)"
    r"[^\S\n]*:[^\S\n]*(?P<value>.*)",
    re.IGNORECASE,
)
MAIL_HEADER_LINES = 80  # the most lines of a whole header, its route and signatures
# The line a mail program writes above a forwarded or quoted message.
_SEPARATOR = re.compile(
    r"-{2,}[^\S\n]*(?:forwarded[^\S\n]+message|original[^\S\n]+message)[^\S\n]*-{2,}|"
    r"begin[^\S\n]+forwarded[^\S\n]+message[^\S\n]*:?",
    re.IGNORECASE,
)
_REPLY_MARK = re.compile(r"^(?:(?:fwd?|re|fw)[^\S\n]*:[^\S\n]*)+", re.IGNORECASE)


@dataclass(slots=True)
class MailHeader:
    """How many lines at the top are a mail header, its subject, and its dated lines."""

    lines: int = 0
    subject: str = ""
    dated: list[int] = field(default_factory=list)  # indexes of its "Date:" and "Sent:" lines


def mail_header(shown: list[str], indented: list[bool] | None = None) -> MailHeader | None:
    """The mail header opening an article's lines (as a reader sees them): a run of "Key: value"
    lines naming a sender or a subject and one more field, maybe under a "Forwarded message"
    line; a field goes on on the lines `indented` under it. A lone "Date:" or "To:" line is no
    mail header."""
    found = MailHeader()
    keys: set[str] = set()
    for index, line in enumerate(shown):
        if keys and indented is not None and indented[index] and found.lines == index:
            found.lines = index + 1  # "Received: from …" / "\tby mx.example.com …"
            continue
        if _SEPARATOR.fullmatch(line.strip()):
            if keys:
                break  # a second message: its header is the forwarded story's own
            found.lines = index + 1
            continue
        match = _FIELD.fullmatch(line.strip())
        if match is None:
            break
        key = match["key"].lower()
        keys.add(key)
        if key == "subject":
            found.subject = _REPLY_MARK.sub("", _decoded(match["value"])).strip()
        elif key in ("date", "sent"):
            found.dated.append(index)
        found.lines = index + 1
    if len(keys) < 2 or not keys & {"from", "subject"}:
        return None
    return found


def _decoded(value: str) -> str:
    """A header's value with its encoded words decoded, as a mail program shows it:
    "=?UTF-8?Q?Port_strike_ends?=" is "Port strike ends"; as written when they are broken."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeDecodeError, ValueError):
        return value
