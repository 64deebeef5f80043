"""Reading a slice of a dictionary's text without reading the whole file.

dictd and StarDict ship their text as `.dict` (plain) or `.dict.dz`: gzip
with dictzip's "RA" extra field, which lists the compressed size of each
chunk (usually 58,315 bytes of text), so one chunk can be inflated on its
own. A `.dz` without that field is plain gzip: it is inflated once into
memory (up to `MAX_PLAIN_GZIP`), slower but still right.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections import OrderedDict
from pathlib import Path

MAX_PLAIN_GZIP = 64 * 1024 * 1024
_CHUNK_CACHE = 8  # inflated chunks kept per file: a page of look-ups hits few


class DictFormatError(ValueError):
    """The file is not what its name says (the reason is the message)."""


class TextFile:
    """A `.dict` or `.dict.dz` file: `read(offset, size)` returns those bytes of text."""

    def __init__(self, path: Path):
        self.path = path
        self._chunks: list[tuple[int, int]] = []  # (file offset, compressed size)
        self._chunk_length = 0
        self._inflated: OrderedDict[int, bytes] = OrderedDict()
        self._whole: bytes | None = None
        self.size = 0  # of the text
        if path.name.endswith(".dz"):
            self._open_dz()
        else:
            self.size = os.path.getsize(path)

    def _open_dz(self) -> None:
        with open(self.path, "rb") as handle:
            head = handle.read(12)
            if len(head) < 10 or head[:2] != b"\x1f\x8b" or head[2] != 8:
                raise DictFormatError(f"{self.path.name} is not gzip/dictzip data")
            flags = head[3]
            extra = b""
            if flags & 4:
                if len(head) < 12:
                    raise DictFormatError(f"{self.path.name} is truncated")
                (xlen,) = struct.unpack("<H", head[10:12])
                extra = handle.read(xlen)
                if len(extra) < xlen:
                    raise DictFormatError(f"{self.path.name} is truncated")
            else:
                handle.seek(10)
            for flag in (8, 16):  # FNAME, FCOMMENT: zero-terminated
                if flags & flag:
                    while handle.read(1) not in (b"\0", b""):
                        pass
            if flags & 2:
                handle.read(2)
            data_start = handle.tell()
            total = os.fstat(handle.fileno()).st_size
        layout = _ra_field(extra)
        if layout is None:
            self._inflate_whole(total)
            return
        self._chunk_length, sizes = layout
        offset = data_start
        for size in sizes:
            self._chunks.append((offset, size))
            offset += size
        if offset > total:
            raise DictFormatError(f"{self.path.name} is truncated (its chunks pass the end)")
        self.size = self._chunk_length * len(sizes)  # an upper bound: the last chunk is short
        if total >= 4:
            with open(self.path, "rb") as handle:
                handle.seek(total - 4)
                (isize,) = struct.unpack("<I", handle.read(4))
            if self.size - self._chunk_length < isize <= self.size:
                self.size = isize

    def _inflate_whole(self, total: int) -> None:
        import gzip

        try:
            with gzip.open(self.path, "rb") as handle:
                data = handle.read(MAX_PLAIN_GZIP + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise DictFormatError(f"{self.path.name}: {error}") from None
        if len(data) > MAX_PLAIN_GZIP:
            raise DictFormatError(f"{self.path.name} is too large to read without dictzip")
        self._whole = data
        self.size = len(data)

    def read(self, offset: int, size: int) -> bytes:
        """Bytes [offset, offset + size) of the text; DictFormatError past its end."""
        if offset < 0 or size < 0 or offset + size > self.size:
            raise DictFormatError(f"{self.path.name}: offset {offset}+{size} is past the end")
        if self._whole is not None:
            return self._whole[offset : offset + size]
        if not self._chunks:
            with open(self.path, "rb") as handle:
                handle.seek(offset)
                data = handle.read(size)
            if len(data) < size:
                raise DictFormatError(f"{self.path.name} is shorter than its index says")
            return data
        length = self._chunk_length
        first, last = offset // length, (offset + size - 1) // length if size else offset // length
        parts = [self._chunk(i) for i in range(first, min(last, len(self._chunks) - 1) + 1)]
        data = b"".join(parts)
        start = offset - first * length
        out = data[start : start + size]
        if len(out) < size:
            raise DictFormatError(f"{self.path.name} is shorter than its index says")
        return out

    def _chunk(self, index: int) -> bytes:
        cached = self._inflated.get(index)
        if cached is not None:
            self._inflated.move_to_end(index)
            return cached
        offset, size = self._chunks[index]
        with open(self.path, "rb") as handle:  # opened per read: no handle outlives a look-up
            handle.seek(offset)
            raw = handle.read(size)
        try:
            data = zlib.decompressobj(-15).decompress(raw)
        except zlib.error as error:
            raise DictFormatError(f"{self.path.name}: chunk {index}: {error}") from None
        self._inflated[index] = data
        if len(self._inflated) > _CHUNK_CACHE:
            self._inflated.popitem(last=False)
        return data

    def close(self) -> None:
        self._inflated.clear()
        self._whole = None


def _ra_field(extra: bytes) -> tuple[int, list[int]] | None:
    """(chunk length, compressed chunk sizes) from gzip's extra field, or None."""
    pos = 0
    while pos + 4 <= len(extra):
        si1, si2 = extra[pos], extra[pos + 1]
        (length,) = struct.unpack("<H", extra[pos + 2 : pos + 4])
        body = extra[pos + 4 : pos + 4 + length]
        if (si1, si2) == (ord("R"), ord("A")) and len(body) >= 6:
            _version, chunk_length, count = struct.unpack("<HHH", body[:6])
            if len(body) < 6 + 2 * count or chunk_length == 0:
                raise DictFormatError("the dictzip chunk table is truncated")
            sizes = list(struct.unpack(f"<{count}H", body[6 : 6 + 2 * count]))
            return chunk_length, sizes
        pos += 4 + length
    return None
