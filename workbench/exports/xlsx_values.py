"""openpyxl writes formulas without their results; readers that do not calculate (and
people who open the file in a viewer) would see empty cells. This puts the result we
computed in integer cents beside each formula, as Excel itself would store it: the sheet
is read as XML (lxml, which python-docx brings), each formula cell gets its value element,
and the sheet is written back – no text surgery on OOXML."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from workbench.fileio import replace_atomically

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = re.compile(r"xl/worksheets/sheet(\d+)\.xml")


def store_results(path: Path, results: dict[int, dict[str, float]]) -> None:
    """*results*: sheet number (1-based, workbook order) → cell reference → value."""

    def rewrite(tmp: Path) -> None:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                match = SHEET.fullmatch(item.filename)
                if match and int(match.group(1)) in results:
                    data = _fill(data, results[int(match.group(1))])
                dst.writestr(item, data)

    replace_atomically(path, rewrite)


def _fill(xml: bytes, values: dict[str, float]) -> bytes:
    """The sheet with each formula cell named in *values* carrying that value."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(xml, parser)
    for cell in root.iter(f"{{{MAIN}}}c"):
        ref = cell.get("r")
        formula = cell.find(f"{{{MAIN}}}f")
        if ref not in values or formula is None:
            continue
        cell.attrib.pop("t", None)  # a number (openpyxl may have marked it as a string)
        value = cell.find(f"{{{MAIN}}}v")
        if value is None:
            value = etree.SubElement(cell, f"{{{MAIN}}}v")
        value.text = _number(values[ref])
    result: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return result


def _number(value: float) -> str:
    return repr(float(value)) if isinstance(value, float) else str(value)
