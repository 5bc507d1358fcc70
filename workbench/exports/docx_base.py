"""A Word document on the built-in or an organisation's template, with the few building
blocks every export uses: headings, paragraphs, tables, key-value tables, traffic
lights, a table of contents, pictures; saved atomically."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from workbench.exports.errors import ExportError
from workbench.exports.sections import Pictured, Section
from workbench.fileio import replace_atomically, write_failure
from workbench.formats import CONTROL_CHARS, format_date
from workbench.i18n import SOURCE, language, quoted, tr
from workbench.resources import resource_path


def document_language() -> str:
    """The language tag a document declares: the one Werkbank speaks now."""
    return {"en": "en-GB"}.get(language(), "de-DE")


def FOOTER_WORDS() -> dict[str, str]:  # noqa: N802 - a table, built in the chosen language
    """The built-in template's footer („Stand: … · Seite 1 von 2“) in the chosen language."""
    if language() == SOURCE:
        return {}
    return {"Stand: ": tr("Stand: "), " · Seite ": tr(" · Seite "), " von ": tr(" von ")}


#: Styles the exports use; a template missing one is refused with its name.
REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "Caption",
    "Table Grid",
)
#: A richer table style, used when the template has it.
PREFERRED_TABLE_STYLE = "Light Grid Accent 1"

#: Traffic light → (fill colour, words). The word carries the meaning; colour repeats it.
LIGHTS = {
    "green": ("9BD39B", tr("grün – im Plan")),
    "yellow": ("FFE07A", tr("gelb – gefährdet")),
    "red": ("F2A0A0", tr("rot – kritisch")),
    "none": ("E4E4E4", tr("keine Angabe")),
}


def builtin_template() -> Path:
    return resource_path("templates", "werkbank.docx")


def check_template(path: Path) -> None:
    """Refuse a template that is not a Word file or lacks a style the exports need."""
    open_template(path)


#: What a template may unpack to, in all (a zip bomb stops there).
MAX_TEMPLATE_BYTES = 100 * 1024 * 1024


def _check_package(path: Path) -> None:
    """Every XML part of a template parses (defusedxml: no entity declarations, no external
    entities) and the whole unpacks to at most MAX_TEMPLATE_BYTES; ExportError names what
    is wrong. python-docx itself would crash on a cut styles.xml with an lxml traceback."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            if sum(i.file_size for i in infos) > MAX_TEMPLATE_BYTES:
                raise ExportError(
                    tr("„{name}“ entpackt zu mehr als {value} MB; das ist keine Vorlage.").format(
                        name=path.name, value=MAX_TEMPLATE_BYTES // 1_000_000
                    )
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    try:
                        fromstring(package.read(info))
                    except DefusedXmlException:
                        raise ExportError(
                            tr(
                                "Die Word-Vorlage „{name}“ enthält in „{filename}“ XML-Bestandteile, die Werkbank aus Sicherheitsgründen nicht liest (Entitäten). Bitte die Vorlage in Word öffnen und neu speichern."
                            ).format(name=path.name, filename=info.filename)
                        ) from None
                    except Exception as exc:  # ParseError and its kin: a cut or damaged part
                        raise ExportError(
                            tr(
                                "Die Word-Vorlage „{name}“ ist beschädigt: „{filename}“ ist unvollständig ({exc})."
                            ).format(name=path.name, filename=info.filename, exc=exc)
                        ) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise ExportError(
            tr("„{name}“ ist keine lesbare Word-Vorlage (.docx): {exc}").format(
                name=path.name, exc=exc
            )
        ) from exc


def _drop_external(doc: DocxDocument) -> None:
    """Relationships that point outside the document (an attached template on a server, a
    linked picture) are dropped: Word would contact that server whenever an export is
    opened. Hyperlinks stay: they are followed only when clicked."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for part in doc.part.package.iter_parts():
        for rel_id, rel in list(part.rels.items()):
            if not rel.is_external or rel.reltype == RT.HYPERLINK:
                continue
            element = getattr(part, "_element", None)
            if element is not None:
                for node in element.iter():
                    for attr, value in list(node.attrib.items()):
                        if value == rel_id and attr.startswith(
                            "{http://schemas.openxmlformats.org/officeDocument/2006/rel"
                        ):
                            parent = node.getparent()
                            if node.tag == qn("w:attachedTemplate") and parent is not None:
                                parent.remove(node)
                            else:
                                del node.attrib[attr]
            del part.rels[rel_id]
    settings = doc.settings.element
    for node in settings.findall(qn("w:attachedTemplate")):
        settings.remove(node)


