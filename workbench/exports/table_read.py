"""Reading tables users bring (an .xlsx from Excel, a CSV from a finance system) as a
stream with limits, never whole, and never trusting the file.

- An .xlsx is read in openpyxl's read-only mode, row by row; its XML is parsed with
  defusedxml (openpyxl uses it when installed), so an entity-expansion bomb or an
  external-entity reference is refused instead of expanded or fetched.
- A CSV is read line by line; its encoding (UTF-8, else Windows-1252) is told from the
  start of the file.
- Both stop at a row limit and name it, before anything large is held; a file cut in
  half, a damaged archive or a wrong format ends in an :class:`ImportFileError` that says
  in German what is wrong with which file.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from workbench.exports.errors import ImportFileError
from workbench.i18n import tr

#: The largest file an import reads (a receipts export of 100,000 rows is about 15 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A cell longer than this in a CSV is a damaged file, not a receipt.
MAX_FIELD_CHARS = 100_000


def _xml_refused(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML (openpyxl wraps its exception in its own)."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _broken(path: Path, exc: BaseException) -> ImportFileError:
    if _xml_refused(exc):
        return ImportFileError(
            tr(
                "„{name}“ enthält XML-Bestandteile, die Werkbank aus Sicherheitsgründen nicht liest (Entitäten oder Verweise auf andere Dateien oder Server). Bitte die Datei in Excel oder LibreOffice öffnen und neu als .xlsx speichern."
            ).format(name=path.name)
        )
    head = b""
    try:
        with path.open("rb") as fh:
            head = fh.read(200)
    except OSError:
        pass
    hint = ""
    if head and not head.startswith(b"PK") and (b";" in head or b"," in head):
        hint = tr(" Sie sieht wie eine CSV-Datei aus; speichern Sie sie in Excel als .xlsx.")
    elif head.startswith(b"PK"):
        hint = tr(" Die Datei ist unvollständig oder beschädigt (abgeschnitten?).")
    return ImportFileError(
        tr("„{name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx).{hint}").format(
            name=path.name, hint=hint
        )
    )


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def check_size(path: Path) -> None:
    if not path.is_file():
        raise ImportFileError(tr("Die Datei „{path}“ gibt es nicht.").format(path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            tr(
                "„{name}“ ist mit {value} MB zu groß für einen Import (höchstens {value2} MB)."
            ).format(name=path.name, value=size // 1_000_000, value2=MAX_FILE_BYTES // 1_000_000)
        )


@contextmanager
def workbook(path: Path, values: bool) -> Iterator[Any]:
    """An .xlsx opened for streaming (read-only mode), closed afterwards."""
    check_size(path)
    try:
        book = load_workbook(str(path), data_only=values, read_only=True)
    except FileNotFoundError as exc:
        raise ImportFileError(tr("Die Datei „{path}“ gibt es nicht.").format(path=path)) from exc
    except Exception as exc:  # zip, XML, openpyxl's own: all mean the file is unusable
        raise _broken(path, exc) from exc
    try:
        yield book
    finally:
        book.close()


def sheet_rows(path: Path, sheet: Any, limit: int) -> Iterator[tuple[Any, ...]]:
    """The rows of *sheet* as value tuples; ImportFileError when the sheet's XML is damaged
    or dangerous, or the sheet has more than *limit* rows below its header (said as soon
    as the row after the limit is read)."""
    try:
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > limit + 1:  # the header row and *limit* rows
                raise ImportFileError(
                    tr(
                        "„{name}“, Blatt „{title}“: mehr als {value} Zeilen; so viele nimmt ein Import nicht an."
                    ).format(name=path.name, title=sheet.title, value=_count(limit))
                )
            yield row
    except ImportFileError:
        raise
    except (
        ParseError,
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        EOFError,
    ) as exc:
        raise _broken(path, exc) from exc
    except Exception as exc:
        if _xml_refused(exc) or "lxml" in type(exc).__module__:
            raise _broken(path, exc) from exc
        raise


def csv_rows(path: Path, limit: int) -> Iterator[list[str]]:
    """The rows of a CSV (; , or tab; UTF-8 or Windows-1252), read line by line."""
    check_size(path)
    with path.open("rb") as fh:
        start = fh.read(64 * 1024)
    encoding = "utf-8-sig"
    try:
        start.decode(encoding)
    except UnicodeDecodeError as exc:
        encoding = "cp1252" if exc.start < len(start) - 4 else encoding  # not a cut character
    text = start.decode(encoding, errors="ignore")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error as exc:
        raise ImportFileError(
            tr(
                "„{name}“ ist weder eine Excel-Datei noch eine lesbare CSV-Datei (Trennzeichen ; , oder Tabulator)."
            ).format(name=path.name)
        ) from exc
    old_limit = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        with open(path, encoding=encoding, newline="") as fh:
            for number, row in enumerate(csv.reader(fh, dialect), start=1):
                if number > limit + 1:  # the header row and *limit* rows
                    raise ImportFileError(
                        tr(
                            "„{name}“: mehr als {value} Zeilen; so viele nimmt ein Import nicht an."
                        ).format(name=path.name, value=_count(limit))
                    )
                yield row
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            tr(
                "„{name}“ ist weder UTF-8 noch Windows-1252 (Zeichen an Stelle {start}); bitte als CSV (UTF-8) speichern."
            ).format(name=path.name, start=exc.start)
        ) from exc
    except csv.Error as exc:
        raise ImportFileError(
            tr("„{name}“ ist keine lesbare CSV-Datei ({exc}).").format(name=path.name, exc=exc)
        ) from exc
    finally:
        csv.field_size_limit(old_limit)
