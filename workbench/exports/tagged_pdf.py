"""A tagged PDF (PDF/UA-1) from parts that were drawn elsewhere (EN 301 549 clause 10).

Qt's PDF writer draws well – vector text, embedded font subsets with their Unicode – but
it cannot tag. So the window draws each part of a document on a page of its own in a
*parts* PDF (the picture of a canvas, a heading, a question, one note), and this module
places every part on the real pages inside marked content and builds the structure tree
around them: the language, the title shown as the window title, a figure with its
description, headings, paragraphs and lists in reading order. Nothing is drawn outside a
tag, so no content is left untagged (not even an artifact).

pikepdf (qpdf) does the PDF object work: copying the parts as form XObjects (their fonts
once), writing the structure tree, the parent tree and the XMP metadata."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String

#: Roles a block can have; "LI" blocks that follow each other form one list (L › LI ›
#: Lbl, LBody); an "Artifact" (a page's footer) is drawn outside the structure.
ROLES = ("H1", "H2", "P", "LI", "Figure", "Artifact")


@dataclass(frozen=True)
class Piece:
    """Part *part* of the parts PDF, placed on output page *page* with its lower left
    corner at (*x*, *y*) points."""

    part: int
    page: int
    x: float
    y: float


@dataclass
class Block:
    """One element of the structure: its role, the section it belongs to (a zone; 0: the
    document's head), and its pieces – a paragraph that goes on over a page break has
    two. A figure has its description (*alt*) and box."""

    role: str
    section: int
    pieces: list[Piece] = field(default_factory=list)
    alt: str = ""
    label: Piece | None = None  # a list item's bullet (Lbl)


@dataclass(frozen=True)
class Layout:
    """Everything the composer needs besides the parts: title, language (BCP 47, „de-DE“),
    the size of each output page in points and the blocks in reading order."""

    title: str
    language: str
    pages: Sequence[tuple[float, float]]
    blocks: Sequence[Block]


def compose(parts: Path, layout: Layout, target: Path) -> None:
    """Write the tagged PDF *target* from the parts PDF and *layout*."""
    with pikepdf.open(parts) as source, pikepdf.new() as pdf:
        forms = [pdf.copy_foreign(page.as_form_xobject()) for page in source.pages]
        for width, height in layout.pages:
            pdf.add_blank_page(page_size=(width, height))
        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=root))
        root.K = Array([document])
        kids: list[pikepdf.Object] = []
        per_page: list[list[pikepdf.Object]] = [[] for _ in layout.pages]
        streams: list[list[bytes]] = [[] for _ in layout.pages]
        resources: list[dict[str, pikepdf.Object]] = [{} for _ in layout.pages]
        section: pikepdf.Object | None = None
        section_no = 0
        current_list: pikepdf.Object | None = None

        def mark(element: pikepdf.Object, role: str, piece: Piece) -> int:
            """*piece* drawn on its page inside marked content of *element*; its MCID."""
            mcid = len(per_page[piece.page])
            per_page[piece.page].append(element)
            key = f"P{piece.part}"
            resources[piece.page][key] = forms[piece.part]
            streams[piece.page].append(
                f"/{role} <</MCID {mcid}>> BDC q 1 0 0 1 {piece.x:.3f} {piece.y:.3f} cm "
                f"/{key} Do Q EMC\n".encode()
            )
            return mcid

        for block in layout.blocks:
            if block.role == "Artifact":
                for piece in block.pieces:
                    key = f"P{piece.part}"
                    resources[piece.page][key] = forms[piece.part]
                    streams[piece.page].append(
                        b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC "
                        + f"q 1 0 0 1 {piece.x:.3f} {piece.y:.3f} cm /{key} Do Q EMC\n".encode()
                    )
                continue
            parent: pikepdf.Object = document
            if block.section:
                if section is None or block.section != section_no:
                    section = _element(pdf, "Sect", document)
                    kids.append(section)
                    section_no = block.section
                    current_list = None
                parent = section
            if block.role == "LI":
                if current_list is None:
                    current_list = _element(pdf, "L", parent)
                    _add_kid(parent, current_list, kids if parent is document else None)
                item = _element(pdf, "LI", current_list)
                _add_kid(current_list, item, None)
                if block.label is not None:
                    label = _element(pdf, "Lbl", item)
                    _add_kid(item, label, None)
                    label.Pg = pdf.pages[block.label.page].obj
                    label.K = mark(label, "Lbl", block.label)
                element = _element(pdf, "LBody", item)
                _add_kid(item, element, None)
            else:
                current_list = None
                element = _element(pdf, block.role, parent)
                if block.alt:
                    element.Alt = String(block.alt)
                _add_kid(parent, element, kids if parent is document else None)
            marks = Array()
            for piece in block.pieces:
                mcid = mark(element, "LBody" if block.role == "LI" else block.role, piece)
                page = pdf.pages[piece.page]
                marks.append(
                    Dictionary(Type=Name.MCR, Pg=page.obj, MCID=mcid)
                    if len(block.pieces) > 1
                    else mcid
                )
                if block.role == "Figure":
                    box = forms[piece.part].BBox
                    element.A = Dictionary(
                        O=Name.Layout,
                        BBox=Array(
                            [
                                piece.x,
                                piece.y,
                                piece.x + float(box[2]),
                                piece.y + float(box[3]),
                            ]
                        ),
                    )
            element.Pg = pdf.pages[block.pieces[0].page].obj
            element.K = marks[0] if len(marks) == 1 else marks
        document.K = Array(kids)
        numbers = Array()
        for n, page in enumerate(pdf.pages):
            page.obj.Resources = Dictionary(
                XObject=Dictionary({f"/{k}": v for k, v in resources[n].items()})
            )
            page.obj.Contents = pdf.make_stream(b"".join(streams[n]))
            page.obj.StructParents = n
            page.obj.Tabs = Name.S
            numbers.append(n)
            numbers.append(pdf.make_indirect(Array(per_page[n])))
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=numbers))
        root.ParentTreeNextKey = len(pdf.pages)
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = String(layout.language)
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        pdf.docinfo[Name.Title] = layout.title
        pdf.docinfo[Name.Creator] = "Werkbank"
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = layout.title
            meta["dc:language"] = [layout.language]
            meta["pdfuaid:part"] = "1"
            meta["xmp:CreatorTool"] = "Werkbank"
        pdf.save(target, min_version="1.7")  # PDF/UA-1 is ISO 32000-1: PDF 1.7


def _element(pdf: pikepdf.Pdf, role: str, parent: pikepdf.Object) -> pikepdf.Object:
    return pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + role), P=parent))


def _add_kid(parent: pikepdf.Object, kid: pikepdf.Object, top: list[pikepdf.Object] | None) -> None:
    """*kid* as the last child of *parent* (the document's children are gathered in *top*)."""
    if top is not None:
        top.append(kid)
        return
    if Name.K not in parent:
        parent.K = Array()
    parent.K.append(kid)
