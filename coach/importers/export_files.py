"""The files of a LinkedIn export, found and decoded: a folder, a .zip, or one CSV file.

Files are found by name without case; when several have the same name, the one nearest the
top is read and the report says which were passed over. Text is UTF-8 (with or without a
BOM), UTF-16 with its BOM, or Windows-1252, each other than UTF-8 said in the report.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from coach.importers.report import ImportFailure


def decode(data: bytes, name: str, remarks: list[str]) -> str:
    """UTF-8 text (a BOM dropped); UTF-16 with its BOM and Windows-1252, with a remark."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailure(f"{name}: starts as UTF-16 text but is not") from None
        remarks.append(f"{name}: read as UTF-16 (saved by a spreadsheet program?)")
        return text
    if b"\x00" in data[:4096]:
        raise ImportFailure(f"{name}: a binary file, not CSV text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        remarks.append(f"{name}: not UTF-8; read as Windows-1252 (saved by Excel?)")
        return data.decode("cp1252", errors="replace")


class ExportFiles:
    """The CSV files of a LinkedIn export: a folder, a .zip, or one CSV file.

    Files are found by name without case (``messages.csv`` and ``Messages.csv``), at the
    top of the export or in a sub-folder (the zip usually holds one folder; a folder is
    searched one level down); the shallowest one wins.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, str] = {}
        self.passed_over: dict[str, list[str]] = {}
        """File name → the other files of that name, deeper in the export, not read."""
        if path.is_dir():
            found = [*sorted(path.glob("*.csv")), *sorted(path.glob("*/*.csv"))]
            for file in found:
                self._keep(file.name.casefold(), str(file))
        elif zipfile.is_zipfile(path):
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError) as error:
                raise ImportFailure(f"{path}: not a readable .zip ({error})") from None
            names = [n for n in self._zip.namelist() if n.lower().endswith(".csv")
                     and not n.startswith("__MACOSX/")]
            for member in sorted(names, key=lambda n: (n.count("/"), n)):
                self._keep(PurePosixPath(member).name.casefold(), member)
        elif path.is_file():
            self._members[path.name.casefold()] = str(path)
        else:
            raise ImportFailure(f"{path}: no such file or folder")

    def _keep(self, name: str, member: str) -> None:
        """The first (shallowest) file of a name is read; the others are said in the report."""
        if name in self._members:
            self.passed_over.setdefault(name, []).append(member)
        else:
            self._members[name] = member

    def passed_over_remark(self, name: str) -> str | None:
        """What the report says when several files of the export have this name."""
        others = self.passed_over.get(name.casefold())
        if not others:
            return None
        chosen = self._members[name.casefold()]
        shown = PurePosixPath(chosen).name if self._zip is not None else Path(chosen).name
        return (f"{len(others) + 1} files named {shown}: read {self._inside(chosen)} (the one "
                f"nearest the top of the export), not {', '.join(map(self._inside, others))}")

    def _inside(self, member: str) -> str:
        """Where a file is inside the export (a zip member as it is, a folder's relative)."""
        if self._zip is not None or not self.path.is_dir():
            return member
        return str(Path(member).relative_to(self.path))

    def names(self) -> list[str]:
        """Every CSV file name of the export (lower-cased)."""
        return sorted(self._members)

    def has(self, name: str) -> bool:
        """Whether the export holds this file."""
        return name.casefold() in self._members

    def read(self, name: str, remarks: list[str]) -> str | None:
        """The text of one file, or None when the export lacks it."""
        member = self._members.get(name.casefold())
        if member is None:
            return None
        try:
            data = self._zip.read(member) if self._zip else Path(member).read_bytes()
        except (OSError, KeyError, zipfile.BadZipFile) as error:
            raise ImportFailure(f"{name}: cannot read ({error})") from None
        return decode(data, name, remarks)

    def close(self) -> None:
        """Close the archive, if any."""
        if self._zip is not None:
            self._zip.close()
