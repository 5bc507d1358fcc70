"""A Word template the user chooses is untrusted: a cut part, an entity bomb, a remote
attached template. Each is refused by name on choosing, or made harmless; one broken
canvas template never breaks the catalogue."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from workbench.exports.docx_base import builtin_template, check_template
from workbench.exports.errors import ExportError
from workbench.services.exporting import ExportRequest, run_export

REMOTE = "http://vorlagen.example.invalid/normal.dotm"


def _rewrite(target: Path, change: dict[str, object]) -> Path:
    """The built-in template with parts replaced (bytes) or changed (a function)."""
    with zipfile.ZipFile(builtin_template()) as src, zipfile.ZipFile(target, "w") as dst:
        names = src.namelist()
        for name in names:
            data = src.read(name)
            if name in change:
                how = change[name]
                data = how(data) if callable(how) else how
            dst.writestr(name, data)
        for name, how in change.items():
            if name not in names and isinstance(how, bytes):
                dst.writestr(name, how)
    return target


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
def test_a_template_with_a_cut_part_is_refused_by_name(tmp_path: Path, part: str) -> None:
    broken = _rewrite(tmp_path / "vorlage.docx", {part: lambda d: d[: len(d) // 2]})
    with pytest.raises(ExportError, match=f"„vorlage.docx“ ist beschädigt: „{part}“"):
        check_template(broken)


def test_a_template_with_an_entity_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )

    def change(data: bytes) -> bytes:
        return bomb + data.split(b"?>", 1)[1].replace(b"<w:t>", b"<w:t>&b;", 1)

    broken = _rewrite(tmp_path / "bombe.docx", {"word/document.xml": change})
    with pytest.raises(ExportError, match="Sicherheitsgründen"):
        check_template(broken)


def test_a_remote_attached_template_never_reaches_an_export(demo_ws, tmp_path: Path) -> None:
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdRemote" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/attachedTemplate" Target="' + REMOTE + '" '
        'TargetMode="External"/></Relationships>'
    ).encode()

    def attach(data: bytes) -> bytes:
        return data.replace(b"<w:zoom", b'<w:attachedTemplate r:id="rIdRemote"/><w:zoom', 1)

    template = _rewrite(
        tmp_path / "briefkopf.docx",
        {"word/_rels/settings.xml.rels": rels, "word/settings.xml": attach},
    )
    with zipfile.ZipFile(template) as z:  # the hostile template really has it
        assert REMOTE.encode() in z.read("word/_rels/settings.xml.rels")
        assert b"attachedTemplate" in z.read("word/settings.xml")
    check_template(template)  # harmless once dropped: accepted
    from sqlalchemy import select

    from workbench.model import Measure

    with demo_ws.session() as s:
        mid = s.scalars(select(Measure.id).where(Measure.code == "P-01")).one()
    out = run_export(
        demo_ws, ExportRequest("steckbrief", tmp_path / "sb.docx", mid, template=template)
    )
    with zipfile.ZipFile(out) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert REMOTE.encode() not in everything
    assert b"attachedTemplate" not in everything


def test_one_broken_canvas_template_does_not_break_the_catalogue(tmp_path: Path) -> None:
    from workbench.services.canvas_templates import load_templates

    folder = tmp_path / "vorlagen"
    folder.mkdir()
    (folder / "tief.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "kaputt.json").write_text('{"key": 1, "zones": "keine Liste"}')
    catalog = load_templates(
        [(Path(__file__).parents[2] / "resources" / "canvases", False), (folder, True)]
    )
    assert len(catalog.templates) >= 10
    assert any("tief.json" in p for p in catalog.problems)
    assert any("kaputt.json" in p for p in catalog.problems)
