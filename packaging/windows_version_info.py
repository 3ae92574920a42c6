"""The Windows version resource (Properties > Details) of tpop-desktop.exe, from one version string."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PyInstaller.utils.win32.versioninfo import VSVersionInfo

PRODUCT_NAME = "TPOP Desktop"
COMPANY_NAME = "The TPOP Desktop developers"
DESCRIPTION = "TPOP Desktop: every TPOP order, its tracking and what to do next"
EXE_NAME = "tpop-desktop.exe"
LANGUAGE_UTF16 = "040904B0"  # US English, Unicode code page


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` to ``(0, 1, 0, 0)``: the release numbers, without pre/dev/local suffixes."""
    numbers: list[int] = []
    for part in version.split("+")[0].split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        numbers.append(int(digits))
        if len(digits) < len(part):  # "0rc1": the suffix ends the release numbers
            break
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info(version: str) -> VSVersionInfo:
    """The VSVersionInfo structure that PyInstaller's ``EXE(version=...)`` embeds."""
    from PyInstaller.utils.win32.versioninfo import (  # only present where PyInstaller is
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0,
                          OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
        kids=[
            StringFileInfo([
                StringTable(LANGUAGE_UTF16, [
                    StringStruct("CompanyName", COMPANY_NAME),
                    StringStruct("FileDescription", DESCRIPTION),
                    StringStruct("FileVersion", version),
                    StringStruct("InternalName", "tpop-desktop"),
                    StringStruct("LegalCopyright", "MIT License, the TPOP Desktop developers"),
                    StringStruct("OriginalFilename", EXE_NAME),
                    StringStruct("ProductName", PRODUCT_NAME),
                    StringStruct("ProductVersion", version),
                ])
            ]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
