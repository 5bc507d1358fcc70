"""Developer tool: build resources/templates/werkbank.docx, the built-in Word template.

Usage: python tools/make_word_template.py

The template holds the styles every export uses (see workbench.exports.docx_base.
REQUIRED_STYLES), A4 pages, and a header and footer with the placeholders
{{titel}} and {{datum}} and fields for the page number and page count.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates" / "werkbank.docx"
BLUE = RGBColor(0x0B, 0x3C, 0x6E)


def main() -> None:
    doc = Document()
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Arial")
    for name, size, before in (
        ("Title", 24, 0),
        ("Heading 1", 16, 18),
        ("Heading 2", 13, 14),
        ("Heading 3", 11.5, 10),
    ):
        style = styles[name]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = BLUE
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    styles["Subtitle"].font.name = "Arial"
    styles["Subtitle"].font.size = Pt(12)
    styles["Subtitle"].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    styles["Caption"].font.size = Pt(9)
    styles["Caption"].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    for name in ("Header", "Footer"):
        styles[name].font.size = Pt(8.5)
        styles[name].font.color.rgb = RGBColor(0x40, 0x40, 0x40)

    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    header = section.header.paragraphs[0]
    header.text = "{{titel}}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.style = styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    for part in ("Stand: {{datum}} · Seite ", "PAGE", " von ", "NUMPAGES"):
        if part in ("PAGE", "NUMPAGES"):  # a complete field: Word and LibreOffice fill it in
            for kind, text in (
                ("begin", None),
                ("instr", f" {part} "),
                ("separate", None),
                ("result", "1"),
                ("end", None),
            ):
                run = OxmlElement("w:r")
                if kind == "instr":
                    element = OxmlElement("w:instrText")
                    element.set(qn("xml:space"), "preserve")
                    element.text = text
                elif kind == "result":
                    element = OxmlElement("w:t")
                    element.text = text
                else:
                    element = OxmlElement("w:fldChar")
                    element.set(qn("w:fldCharType"), kind)
                run.append(element)
                footer._p.append(run)
        else:
            footer.add_run(part)
    doc.core_properties.title = "Werkbank-Vorlage"
    doc.core_properties.author = "Werkbank"
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
