"""Bytes to text: strict UTF-8 first (fast), BOMs honoured, legacy encodings detected."""

from __future__ import annotations

import codecs

import charset_normalizer

from viewer.corpus.errors import CorpusError

# Longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When several legacy encodings decode equally cleanly, the commonest one for news text wins.
_PREFERENCE = {"cp1252": 0, "latin_1": 1, "iso8859_15": 1, "cp1251": 2, "iso8859_2": 3}

# Code pages of old Mac and DOS systems: rare in today's files, kept only as a last resort.
_OLD_CODE_PAGES = ("mac_", "hp_", "cp4", "cp7", "cp8", "cp10")
# How much better another encoding must fit the text's language to beat a commoner one.
_COHERENCE_MARGIN = 0.03

# Control characters that never appear in an article (tab, newlines and form feed do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def decode_bytes(data: bytes, name: str) -> str:
    """The text of a file's bytes, or CorpusError when it is empty or not text at all."""
    if not data:
        raise CorpusError(f"{name}: the file is empty")
    text = _decode(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise CorpusError(f"{name}: the file is empty (only blank space)")
    if _looks_binary(text):
        raise CorpusError(f"{name}: not a text file (binary content)")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise CorpusError(f"{name}: not a text file (broken {encoding} text)") from error
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise CorpusError(f"{name}: not a text file (binary content)")
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    legacy = _detect_legacy(data)
    if legacy is None:
        raise CorpusError(f"{name}: not a text file (binary content)")
    return legacy


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text written without a BOM: mostly-ASCII text has a NUL in every other byte."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.6 * half and odd_nuls < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect_legacy(data: bytes) -> str | None:
    """The cleanest decoding among single-byte candidates, or None when nothing reads as text.

    Detection alone often calls Western text cp1250 or a Mac code page (they decode the same
    bytes as cleanly), so among the cleanest candidates, old Mac/DOS code pages give way to
    Windows/ISO ones, and the commonest wins unless another fits the language clearly better.
    """
    candidates = [
        match
        for match in charset_normalizer.from_bytes(data)
        if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not any(match.encoding == "cp1252" for match in candidates):
        candidates += list(charset_normalizer.from_bytes(data, cp_isolation=["cp1252"]))
    if not candidates:
        return None
    cleanest = min(round(match.chaos, 2) for match in candidates)
    pool = [match for match in candidates if round(match.chaos, 2) == cleanest]
    modern = [match for match in pool if not match.encoding.startswith(_OLD_CODE_PAGES)]
    pool = modern or pool
    fit = max(match.coherence for match in pool)
    near = [match for match in pool if match.coherence >= fit - _COHERENCE_MARGIN]
    best = min(near, key=lambda match: _PREFERENCE.get(match.encoding, 9))
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    """Control characters in more than a trace of the text mean it is not prose."""
    sample = text[:4096]
    # UTF-8 writes an ASCII control character as one byte of its own value, and no other
    # character has such a byte: counting bytes counts them, faster than a regex scan.
    encoded = sample.encode("utf-8", "surrogatepass")
    controls = len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))
    return "\x00" in sample or controls > max(2, len(sample) // 100)