def open_template(path: Path) -> DocxDocument:
    if not path.is_file():
        raise ExportError(tr("Die Word-Vorlage „{path}“ gibt es nicht.").format(path=path))
    _check_package(path)
    try:
        doc = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExportError(
            tr("„{name}“ ist keine lesbare Word-Vorlage (.docx): {exc}").format(
                name=path.name, exc=exc
            )
        ) from exc
    _drop_external(doc)
    names = {s.name for s in doc.styles}
    missing = [s for s in REQUIRED_STYLES if s not in names]
    if missing:
        listed = ", ".join(quoted(m) for m in missing)
        raise ExportError(
            tr(
                "Der Word-Vorlage „{name}“ fehlt die Formatvorlage {listed}. Legen Sie sie in Word an (Start → Formatvorlagen) oder wählen Sie die eingebaute Vorlage."
            ).format(name=path.name, listed=listed)
        )
    return doc


class WordDocument:
    """A document being written; ``save`` writes it in one step."""

    def __init__(self, title: str, template: Path | None = None, today: date | None = None) -> None:
        self.template = template or builtin_template()
        self.doc = open_template(self.template)
        self.today = today or date.today()
        body = self.doc.element.body
        for child in list(body):  # a template's sample text is not part of the export
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        names = {s.name for s in self.doc.styles}
        self.table_style = PREFERRED_TABLE_STYLE if PREFERRED_TABLE_STYLE in names else "Table Grid"
        self._fill_placeholders(
            {"{{titel}}": title, "{{datum}}": format_date(self.today), **FOOTER_WORDS()}
        )
        self.doc.core_properties.title = title
        self.doc.core_properties.author = tr("Werkbank")
        self.doc.core_properties.language = document_language()
        _set_language(self.doc)
        _headings_in_body_font(self.doc)

    def _fill_placeholders(self, values: dict[str, str]) -> None:
        for section in self.doc.sections:
            for part in (
                section.header,
                section.footer,
                section.first_page_header,
                section.first_page_footer,
                section.even_page_header,
                section.even_page_footer,
            ):
                if part.is_linked_to_previous and section is not self.doc.sections[0]:
                    continue
                for paragraph in part.paragraphs:
                    _replace_in_paragraph(paragraph, values)
                for table in part.tables:
                    for row in table.rows:
                        for cell in row.cells:
                            for paragraph in cell.paragraphs:
                                _replace_in_paragraph(paragraph, values)

    # --- blocks -----------------------------------------------------------------------------
    def title(self, text: str, subtitle: str = "") -> None:
        self.doc.add_paragraph(xml_text(text), style="Title")
        if subtitle:
            self.doc.add_paragraph(xml_text(subtitle), style="Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        paragraph = self.doc.add_paragraph(xml_text(text), style=f"Heading {level}")
        paragraph.paragraph_format.keep_with_next = True  # never alone at a page's foot

    def paragraph(self, text: str, style: str | None = None, label: str = "") -> None:
        paragraph = self.doc.add_paragraph(style=style)
        if label:
            paragraph.add_run(xml_text(label)).bold = True
        for number, line in enumerate(xml_text(text).splitlines() or [""]):
            run = paragraph.add_run()
            if number:
                run.add_break(WD_BREAK.LINE)
            run.add_text(line)

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self.doc.add_paragraph(xml_text(item), style="List Bullet")

    def caption(self, text: str) -> None:
        self.doc.add_paragraph(xml_text(text), style="Caption")

    def section(self, section: Section, level: int = 1) -> None:
        """A section built as data (exports/sections.py): its heading, then its table, or
        the sentence for an empty one."""
        self.heading(section.heading, level)
        if section.rows:
            self.table(section.headers, section.rows, section.widths_cm)
        else:
            self.paragraph(section.empty)

    def pictured(self, part: Pictured, level: int = 1) -> None:
        """A chart or plan built as data: heading, the sentence that says what it shows,
        its pictures (a plan on landscape pages, a chart as wide as the text) with that
        sentence as alternative text, then its data as tables."""
        self.heading(part.heading, level)
        self.paragraph(part.description)
        many = (
            tr("{heading}, Seite {n} von {of}") if part.wide else tr("{heading}, Bild {n} von {of}")
        )
        pages = [
            (picture, caption, f"{caption}: {part.description}")
            for n, picture in enumerate(part.pictures, 1)
            for caption in [
                many.format(heading=part.heading, n=n, of=len(part.pictures))
                if len(part.pictures) > 1
                else part.heading
            ]
        ]
        if part.wide and pages:
            self.wide_pictures([(path, alt, caption) for path, caption, alt in pages])
        page = self.doc.sections[-1]  # a chart as wide as the text (EMU: 360,000 a cm)
        text_cm = (page.page_width - page.left_margin - page.right_margin) / 360_000  # type: ignore[operator]
        for path, caption, alt in [] if part.wide else pages:
            self.picture(path, text_cm, alt)
            self.caption(caption)
        for table in part.tables:
            self.section(table, level + 1)

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        widths_cm: Sequence[float] | None = None,
    ) -> Table:
        """A table whose header row repeats on every page."""
        table: Table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = self.table_style
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        head = table.rows[0]
        _repeat_header(head)
        for cell, text in zip(head.cells, headers, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(xml_text(text)).bold = True
        rows = [list(values) for values in rows]
        for values in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, values, strict=True):
                cell.text = xml_text(text)
        _plain_first_column(table)
        if widths_cm:
            set_widths(table, fit_words(headers, rows, widths_cm))
        self.doc.add_paragraph()  # space after the table
        return table

    def key_values(self, pairs: Iterable[tuple[str, str]]) -> Table:
        table: Table = self.doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for key, value in pairs:
            cells = table.add_row().cells
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(xml_text(key)).bold = True
            cells[1].text = xml_text(value)
            _shade(cells[0], "EEF2F7")
        set_widths(table, (5.0, 11.6))
        self.doc.add_paragraph()
        return table

    def traffic_lights(self, lights: Sequence[tuple[str, str, str]]) -> Table:
        """Rows of (dimension, light, reason); the light is named in words and coloured."""
        table = self.table(
            [tr("Bereich"), tr("Ampel"), tr("Begründung")],
            [(dimension, LIGHTS[light][1], reason) for dimension, light, reason in lights],
            widths_cm=(3.5, 4.0, 9.1),
        )
        for row, (_, light, _) in zip(table.rows[1:], lights, strict=True):
            _shade(row.cells[1], LIGHTS[light][0])
        return table

    def table_of_contents(self, entries: Iterable[tuple[int, str]]) -> None:
        """A TOC field Word and LibreOffice update; until then it lists the headings."""
        paragraph = self.doc.add_paragraph()
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = 'TOC \\o "1-2" \\h \\z \\u'
        separate = OxmlElement("w:fldChar")
        separate.set(qn("w:fldCharType"), "separate")
        for element in (begin, instr, separate):
            run = paragraph.add_run()
            run._r.append(element)
        last = paragraph
        for level, text in entries:
            last = self.doc.add_paragraph(("    " * (level - 1)) + xml_text(text))
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        last.add_run()._r.append(end)
        settings = self.doc.settings.element
        update = settings.find(qn("w:updateFields"))
        if update is None:
            update = OxmlElement("w:updateFields")
            settings.append(update)
        update.set(qn("w:val"), "true")

    def picture(self, path: Path, width_cm: float, alt_text: str) -> None:
        """A picture with its alternative text (read by screen readers, BITV 2.0)."""
        shape = self.doc.add_picture(str(path), width=Cm(width_cm))
        shape._inline.docPr.set("descr", xml_text(alt_text))
        shape._inline.docPr.set("title", xml_text(alt_text))

    def wide_picture(self, path: Path, alt_text: str, caption: str, heading: str = "") -> None:
        """A picture on a landscape page of its own, as wide as the page allows (a canvas:
        its notes stay readable on paper), then back to the page format before. Its
        *heading* stands on that page above it (written before the new page, it was left
        alone at the foot of the page before)."""
        self.wide_pictures([(path, alt_text, caption)], heading)

    def wide_pictures(self, pictures: Sequence[tuple[Path, str, str]], heading: str = "") -> None:
        """Pictures (path, alternative text, caption) on landscape pages, one per page, in
        one landscape section: no empty page of the format before between them."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        last = self.doc.sections[-1]  # the body's own section: it becomes the new one
        orientation, width, height = last.orientation, last.page_width, last.page_height
        wide = self.doc.add_section(WD_SECTION.NEW_PAGE)
        wide.orientation = WD_ORIENT.LANDSCAPE
        assert width is not None and height is not None  # a section always has its size
        wide.page_width, wide.page_height = max(width, height), min(width, height)
        usable = wide.page_width - wide.left_margin - wide.right_margin
        height_room = wide.page_height - wide.top_margin - wide.bottom_margin - Cm(2.5)
        if heading:
            self.heading(heading, 1)
        for number, (path, alt_text, caption) in enumerate(pictures):
            if number:  # a landscape section each (a page break became a portrait page
                self.doc.add_section(WD_SECTION.NEW_PAGE)  # in LibreOffice)
            room = height_room - (Cm(1.5) if heading and number == 0 else 0)
            shape = self.doc.add_picture(str(path), width=usable)
            if shape.height > room:  # a tall picture: as high as the page allows
                ratio = room / shape.height
                shape.height, shape.width = int(shape.height * ratio), int(shape.width * ratio)
            shape._inline.docPr.set("descr", xml_text(alt_text))
            shape._inline.docPr.set("title", xml_text(alt_text))
            self.caption(caption)
        back = self.doc.add_section(WD_SECTION.NEW_PAGE)
        back.orientation = orientation
        back.page_width, back.page_height = width, height

    def small(self, text: str) -> None:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(xml_text(text))
        run.font.size = Pt(8.5)

    def save(self, path: Path) -> Path:
        return save_atomically(path, self.doc.save)


def save_atomically(path: Path, write: object) -> Path:
    """Write to a temporary file beside *path*, then replace: no half-written document."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(tr("Der Ordner „{folder}“ existiert nicht.").format(folder=folder))
    try:
        replace_atomically(path, lambda tmp: write(str(tmp)))  # type: ignore[operator]
    except Exception as exc:  # OSError, and what lxml or zipfile make of a full disk
        if isinstance(exc, ExportError):
            raise
        raise ExportError(
            tr(
                "„{path}“ ließ sich nicht schreiben: {value}. Nichts wurde überschrieben, nichts Halbfertiges bleibt liegen."
            ).format(path=path, value=_reason(exc, folder))
        ) from exc
    return path


