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
        tagger = _Tagger(pdf, forms)
        for block in layout.blocks:
            tagger.place(block)
        tagger.finish()
        _describe(pdf, layout)
        pdf.save(target, min_version="1.7")  # PDF/UA-1 is ISO 32000-1: PDF 1.7


class _Tagger:
    """The pages' content and the structure tree, built block by block."""

    def __init__(self, pdf: pikepdf.Pdf, forms: list[pikepdf.Object]) -> None:
        self.pdf, self.forms = pdf, forms
        self.root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        self.document = _element(pdf, "Document", self.root)
        self.root.K = Array([self.document])
        pages = len(pdf.pages)
        self.per_page: list[list[pikepdf.Object]] = [[] for _ in range(pages)]
        self.streams: list[list[bytes]] = [[] for _ in range(pages)]
        self.resources: list[dict[str, pikepdf.Object]] = [{} for _ in range(pages)]
        self.section: pikepdf.Object | None = None
        self.section_no = 0
        self.list: pikepdf.Object | None = None

    def _draw(self, piece: Piece, opening: bytes) -> None:
        key = f"P{piece.part}"
        self.resources[piece.page][key] = self.forms[piece.part]
        self.streams[piece.page].append(
            opening + f" q 1 0 0 1 {piece.x:.3f} {piece.y:.3f} cm /{key} Do Q EMC\n".encode()
        )

    def mark(self, element: pikepdf.Object, role: str, piece: Piece) -> int:
        """*piece* drawn on its page inside marked content of *element*; its MCID."""
        mcid = len(self.per_page[piece.page])
        self.per_page[piece.page].append(element)
        self._draw(piece, f"/{role} <</MCID {mcid}>> BDC".encode())
        return mcid

    def _parent(self, block: Block) -> pikepdf.Object:
        """The document, or the section (Sect) of the block's zone."""
        if not block.section:
            return self.document
        if self.section is None or block.section != self.section_no:
            self.section = _element(self.pdf, "Sect", self.document)
            _add_kid(self.document, self.section)
            self.section_no = block.section
            self.list = None
        return self.section

    def _list_item(self, parent: pikepdf.Object, block: Block) -> pikepdf.Object:
        """L › LI › (Lbl,) LBody for a list item; the LBody to mark."""
        if self.list is None:
            self.list = _element(self.pdf, "L", parent)
            _add_kid(parent, self.list)
        item = _element(self.pdf, "LI", self.list)
        _add_kid(self.list, item)
        if block.label is not None:
            label = _element(self.pdf, "Lbl", item)
            _add_kid(item, label)
            label.Pg = self.pdf.pages[block.label.page].obj
            label.K = self.mark(label, "Lbl", block.label)
        body = _element(self.pdf, "LBody", item)
        _add_kid(item, body)
        return body

    def place(self, block: Block) -> None:
        if block.role == "Artifact":  # pagination: drawn, not read
            for piece in block.pieces:
                self._draw(piece, b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
            return
        parent = self._parent(block)
        if block.role == "LI":
            element = self._list_item(parent, block)
        else:
            self.list = None
            element = _element(self.pdf, block.role, parent)
            if block.alt:
                element.Alt = String(block.alt)
            _add_kid(parent, element)
        marks = Array()
        for piece in block.pieces:
            mcid = self.mark(element, "LBody" if block.role == "LI" else block.role, piece)
            marks.append(
                Dictionary(Type=Name.MCR, Pg=self.pdf.pages[piece.page].obj, MCID=mcid)
                if len(block.pieces) > 1
                else mcid
            )
            if block.role == "Figure":
                box = self.forms[piece.part].BBox
                element.A = Dictionary(
                    O=Name.Layout,
                    BBox=Array(
                        [piece.x, piece.y, piece.x + float(box[2]), piece.y + float(box[3])]
                    ),
                )
        element.Pg = self.pdf.pages[block.pieces[0].page].obj
        element.K = marks[0] if len(marks) == 1 else marks

    def finish(self) -> None:
        """Each page's content and resources, the parent tree, the catalog's tree."""
        numbers = Array()
        for n, page in enumerate(self.pdf.pages):
            page.obj.Resources = Dictionary(
                XObject=Dictionary({f"/{k}": v for k, v in self.resources[n].items()})
            )
            page.obj.Contents = self.pdf.make_stream(b"".join(self.streams[n]))
            page.obj.StructParents = n
            page.obj.Tabs = Name.S
            numbers.append(n)
            numbers.append(self.pdf.make_indirect(Array(self.per_page[n])))
        self.root.ParentTree = self.pdf.make_indirect(Dictionary(Nums=numbers))
        self.root.ParentTreeNextKey = len(self.pdf.pages)
        self.pdf.Root.StructTreeRoot = self.root


def _describe(pdf: pikepdf.Pdf, layout: Layout) -> None:
    """Tagged, its language, its title shown as the window's, XMP with PDF/UA-1."""
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


def _element(pdf: pikepdf.Pdf, role: str, parent: pikepdf.Object) -> pikepdf.Object:
    return pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + role), P=parent))


def _add_kid(parent: pikepdf.Object, kid: pikepdf.Object) -> None:
    """*kid* as the last child of *parent*."""
    if Name.K not in parent:
        parent.K = Array()
    parent.K.append(kid)
