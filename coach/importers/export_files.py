"""The files of a LinkedIn export, listed, chosen and decoded: a folder, a .zip, or one CSV.

Every file of the export is listed, whatever its kind (CSV, HTML articles, PDF, images),
so that the report can name each one coach did not use. A folder is searched four levels
down; a zip to any depth (``__MACOSX/`` and ``.DS_Store`` left out).

**Which file is read when several claim one role** (two ``Connections.csv`` in two
folders, the same name twice, or a renamed ``Connections (1).csv`` whose header says it is
the connections): the **newest** one — by the date a zip stores for each member, or a
folder file's modification time — and among files as new as each other (the same
minute), the one **nearest the root** of the export, then the one named as LinkedIn names
it, then the first in path order. The report says which was read and which were not.

Text is UTF-8 (with or without a BOM), UTF-16 with its BOM (little- or big-endian), or
Windows-1252; each other than UTF-8 is said in the report.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from coach.importers.reading import check_member, open_file, open_member
from coach.importers.report import ImportFailure
from coach.importers.text_file import TextFile, encoding_of, encoding_remark, not_utf16

_MAX_DEPTH = 4
_IGNORED = (".ds_store", "thumbs.db", "desktop.ini")


def decode(data: bytes, name: str, remarks: list[str]) -> str:
    """UTF-8 text (a BOM dropped); UTF-16 with its BOM and Windows-1252, with a remark."""
    encoding = encoding_of(data)
    if encoding != "utf-16" and b"\x00" in data[:4096]:
        raise ImportFailure(f"{name}: a binary file, not CSV text")
    try:
        text = data.decode(encoding, errors="replace" if encoding == "cp1252" else "strict")
    except UnicodeDecodeError:  # only UTF-16 can fail here
        raise not_utf16(name) from None
    remark = encoding_remark(encoding, data, name)
    if remark is not None:
        remarks.append(remark)
    return text


@dataclass(frozen=True, slots=True)
class ExportFile:
    """One file of an export: where it is inside, its name, how deep and how new."""

    inside: str
    """Its path inside the export (``Jobs/Job Applications.csv``), ``/``-separated."""
    location: str
    """The zip member's name, or the file's path on disk."""
    modified: datetime

    @property
    def name(self) -> str:
        """The file's own name (``Job Applications.csv``)."""
        return PurePosixPath(self.inside).name

    @property
    def depth(self) -> int:
        """How many folders down from the export's root."""
        return self.inside.count("/")

    @property
    def is_csv(self) -> bool:
        """Whether the name says CSV."""
        return self.name.lower().endswith(".csv")


def choose(files: list[ExportFile], usual_name: str) -> tuple[ExportFile, str]:
    """The file to read among several of one role (see the module), and why it won."""
    ranked = sorted(files, key=lambda f: (-_minute(f), f.depth,
                                          f.name.casefold() != usual_name.casefold(), f.inside))
    chosen = ranked[0]
    if any(_minute(f) < _minute(chosen) for f in files):
        return chosen, f"the newest, {chosen.modified:%Y-%m-%d %H:%M}"
    if any(f.depth > chosen.depth for f in files):
        return chosen, "as new as the others and the nearest the root"
    return chosen, "as new as the others and as near the root"


def _minute(file: ExportFile) -> int:
    return int(file.modified.timestamp() // 60)


class ExportFiles:
    """Every file of a LinkedIn export (a folder, a .zip, or one CSV file), and their text."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        found: list[ExportFile] = []
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                inside = file.relative_to(path).as_posix()
                if (file.is_file() and inside.count("/") < _MAX_DEPTH
                        and file.name.lower() not in _IGNORED):
                    found.append(ExportFile(inside, str(file),
                                            datetime.fromtimestamp(file.stat().st_mtime)))
        elif zipfile.is_zipfile(path):
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError) as error:
                raise ImportFailure(f"{path}: not a readable .zip ({error})") from None
            for info in self._zip.infolist():
                name = info.filename
                if (info.is_dir() or name.startswith("__MACOSX/")
                        or PurePosixPath(name).name.lower() in _IGNORED):
                    continue
                found.append(ExportFile(name, name, _zip_date(info)))
        elif path.is_file():
            found.append(ExportFile(path.name, str(path),
                                    datetime.fromtimestamp(path.stat().st_mtime)))
        else:
            raise ImportFailure(f"{path}: no such file or folder")
        self.files = sorted(_without_common_folder(found), key=lambda f: (f.depth, f.inside))
        """Every file, the shallowest first, paths shown without the export's own folder."""

    def named(self, name: str) -> list[ExportFile]:
        """The files of this name (compared without case), wherever they are."""
        wanted = name.casefold()
        return [file for file in self.files if file.name.casefold() == wanted]

    def read(self, file: ExportFile, name: str, remarks: list[str]) -> TextFile:
        """The text of one file, read line by line when it is used (``name``: how the
        report calls it; ``remarks`` receive its encoding when it is not UTF-8)."""
        if self._zip is not None:
            archive = self._zip
            try:
                info = archive.getinfo(file.location)
            except KeyError as error:
                raise ImportFailure(f"{name}: cannot read ({error})") from None
            return TextFile(lambda: open_member(archive, info, name), name, remarks)
        return TextFile(lambda: open_file(Path(file.location), name), name, remarks)

    def head(self, file: ExportFile, size: int = 20000) -> str:
        """The beginning of a file as text, to tell what it is (nothing said, nothing raised)."""
        try:
            if self._zip is not None:
                info = self._zip.getinfo(file.location)
                check_member(info, file.inside)
                with self._zip.open(info) as member:
                    data = member.read(size)
            else:
                with open(file.location, "rb") as handle:
                    data = handle.read(size)
        except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ImportFailure):
            return ""
        encoding = encoding_of(data, ended=len(data) < size)
        if encoding == "utf-16":
            data = data[:len(data) - len(data) % 2]
        elif b"\x00" in data[:4096]:
            return ""
        return data.decode(encoding, errors="replace")

    def close(self) -> None:
        """Close the archive, if any."""
        if self._zip is not None:
            self._zip.close()


def _zip_date(info: zipfile.ZipInfo) -> datetime:
    try:
        return datetime(*info.date_time)
    except ValueError:
        return datetime(1980, 1, 1)


def _without_common_folder(files: list[ExportFile]) -> list[ExportFile]:
    """The paths inside, without the one folder every file is in (the zip's
    ``Complete_LinkedInDataExport_11-20-2026/``)."""
    if len(files) < 1 or any("/" not in f.inside for f in files):
        return files
    top = {f.inside.split("/", 1)[0] for f in files}
    if len(top) != 1:
        return files
    return [ExportFile(f.inside.split("/", 1)[1], f.location, f.modified) for f in files]
