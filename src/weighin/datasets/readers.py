"""Reading JSON Lines safely: gzip recognised by its magic bytes (not the file name), one
line at a time with a size cap, every failure (bad UTF-8, bad JSON, a line too long) turned
into a bad record with its line number instead of an exception."""

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from weighin.datasets.records import MAX_LINE_BYTES, BadRecord

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1024 * 1024


class DamagedInput(Exception):
    """The file itself cannot be read on (a truncated or corrupt gzip stream)."""


def size_text(n: int) -> str:
    return f"{n / 1_048_576:,.1f} MiB" if n >= 1_048_576 else f"{n / 1024:,.1f} KiB"


def is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == GZIP_MAGIC


class JsonLines:
    """Iterate `(line_number, object_or_BadRecord)` over a JSON Lines file, plain or gzip.

    `position()` and `total` are in bytes of the file on disk (compressed bytes for gzip), so
    a progress bar has a total and an ETA without reading the file twice."""

    def __init__(self, path: Path, *, max_line_bytes: int = MAX_LINE_BYTES) -> None:
        self.path = Path(path)
        self.total = self.path.stat().st_size
        self.max_line_bytes = max_line_bytes
        self._raw: IO[bytes] | None = None
        self.line_number = 0

    def position(self) -> int:
        try:
            return self._raw.tell() if self._raw else 0
        except (ValueError, OSError):  # closed
            return self.total

    def _open(self) -> IO[bytes]:
        self._raw = open(self.path, "rb")  # noqa: SIM115 (closed in __iter__)
        if self._raw.read(2) == GZIP_MAGIC:
            self._raw.seek(0)
            # GzipFile buffers by itself, in small reads: a truncated file still yields every
            # complete line before the damage (a big outer buffer would lose them).
            return gzip.GzipFile(fileobj=self._raw, mode="rb")
        self._raw.seek(0)
        return self._raw

    def lines(self) -> Iterator[tuple[int, bytes | BadRecord]]:
        stream = self._open()
        try:
            while True:
                try:
                    line = stream.readline(self.max_line_bytes + 1)
                except (EOFError, OSError, zlib.error) as exc:
                    raise DamagedInput(
                        f"the file is damaged after line {self.line_number}: {exc}"
                    ) from exc
                if not line:
                    return
                self.line_number += 1
                if len(line) > self.max_line_bytes and not line.endswith(b"\n"):
                    size = len(line) + self._skip_rest(stream)
                    limit = size_text(self.max_line_bytes)
                    message = f"line is {size_text(size)}, over the {limit} limit for one record"
                    yield self.line_number, BadRecord(f"{message}: refused")
                    continue
                yield self.line_number, line
        finally:
            stream.close()
            if self._raw:
                self._raw.close()

    def _skip_rest(self, stream: IO[bytes]) -> int:
        skipped = 0
        while True:
            chunk = stream.readline(_CHUNK)
            skipped += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                return skipped

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any] | BadRecord]]:
        for number, line in self.lines():
            if isinstance(line, BadRecord):
                yield number, line
            elif line.strip():
                yield number, decode_json(line, first=number == 1)


# A \\u escape of a surrogate: JSON allows a lone one, which no database can store as text.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def decode_json(line: bytes, *, first: bool = False) -> dict[str, Any] | BadRecord:
    """One JSON object from one line of UTF-8 bytes, or a BadRecord saying what is wrong."""
    if first and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]  # a UTF-8 byte order mark
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadRecord(
            f"not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1}); "
            "save the file as UTF-8"
        )
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return BadRecord(f"malformed JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return BadRecord("malformed JSON: nested too deeply")
    if not isinstance(value, dict):
        return BadRecord(f"expected a JSON object, got {type(value).__name__}")
    if _SURROGATE_ESCAPE.search(text):  # rare: only then is the whole record checked
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            return BadRecord("a \\u escape encodes half a character (a lone surrogate)")
    return value


def text_field(
    row: dict[str, Any],
    name: str,
    *,
    max_length: int,
    required: bool = True,
    label: str = "",
    strip: bool = True,
) -> str:
    """A string field (stripped unless `strip` is false); BadRecord when missing, not a
    string, NUL-bearing or too long."""
    label = label or name
    value = row.get(name)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadRecord(f"{label} must be a string, got {type(value).__name__}")
    if strip:
        value = value.strip()
    if required and not value.strip():
        raise BadRecord(f"{label} is missing or empty")
    if "\x00" in value:
        raise BadRecord(f"{label} contains a NUL character")
    if len(value) > max_length:
        raise BadRecord(
            f"{label} is {len(value):,} characters; the limit is {max_length:,}: refused"
        )
    return value


class JsonlSource:
    """A data set stored as JSON Lines: progress in bytes read; subclasses turn the numbered
    rows into import items (`parse`)."""

    unit = "bytes"

    def __init__(self, path: Path) -> None:
        self.lines = JsonLines(path)
        self.total = self.lines.total

    def position(self) -> int:
        return self.lines.position()

    def __iter__(self) -> Iterator:
        return self.parse(iter(self.lines))

    def parse(self, rows: Iterator) -> Iterator:
        raise NotImplementedError