def _set_language(doc: DocxDocument) -> None:
    """The document declares the chosen language (de-DE, en-GB) wherever the template says
    nothing else: spelling check and screen readers read it in that language."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        doc.styles.element.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), document_language())


def _reason(exc: Exception, folder: Path) -> str:
    """Why writing failed, in German, by the real reason (fileio.write_failure)."""
    return write_failure(exc, folder)


def xml_text(text: str) -> str:
    """*text* without the characters a Word document cannot hold."""
    return CONTROL_CHARS.sub("", text) if text else text


def _replace_in_paragraph(paragraph: object, values: dict[str, str]) -> None:
    """Fill {{placeholders}}; Word may split one over several runs, which are merged.
    Other runs (page number fields among them) stay as they are."""
    runs = paragraph.runs  # type: ignore[attr-defined]
    i = 0
    while i < len(runs):
        text = runs[i].text
        if "{{" not in text:
            for key, value in values.items():  # words of the template's own (its footer)
                if not key.startswith("{{") and key in text:
                    text = text.replace(key, value)
                    runs[i].text = text
            i += 1
            continue
        j = i
        while "}}" not in text[text.index("{{") :] and j + 1 < len(runs):
            j += 1
            text += runs[j].text
        for key, value in values.items():
            text = text.replace(key, xml_text(value))
        runs[i].text = text
        for run in runs[i + 1 : j + 1]:
            run.text = ""
        i = j + 1


#: Width of a character of a bold table header and of a table cell (10.5 pt Arial, on the
#: generous side) and a cell's padding, in cm: what a word needs not to be broken.
HEADER_CHAR_CM = 0.28
CELL_CHAR_CM = 0.23
CELL_PADDING_CM = 0.45


def fit_words(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths_cm: Sequence[float]
) -> list[float]:
    """Widths in which every header's longest word and every cell's fits (none cut in the
    middle), the total kept: what a narrow column needs is taken from the columns with
    room to spare. A word longer than a third of the table is left to break."""
    total = sum(widths_cm)

    def longest(text: str) -> int:
        return max((len(word) for word in str(text).split()), default=0)

    needs = []
    for i, header in enumerate(headers):
        cells = max((longest(row[i]) for row in rows), default=0)
        need = max(longest(header) * HEADER_CHAR_CM, cells * CELL_CHAR_CM) + CELL_PADDING_CM
        needs.append(min(need, total / 3))
    widths = list(widths_cm)
    for i, need in enumerate(needs):
        missing = need - widths[i]
        while missing > 0.01:
            spare = [(widths[j] - max(needs[j], 1.5), j) for j in range(len(widths)) if j != i]
            room, donor = max(spare, default=(0.0, -1))
            if room <= 0.01:
                break  # the table is too narrow for its words; nothing more to take
            take = min(room, missing)
            widths[donor] -= take
            widths[i] += take
            missing -= take
    return [round(w, 2) for w in widths]


def _headings_in_body_font(doc: DocxDocument) -> None:
    """Title and headings in the font a template names for them, else in the body's font
    family: a theme font beside a named one wins in Word, so the theme reference goes."""
    normal = doc.styles["Normal"].element.rPr
    fonts = normal.find(qn("w:rFonts")) if normal is not None else None
    body = fonts.get(qn("w:ascii")) if fonts is not None else None
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        try:
            style = doc.styles[name]
        except KeyError:
            continue
        run = style.element.get_or_add_rPr()
        rfonts = run.find(qn("w:rFonts"))
        if rfonts is None:
            if not body:
                continue
            rfonts = OxmlElement("w:rFonts")
            run.insert(0, rfonts)
        named = rfonts.get(qn("w:ascii")) or body
        if not named:
            continue
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
        for attr in ("ascii", "hAnsi", "cs"):
            rfonts.set(qn(f"w:{attr}"), named)
    if body:  # table styles set header rows and first columns in the theme's heading font
        for rfonts in doc.styles.element.iter(qn("w:rFonts")):
            parent = rfonts.getparent().getparent()
            if parent is None or parent.tag != qn("w:tblStylePr") or rfonts.get(qn("w:ascii")):
                continue
            for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                rfonts.attrib.pop(qn(f"w:{attr}"), None)
            for attr in ("ascii", "hAnsi", "cs"):
                rfonts.set(qn(f"w:{attr}"), body)


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths in the grid (LibreOffice reads these) and in every cell (Word does)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _plain_first_column(table: Table) -> None:
    """Table styles may bold the first column; our first columns are data, not headers."""
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tbl_pr.append(look)
    for key, value in (
        ("w:firstRow", "1"),
        ("w:firstColumn", "0"),
        ("w:lastRow", "0"),
        ("w:lastColumn", "0"),
        ("w:noHBand", "0"),
        ("w:noVBand", "1"),
        ("w:val", "0420"),
    ):
        look.set(qn(key), value)


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)
