"""Read a seed file and decode it, refusing anything that is not a Chinese plain-text document.

A UTF-16 file with its byte-order mark is read as UTF-16. Otherwise UTF-8 is tried first (with or
without a byte-order mark), then GB18030 (a superset of GBK and
GB2312, the encodings Chinese government sites still serve), then Big5 (``cp950``, the encoding of
a page copied through a traditional-character gateway). A decoding is accepted only if the
result reads as Chinese: most of its ideographs must be common characters (GB2312 level 1, or the
traditional form of one: 萬 counts as 万, so a traditional page saved in GBK or Big5 reads), which
rejects mojibake from a wrong guess. Every refusal raises :class:`IngestError` naming the
file and the reason.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from analysis.errors import IngestError

#: Share of ideographs that must be common (GB2312 level-1) characters for a decoding to count
#: as Chinese text. Real plan texts score above 0.9; UTF-8 read as GB18030 scores far lower.
COMMON_IDEOGRAPH_SHARE = 0.8
#: Largest plan text read (bytes). Reading is linear in the text's size (about 1.5 s per MB on
#: 2 cores, and about 16 bytes of memory per byte of text: 50 MB is about 65 s and 0.8 GB, see
#: benchmarks/size_benchmark.py); plans are rarely above 1 MB, so a larger file is not one plan.
MAX_BYTES = 50_000_000
#: Control characters (other than tab, newline, carriage return, form feed) tolerated per character.
CONTROL_SHARE = 0.001


@dataclass(frozen=True)
class DecodedText:
    """A decoded seed: its text and the encoding that produced it."""

    path: str
    text: str
    encoding: str
    n_bytes: int


def read_seed(path: Path | str) -> DecodedText:
    """Read and decode one seed file; raise :class:`IngestError` with the reason on failure."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "file not found")
    if not path.is_file():
        raise IngestError(path, "not a regular file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise IngestError(path, f"{size / 1e6:.1f} MB is above the {MAX_BYTES / 1e6:.0f} MB limit for one plan text (a plan is rarely above 1 MB): split the file")
    return decode_bytes(path.read_bytes(), path)


def decode_bytes(raw: bytes, path: Path | str = "<bytes>") -> DecodedText:
    """Decode the bytes of a plan text, or raise :class:`IngestError` saying why not."""
    if not raw:
        raise IngestError(path, "file is empty (0 bytes)")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        utf16 = _utf16(raw, path)
        if utf16 is not None:
            return utf16
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise IngestError(path, f"binary file: NUL byte at offset {nul}")
    text, encoding = _decode(raw, path)
    if not text.strip():
        raise IngestError(path, "file is empty (only whitespace)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(1, CONTROL_SHARE * len(text)):
        raise IngestError(path, f"binary file: {controls} control characters in {len(text)} characters")
    if _ideographs(text) == 0:
        raise IngestError(path, "no Chinese text found: not a plan text")
    return DecodedText(path=str(path), text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding=encoding, n_bytes=len(raw))


def _utf16(raw: bytes, path: Path | str) -> DecodedText | None:
    """A UTF-16 text with its byte-order mark (Windows "Unicode" text files); ``None`` when the
    bytes after the mark do not read as Chinese text in UTF-16."""
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError as error:
        if error.end >= len(raw) - 1 and len(raw) % 2:
            raise IngestError(path, "truncated: the file ends inside a UTF-16 character") from None
        return None
    if _ideographs(text) and _common_share(text) < COMMON_IDEOGRAPH_SHARE:
        return None
    if not text.strip():
        raise IngestError(path, "file is empty (only whitespace)")
    if _ideographs(text) == 0:
        raise IngestError(path, "no Chinese text found: not a plan text")
    return DecodedText(path=str(path), text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding="utf-16", n_bytes=len(raw))


def _decode(raw: bytes, path: Path | str) -> tuple[str, str]:
    try:
        text = raw.decode("utf-8-sig")
        return text, "utf-8"
    except UnicodeDecodeError as error:
        if _ends_mid_character(error, raw):
            raise IngestError(
                path,
                f"truncated: the file ends inside a UTF-8 character (byte {error.start} of {len(raw)})",
            ) from None
        utf8_error = error
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as error:
        if _ends_mid_character(error, raw):
            raise IngestError(
                path,
                f"truncated: the file ends inside a GB18030 character (byte {error.start} of {len(raw)})",
            ) from None
        text = None
    if text is not None and _common_share(text) >= COMMON_IDEOGRAPH_SHARE:
        return text, "gb18030"
    big5 = _big5(raw)
    if big5 is not None:
        return big5, "big5"
    if text is None:
        raise IngestError(path, _undecodable(utf8_error, raw))
    raise IngestError(path, _undecodable(utf8_error, raw) + "; GB18030 gives no readable Chinese")


def _big5(raw: bytes) -> str | None:
    """The text in Big5 (Microsoft's cp950, as web pages labelled big5 are), when it decodes and reads as Chinese."""
    try:
        text = raw.decode("cp950")
    except UnicodeDecodeError:
        return None
    return text if _common_share(text) >= COMMON_IDEOGRAPH_SHARE else None


def _ends_mid_character(error: UnicodeDecodeError, raw: bytes) -> bool:
    """True when decoding failed only because the last character is cut off."""
    return error.end >= len(raw) and ("end of data" in error.reason or "incomplete" in error.reason)


def _undecodable(error: UnicodeDecodeError, raw: bytes) -> str:
    return f"cannot be decoded: invalid UTF-8 byte 0x{raw[error.start]:02x} at offset {error.start}"


def _ideographs(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _common_share(text: str) -> float:
    """Share of ideographs that are GB2312 level-1 (the 3,755 most common) characters, or the traditional form
    of one (萬 of 万, 達 of 达: OpenCC's character table), so a traditional text is as common as its simplified one."""
    ideographs = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not ideographs:
        return 0.0
    simplified = _simplified_characters()
    common = 0
    for ch in ideographs:
        common += _level_one(ch) or _level_one(simplified.get(ch, ""))
    return common / len(ideographs)


def _level_one(ch: str) -> bool:
    if not ch:
        return False
    try:
        lead = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        return False
    return 0xB0 <= lead <= 0xD7


@functools.cache
def _simplified_characters() -> dict[str, str]:
    """Traditional character → its first simplified form (OpenCC's ``TSCharacters``)."""
    table = {}
    for line in (files("opencc_purepy") / "dicts" / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        if len(key) == 1 and value:
            table[key] = value.split(" ")[0]
    return table
