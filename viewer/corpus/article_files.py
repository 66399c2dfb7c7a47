"""Finding and opening article files so that no file stops a load: links that loop, pipes,
devices, sockets, unreadable or very deep folders and oversized files each get one line."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from viewer.corpus.errors import CorpusError

# ".eml": a mail saved whole, as a mail program saves one (a newsletter, an alert, a release).
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".eml"})
MAX_ARTICLE_MB = 20
MAX_ARTICLE_BYTES = MAX_ARTICLE_MB * 1024 * 1024
MAX_FOLDER_DEPTH = 64  # folders nested deeper than this are not read
_PAGE_SUFFIXES = frozenset({".html", ".htm"})
_SAVED_WITH_PAGE = "_files"  # "Save Page As…, complete" in Firefox, Chrome and Edge

_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    return next((words for test, words in _KINDS if test(mode)), "not a regular file")


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link that loops"
    if isinstance(error, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    return f"cannot be read ({error.strerror or error})"


def read_article_bytes(path: Path) -> tuple[bytes, float]:
    """The bytes of an article file and its modification time; CorpusError with one line when
    it is not a regular file, is over the size limit or cannot be read.

    Opened without blocking and checked on the open file: a named pipe or a device never
    holds the load up, even one swapped in after a first look."""
    name = path.name or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise CorpusError(f"{name}/: a folder, not an article file") from error
        raise CorpusError(f"{name}: {_reason(error)}") from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(f"{name}: {kind_of(info.st_mode)}, not an article file")
        if info.st_size > MAX_ARTICLE_BYTES:
            raise CorpusError(_too_large(name, info.st_size))
        data = _read_up_to(fd, MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise CorpusError(f"{name}: {_reason(error)}") from error
    finally:
        os.close(fd)
    if len(data) > MAX_ARTICLE_BYTES:  # it grew while being read
        raise CorpusError(_too_large(name, len(data)))
    return data, info.st_mtime


def _too_large(name: str, size: int) -> str:
    return (
        f"{name}: {size / (1024 * 1024):.1f} MB, over the {MAX_ARTICLE_MB} MB limit for one article"
    )


def _read_up_to(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def articles_in(folder: Path, problems: list[str]) -> Iterator[Path]:
    """The article files under a folder, in no set order; one line in `problems` for each
    link that loops, folder that cannot be read or is nested too deep, and special file.

    Links to folders are followed, each folder once: a link back up the tree is not a loop
    to walk forever. The walk keeps its own stack, so depth costs no recursion."""
    seen: set[tuple[int, int]] = set()
    pending: list[tuple[Path, int]] = [(folder, 0)]
    while pending:
        current, depth = pending.pop()
        try:
            info = current.stat()
            entries = list(os.scandir(current))
        except OSError as error:
            problems.append(f"{_shown(current, folder)}/: {_reason(error)}")
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        pages = _saved_pages(entries)
        for entry in entries:
            if entry.name.startswith("."):
                continue
            found = _entry(entry, problems, folder)
            if found == "folder" and entry.name in pages:
                problems.append(
                    f"{_shown(Path(entry.path), folder)}/: the scripts, pictures and ads a "
                    f"browser saved with {pages[entry.name]}; not read"
                )
            elif found == "folder":
                if depth + 1 > MAX_FOLDER_DEPTH:
                    problems.append(
                        f"{_shown(Path(entry.path), folder)}/: nested more than "
                        f"{MAX_FOLDER_DEPTH} folders deep; not read"
                    )
                else:
                    pending.append((Path(entry.path), depth + 1))
            elif found == "article":
                yield Path(entry.path)


def _saved_pages(entries: list[os.DirEntry[str]]) -> dict[str, str]:
    """The folders a browser saves beside a web page ("Page.html" and "Page_files/"), each
    with its page's name: their HTML files are frames and ads, not articles."""
    pages = [e.name for e in entries if Path(e.name).suffix.lower() in _PAGE_SUFFIXES]
    return {Path(name).stem + _SAVED_WITH_PAGE: name for name in pages}


def _entry(entry: os.DirEntry[str], problems: list[str], top: Path) -> str:
    """'folder', 'article' or '' (nothing to read, said in `problems` when it matters)."""
    article = Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES
    try:
        mode = entry.stat().st_mode  # follows links
    except OSError as error:
        if article or error.errno == errno.ELOOP:
            problems.append(f"{_shown(Path(entry.path), top)}: {_reason(error)}")
        return ""
    if not (article or stat.S_ISDIR(mode)):
        return ""
    if not name_is_text(entry.name):
        kind, end = ("folder", "/") if stat.S_ISDIR(mode) else ("file", "")
        problems.append(
            f"{readable(_shown(Path(entry.path), top))}{end}: the {kind} name is not UTF-8 "
            "text (written on another system?); rename it to read it"
        )
        return ""
    if stat.S_ISDIR(mode):
        return "folder"
    if not stat.S_ISREG(mode):
        problems.append(f"{_shown(Path(entry.path), top)}: {kind_of(mode)}, not an article file")
        return ""
    return "article"


def name_is_text(name: str) -> bool:
    """Whether a file name is text: a name in another system's encoding (a Latin-1 "café"
    from an old archive) comes with bytes no project, export or label can hold."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def readable(name: str) -> str:
    """A file name as a line can show it, its undecodable bytes written as \\xe9."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _shown(path: Path, top: Path, most: int = 8) -> str:
    """A path as the user knows it, from the folder they opened; a very deep one with its
    middle left out, to stay one line."""
    try:
        parts = (top.name, *path.relative_to(top).parts)
    except ValueError:
        return str(path)
    if len(parts) > most:
        parts = (*parts[: most // 2], "…", *parts[-(most // 2) :])
    return "/".join(parts)
