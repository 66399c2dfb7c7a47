"""Articles made of many small pieces, as users' folders hold them: lines of a lone mark, a
column of clock times, a page of dates pasted as one line, Markdown with "[" left open, HTML
whose paragraphs are never closed, and files that are no articles (a log, a CSV saved as
text, subtitles, a chat export, base64 pasted in). Each reads, extracts and exports in
proportion to its size (`python -m bench.long_article_bench` times them)."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from pathlib import Path

_HEAD = "Bridge to reopen\nBy Jane Doe\n12 March 2024\n\n"
_MONTHS = "January February March April May June July August September October November December"


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _made(size: int, piece: Callable[[random.Random, int], str]) -> str:
    """Pieces made one after another until `size` characters."""
    rng, parts, total, i = random.Random(48), [], 0, 0
    while total < size:
        part = piece(rng, i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)


def _clock(rng: random.Random, i: int) -> str:
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    return f"{hour}:{minute:02d}\n" if i % 2 else f"{hour % 12 + 1}:{minute:02d} PM\n"


def _date(rng: random.Random, i: int) -> str:
    month = _MONTHS.split()[rng.randint(0, 11)]
    return f"{rng.randint(1, 28)} {month} {rng.randint(1990, 2024)}, "


def _log(rng: random.Random, i: int) -> str:
    stamp = f"2024-03-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    return f"{stamp}:07,412 INFO [worker-{i % 8}] request {i} served in {rng.randint(1, 900)} ms\n"


def _csv(rng: random.Random, i: int) -> str:
    day = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(10, 24)}"
    return f"{day},Person {i},{rng.randint(1, 9999)}.{rng.randint(0, 99):02d},City {i % 50}\n"


def _subtitle(rng: random.Random, i: int) -> str:
    at = f"00:{i // 60 % 60:02d}:{i % 60:02d}"
    return f"{i + 1}\n{at},000 --> {at},900\nThe minister said on Monday that talks resume.\n\n"


def _chat(rng: random.Random, i: int) -> str:
    stamp = f"[{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2024, {rng.randint(0, 23):02d}:14:05]"
    return f"{stamp} Alice: did you see the news on Monday? ok\n"


def _base64(size: int) -> str:
    encoded = base64.b64encode(random.Random(48).randbytes(size * 3 // 4)).decode()
    lines = "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
    return f"{_HEAD}The council said on Tuesday the bridge would reopen.\n\n{lines}\n"


SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    'lines of "."': (".txt", lambda n: _HEAD + _repeated(".\n", n)),
    "lines of marks": (".txt", lambda n: _HEAD + _made(n, lambda r, i: "-*.!?;:#|"[i % 9] + "\n")),
    "lines of times": (".txt", lambda n: _HEAD + _made(n, _clock)),
    "a line of dates": (".txt", lambda n: _HEAD + _made(n, _date) + "\n"),
    'Markdown, "[" open': (".md", lambda n: "# Bridge\n\n12 March 2024\n\n" + _repeated("[a ", n)),
    "HTML, <p> open": (".html", lambda n: "<html><body><h1>Bridge</h1>" + _repeated("<p>x", n)),
    "a log file": (".txt", lambda n: _made(n, _log)),
    "a CSV as text": (".txt", lambda n: "date,name,amount,city\n" + _made(n, _csv)),
    "subtitles": (".txt", lambda n: _made(n, _subtitle)),
    "a chat export": (".txt", lambda n: _made(n, _chat)),
    "base64 pasted in": (".txt", _base64),
}


def write_shape(directory: Path, name: str, size: int) -> Path:
    """The article of shape `name`, about `size` characters, written in `directory`."""
    suffix, make = SHAPES[name]
    slug = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    path = directory / f"{slug}-{size}{suffix}"
    path.write_text(make(size), encoding="utf-8")
    return path
