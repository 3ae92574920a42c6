"""Rows read straight from a damaged file's pages: the salvage's second pass.

When a table's upper pages are lost (a cut file, a zeroed interior page), SQLite cannot
reach its rows even though the pages holding them are intact. This walks every page of
the file, keeps the table-leaf pages and decodes their cells into (rowid, values), as
SQLite's own ``.recover`` does. The format is SQLite's documented file format
(https://www.sqlite.org/fileformat2.html, "B-tree Pages", "Record Format" and "WAL File
Format"); pages in the WAL replace their older copy in the main file. Pages of the free
list may hold older copies of rows: the caller decides which copy to keep.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from tpop_desktop.store.header import HEADER_MAGIC, guess_page_size

_TABLE_LEAF = 0x0D
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_MAX_OVERFLOW_PAGES = 1 << 16  # a loop in a damaged chain must end


class _Damaged(Exception):
    """A cell that does not decode; it is skipped."""


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        if at + i >= len(data):
            raise _Damaged("varint past the end")
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    if at + 8 >= len(data):
        raise _Damaged("varint past the end")
    return (value << 8) | data[at + 8], at + 9


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def decode_record(payload: bytes) -> tuple[object, ...]:
    """The values of one record (header of serial types, then the body)."""
    header_size, at = _varint(payload, 0)
    if header_size > len(payload) or header_size < at:
        raise _Damaged("record header")
    types = []
    while at < header_size:
        serial, at = _varint(payload, at)
        types.append(serial)
    body = header_size
    values: list[object] = []
    for serial in types:
        if serial == 0:
            values.append(None)
        elif serial in _INT_SIZES:
            size = _INT_SIZES[serial]
            values.append(int.from_bytes(payload[body:body + size], "big", signed=True))
            body += size
        elif serial == 7:
            values.append(struct.unpack(">d", payload[body:body + 8])[0])
            body += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            size = (serial - 12) // 2
            chunk = payload[body:body + size]
            if len(chunk) != size:
                raise _Damaged("value past the end")
            try:
                values.append(chunk.decode("utf-8") if serial % 2 else chunk)
            except UnicodeDecodeError:
                raise _Damaged("text is not UTF-8") from None
            body += size
        else:
            raise _Damaged("reserved serial type")
    if body > len(payload):
        raise _Damaged("record past the end")
    return tuple(values)


class PageScanner:
    """Reads a (possibly damaged) SQLite file page by page; never writes it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.size = self.path.stat().st_size
        with open(self.path, "rb") as file:
            header = file.read(100)
            if header.startswith(HEADER_MAGIC):
                raw = int.from_bytes(header[16:18], "big")
                self.page_size = 65536 if raw == 1 else raw
                reserved = header[20]
            else:
                self.page_size = guess_page_size(file, self.size) or 4096
                reserved = 0
        self.usable = self.page_size - reserved
        self.pages = self.size // self.page_size
        self._wal = Path(f"{self.path}-wal")
        self._wal_frames = self._read_wal_index()
        self.pages = max(self.pages, max(self._wal_frames, default=0))

    def _read_wal_index(self) -> dict[int, int]:
        """Page number -> offset of its latest copy in the WAL (the newest transactions)."""
        frames: dict[int, int] = {}
        try:
            with open(self._wal, "rb") as wal:
                header = wal.read(32)
                if len(header) < 32 or header[:4] not in _WAL_MAGIC:
                    return frames
                if int.from_bytes(header[8:12], "big") != self.page_size:
                    return frames
                salts, offset = header[16:24], 32
                while True:
                    wal.seek(offset)
                    frame = wal.read(24)
                    if len(frame) < 24 or frame[8:16] != salts:
                        return frames  # the end, or frames of an older WAL generation
                    if len(wal.read(self.page_size)) < self.page_size:
                        return frames
                    frames[int.from_bytes(frame[:4], "big")] = offset + 24
                    offset += 24 + self.page_size
        except OSError:
            return frames

    def _page(self, file, number: int) -> bytes:  # type: ignore[no-untyped-def]
        if number in self._wal_frames:
            with open(self._wal, "rb") as wal:
                wal.seek(self._wal_frames[number])
                return wal.read(self.page_size)
        file.seek((number - 1) * self.page_size)
        return file.read(self.page_size)

    def cells(self, columns: int) -> Iterator[tuple[int, tuple[object, ...]]]:
        """(rowid, values) of every table-leaf cell whose record has ``columns`` values.

        Each page as it is now: its latest copy in the WAL when it has one.
        """
        with open(self.path, "rb") as file:
            for number in range(1, self.pages + 1):
                page = self._page(file, number)
                start = 100 if number == 1 else 0
                if len(page) < self.page_size or page[start] != _TABLE_LEAF:
                    continue
                count = int.from_bytes(page[start + 3:start + 5], "big")
                for index in range(min(count, (self.usable - start - 8) // 2)):
                    pointer = int.from_bytes(page[start + 8 + 2 * index:start + 10 + 2 * index], "big")
                    try:
                        rowid, values = self._cell(file, page, pointer)
                    except _Damaged:
                        continue
                    if len(values) == columns:
                        yield rowid, values

    def _cell(self, file, page: bytes, pointer: int) -> tuple[int, tuple[object, ...]]:  # type: ignore[no-untyped-def]
        if not 8 <= pointer < self.usable:
            raise _Damaged("cell pointer")
        size, at = _varint(page, pointer)
        rowid, at = _varint(page, at)
        if rowid >= 1 << 63:
            rowid -= 1 << 64
        local = self._local_size(size)
        payload = bytearray(page[at:at + local])
        if len(payload) != local:
            raise _Damaged("cell past the page")
        if local < size:
            payload += self._overflow(file, page, at + local, size - local)
        return rowid, decode_record(bytes(payload))

    def _local_size(self, size: int) -> int:
        """How much of a payload of ``size`` bytes is on the leaf page itself."""
        most = self.usable - 35
        if size <= most:
            return size
        least = (self.usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (self.usable - 4)
        return local if local <= most else least

    def _overflow(self, file, page: bytes, at: int, remaining: int) -> bytes:  # type: ignore[no-untyped-def]
        number = int.from_bytes(page[at:at + 4], "big")
        data = bytearray()
        for _ in range(_MAX_OVERFLOW_PAGES):
            if remaining <= 0:
                return bytes(data)
            if not 1 < number <= self.pages:
                raise _Damaged("overflow chain leaves the file")
            chunk = self._page(file, number)
            take = min(remaining, self.usable - 4)
            data += chunk[4:4 + take]
            remaining -= take
            number = int.from_bytes(chunk[:4], "big")
        raise _Damaged("overflow chain too long")
