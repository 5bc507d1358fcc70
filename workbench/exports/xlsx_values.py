"""openpyxl writes formulas without their results; readers that do not calculate (and
people who open the file in a viewer) would see empty cells. This puts the result we
computed in integer cents beside each formula, as Excel itself would store it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from workbench.fileio import replace_atomically


def store_results(path: Path, results: dict[int, dict[str, float]]) -> None:
    """*results*: sheet number (1-based, workbook order) → cell reference → value."""

    def rewrite(tmp: Path) -> None:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
                if match and int(match.group(1)) in results:
                    data = _fill(data.decode("utf-8"), results[int(match.group(1))]).encode("utf-8")
                dst.writestr(item, data)

    replace_atomically(path, rewrite)


def _fill(xml: str, values: dict[str, float]) -> str:
    def replace(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref not in values:
            return match.group(0)
        return (
            f'<c r="{ref}"{match.group(2)}><f>{match.group(3)}</f><v>{_number(values[ref])}</v></c>'
        )

    return re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', replace, xml)


def _number(value: float) -> str:
    return repr(float(value)) if isinstance(value, float) else str(value)
