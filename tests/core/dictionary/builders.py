"""Small dictd and StarDict dictionaries written in a temp folder, for tests.

`write_dictzip` writes what `dictzip` writes: gzip with the "RA" extra field
listing each chunk's compressed size, every chunk flushed with a full flush
so it inflates on its own. Chunks are tiny here (64 bytes by default) so
that entries straddle them.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

ENTRIES = {
    "maison": "maison /mɛzɔ̃/ <n, fem>\nhouse\n",
    "déployer": "déployer /deplwaje/ <v>\n1. spread out\n2. deploy\n3. unfold\n4. display\n",
    "au cours de": "au cours de <prep>\nduring, in the course of\n",
    "cours": "cours <n, masc>\n1. course\n2. class\n",
    "mettre en œuvre": "mettre en œuvre <v>\nimplement, carry out\n",
    "mettre": "mettre <v>\nput\n",
    "œuvre": "œuvre <n, fem>\nwork\n",
}


def b64(number: int) -> str:
    if number == 0:
        return "A"
    out = ""
    while number:
        number, digit = divmod(number, 64)
        out = B64[digit] + out
    return out


def write_dictzip(path: Path, data: bytes, chunk: int = 64) -> None:
    sizes: list[int] = []
    body = b""
    for start in range(0, len(data), chunk):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        piece = compressor.compress(data[start : start + chunk]) + compressor.flush(
            zlib.Z_FULL_FLUSH
        )
        sizes.append(len(piece))
        body += piece
    # one final empty block ends the deflate stream, as dictzip does
    body += zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    ra = struct.pack("<HHH", 1, chunk, len(sizes)) + struct.pack(f"<{len(sizes)}H", *sizes)
    extra = b"RA" + struct.pack("<H", len(ra)) + ra
    header = b"\x1f\x8b\x08\x04" + b"\0\0\0\0" + b"\x02\x03" + struct.pack("<H", len(extra))
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    path.write_bytes(header + extra + body + trailer)


def write_dictd(
    folder: Path,
    name: str = "freedict-fra-eng",
    entries: dict[str, str] | None = None,
    dz: bool = True,
    short: str = "French-English test dictionary",
) -> Path:
    """NAME.index and NAME.dict[.dz]; returns the .index path."""
    folder.mkdir(parents=True, exist_ok=True)
    items = {"00-database-short": f"00-database-short\n{short}\n", **(entries or ENTRIES)}
    text = b""
    lines = []
    for headword, body in items.items():
        raw = body.encode()
        lines.append(f"{headword}\t{b64(len(text))}\t{b64(len(raw))}\n")
        text += raw
    index = folder / f"{name}.index"
    index.write_text("".join(lines), encoding="utf-8")
    if dz:
        write_dictzip(folder / f"{name}.dict.dz", text)
    else:
        (folder / f"{name}.dict").write_bytes(text)
    return index


def write_stardict(
    folder: Path,
    name: str = "stardict-fr-en",
    entries: dict[str, str] | None = None,
    dz: bool = False,
    bits: int = 32,
    types: str = "m",
    lang: str | None = "fr-en",
    bookname: str = "Test fr-en",
    synonyms: dict[str, str] | None = None,
) -> Path:
    """NAME.ifo, NAME.idx, NAME.dict[.dz] and (`synonyms`: form → headword) NAME.syn."""
    folder.mkdir(parents=True, exist_ok=True)
    items = sorted((entries or ENTRIES).items(), key=lambda kv: kv[0].encode())
    text = b""
    idx = b""
    number = ">Q" if bits == 64 else ">I"
    for headword, body in items:
        raw = body.encode() if types else b"m" + body.encode() + b"\0"
        idx += (
            headword.encode() + b"\0" + struct.pack(number, len(text)) + struct.pack(">I", len(raw))
        )
        text += raw
    (folder / f"{name}.idx").write_bytes(idx)
    if dz:
        write_dictzip(folder / f"{name}.dict.dz", text)
    else:
        (folder / f"{name}.dict").write_bytes(text)
    lines = [
        "StarDict's dict ifo file",
        "version=3.0.0" if bits == 64 else "version=2.4.2",
        f"bookname={bookname}",
        f"wordcount={len(items)}",
        f"idxfilesize={len(idx)}",
    ]
    if bits == 64:
        lines.append("idxoffsetbits=64")
    if types:
        lines.append(f"sametypesequence={types}")
    if lang:
        lines.append(f"lang={lang}")
    if synonyms:
        numbers = {headword: n for n, (headword, _) in enumerate(items)}
        syn = b"".join(
            form.encode() + b"\0" + struct.pack(">I", numbers[target])
            for form, target in sorted(synonyms.items(), key=lambda kv: kv[0].encode())
        )
        (folder / f"{name}.syn").write_bytes(syn)
        lines.append(f"synwordcount={len(synonyms)}")
    info = folder / f"{name}.ifo"
    info.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return info
