"""The 100-byte SQLite file header: recognising it, and rebuilding a destroyed one for salvage.

Every field of the header but the page size can be given a safe value for reading: the
page size is found by looking at where b-tree pages start (https://www.sqlite.org/fileformat.html).
"""

from __future__ import annotations

import struct
from typing import BinaryIO

HEADER_MAGIC = b"SQLite format 3\x00"
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
_BTREE_TYPES = {0x02, 0x05, 0x0A, 0x0D}
_PAGES_EXAMINED = 64
_SQLITE_VERSION = 3_040_001


def _looks_like_btree_page(page: bytes, size: int, header_at: int = 0) -> bool:
    if len(page) < header_at + 8 or page[header_at] not in _BTREE_TYPES:
        return False
    cells = int.from_bytes(page[header_at + 3:header_at + 5], "big")
    content = int.from_bytes(page[header_at + 5:header_at + 7], "big") or 65536
    return header_at + 8 + 2 * cells <= size and content <= size


def guess_page_size(file: BinaryIO, file_size: int) -> int | None:
    """The page size under which most pages look like b-tree pages; None if page 1 does not."""
    file.seek(0)
    first = file.read(65536)
    best, best_score = None, -1
    for size in _PAGE_SIZES:
        if file_size < size or not _looks_like_btree_page(first[:size], size, header_at=100):
            continue
        score = 0
        for number in range(2, min(file_size // size, _PAGES_EXAMINED) + 1):
            file.seek((number - 1) * size)
            score += _looks_like_btree_page(file.read(16), size)
        if score > best_score:
            best, best_score = size, score
    return best


def rebuilt_header(file: BinaryIO, file_size: int, *, wal: bool = False) -> bytes | None:
    """A header that lets SQLite read the file again (no free list; WAL mode if ``wal``)."""
    page_size = guess_page_size(file, file_size)
    if page_size is None:
        return None
    pages = max(1, file_size // page_size)
    header = bytearray(100)
    header[0:16] = HEADER_MAGIC
    struct.pack_into(">H", header, 16, 1 if page_size == 65536 else page_size)
    header[18] = header[19] = 2 if wal else 1  # write and read versions: WAL, or legacy
    header[20], header[21], header[22], header[23] = 0, 64, 32, 32
    struct.pack_into(">IIIIII", header, 24, 1, pages, 0, 0, 1, 4)  # counter, pages, free list, cookie, format
    struct.pack_into(">I", header, 56, 1)  # UTF-8
    struct.pack_into(">II", header, 92, 1, _SQLITE_VERSION)
    return bytes(header)
