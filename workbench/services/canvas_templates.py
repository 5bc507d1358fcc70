"""Canvas templates: JSON files with zones and guiding questions, shipped and user-made.

Shipped templates live in ``resources/canvases/``; a facilitator's own templates
("Als Vorlage speichern") in the data folder's ``Leinwandvorlagen/``. A file that
cannot be read is reported by name and skipped; the others still load.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from workbench.fileio import replace_atomically
from workbench.i18n import SOURCE, language, tr
from workbench.model import Canvas
from workbench.resources import resource_path
from workbench.services.errors import NotFoundError, ServiceError
from workbench.services.note_colours import NOTE_COLORS
from workbench.store.locations import data_dir

TEMPLATE_FORMAT = 1
USER_FOLDER = "Leinwandvorlagen"
MAX_ZONES = 60
MAX_SIZE = 20_000.0
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class ZoneSpec:
    """One zone of a template: where it is, its title and guiding question, its colours."""

    key: str
    title: str
    question: str
    x: float
    y: float
    width: float
    height: float
    color: str = "#F0F0F0"
    note_color: str = "yellow"


@dataclass(frozen=True)
class CanvasTemplate:
    """A canvas template as read from its JSON file."""

    key: str
    title: str
    description: str
    width: float
    height: float
    zones: tuple[ZoneSpec, ...]
    path: Path | None = None
    user_made: bool = False


@dataclass
class TemplateCatalog:
    """All templates that loaded, and one German message per file that did not."""

    templates: list[CanvasTemplate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get(self, key: str) -> CanvasTemplate:
        for template in self.templates:
            if template.key == key:
                return template
        raise NotFoundError(tr("Die Leinwandvorlage „{key}“ gibt es nicht.").format(key=key))


class TemplateError(ServiceError):
    """A template file that cannot be used; the message names the file and the problem."""


def user_template_dir() -> Path:
    return data_dir() / USER_FOLDER


def _number(data: dict[str, Any], name: str, where: str, low: float = 0.0) -> float:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TemplateError(
            tr("{where}: „{name}“ muss eine Zahl sein.").format(where=where, name=name)
        )
    if not low <= float(value) <= MAX_SIZE:
        raise TemplateError(
            tr("{where}: „{name}“ = {value} liegt außerhalb von {low:g} bis {MAX_SIZE:g}.").format(
                where=where, name=name, value=value, low=low, MAX_SIZE=MAX_SIZE
            )
        )
    return float(value)


def _text(data: dict[str, Any], name: str, where: str, required: bool = True) -> str:
    value = data.get(name, "" if not required else None)
    if not isinstance(value, str) or (required and not value.strip()):
        raise TemplateError(
            tr("{where}: „{name}“ fehlt oder ist kein Text.").format(where=where, name=name)
        )
    return value.strip()


def translated(data: dict[str, Any]) -> dict[str, Any]:
    """The template's texts in the chosen language, where its ``translations`` block has them
    (``{"en": {"title", "description", "zones": {key: {"title", "question"}}, "axes": [text]}}``);
    a template without one (a user's own) keeps its texts."""
    block = data.get("translations", {})
    block = block.get(language()) if isinstance(block, dict) else None
    if language() == SOURCE or not isinstance(block, dict):
        return data
    data = dict(data)
    for name in ("title", "description"):
        if isinstance(block.get(name), str):
            data[name] = block[name]
    zones: dict[str, Any] = block["zones"] if isinstance(block.get("zones"), dict) else {}
    data["zones"] = [
        {
            **zone,
            **{
                k: v
                for k, v in zones.get(str(zone.get("key")), {}).items()
                if k in ("title", "question") and isinstance(v, str)
            },
        }
        if isinstance(zone, dict) and isinstance(zones.get(str(zone.get("key"))), dict)
        else zone
        for zone in data.get("zones", []) or []
    ]
    axes = block.get("axes")
    if isinstance(axes, list) and isinstance(data.get("axes"), list):
        data["axes"] = [
            {**axis, "text": text} if isinstance(axis, dict) and isinstance(text, str) else axis
            for axis, text in zip(data["axes"], axes + [None] * len(data["axes"]), strict=False)
        ]
    return data


def parse_template(data: Any, path: Path | None = None, user_made: bool = False) -> CanvasTemplate:
    """Check the shape of a template; TemplateError names what is wrong and where."""
    if not isinstance(data, dict):
        raise TemplateError(tr("Die Datei enthält kein JSON-Objekt."))
    data = translated(data)
    if data.get("format") != TEMPLATE_FORMAT:
        raise TemplateError(
            tr("Unbekanntes Vorlagenformat {value!r} (erwartet {TEMPLATE_FORMAT}).").format(
                value=data.get("format"), TEMPLATE_FORMAT=TEMPLATE_FORMAT
            )
        )
    width = _number(data, "width", tr("Leinwand"), 100.0)
    height = _number(data, "height", tr("Leinwand"), 100.0)
    raw_zones = data.get("zones")
    if not isinstance(raw_zones, list) or not raw_zones:
        raise TemplateError(tr("„zones“ fehlt oder ist leer."))
    if len(raw_zones) > MAX_ZONES:
        raise TemplateError(tr("Mehr als {MAX_ZONES} Zonen.").format(MAX_ZONES=MAX_ZONES))
    zones = []
    keys: set[str] = set()
    for number, raw in enumerate(raw_zones, start=1):
        zone = _zone(raw, tr("Zone {number}").format(number=number), keys, width, height)
        zones.append(zone)
    return CanvasTemplate(
        key=_text(data, "key", tr("Vorlage")),
        title=_text(data, "title", tr("Vorlage")),
        description=_text(data, "description", tr("Vorlage"), required=False),
        width=width,
        height=height,
        zones=tuple(zones),
        path=path,
        user_made=user_made,
    )


def _zone(raw: Any, where: str, keys: set[str], width: float, height: float) -> ZoneSpec:
    """A zone of the template: its key new (added to *keys*), its colours known, inside
    the canvas of *width* × *height*; TemplateError names *where* it is wrong."""
    if not isinstance(raw, dict):
        raise TemplateError(tr("{where} ist kein JSON-Objekt.").format(where=where))
    key = _text(raw, "key", where)
    if key in keys:
        raise TemplateError(
            tr("{where}: Der Schlüssel „{key}“ kommt doppelt vor.").format(where=where, key=key)
        )
    keys.add(key)
    color = raw.get("color", "#F0F0F0")
    if not isinstance(color, str) or not _COLOR.match(color):
        raise TemplateError(
            tr("{where}: Die Farbe {color!r} ist keine Farbe der Form #RRGGBB.").format(
                where=where, color=color
            )
        )
    note_color = raw.get("note_color", "yellow")
    if note_color not in NOTE_COLORS:
        raise TemplateError(
            tr("{where}: Notizfarbe {note_color!r} ist unbekannt (möglich: {value}).").format(
                where=where, note_color=note_color, value=", ".join(NOTE_COLORS)
            )
        )
    zone = ZoneSpec(
        key=key,
        title=_text(raw, "title", where),
        question=_text(raw, "question", where, required=False),
        x=_number(raw, "x", where),
        y=_number(raw, "y", where),
        width=_number(raw, "width", where, 10.0),
        height=_number(raw, "height", where, 10.0),
        color=color.upper(),
        note_color=note_color,
    )
    if zone.x + zone.width > width + 0.5 or zone.y + zone.height > height + 0.5:
        raise TemplateError(
            tr("{where} („{title}“) ragt über den Rand der Leinwand.").format(
                where=where, title=zone.title
            )
        )
    return zone


def read_template(path: Path, user_made: bool = False) -> CanvasTemplate:
    """Read one template file; TemplateError names the file and what is wrong."""
    try:
        raw = path.read_bytes()
        if len(raw) > 2_000_000:
            raise TemplateError(tr("Die Datei ist größer als 2 MB."))
        data = json.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise TemplateError(
            tr("Vorlage „{name}“ ist nicht lesbar: {value}.").format(
                name=path.name, value=exc.strerror or exc
            )
        ) from exc
    except UnicodeDecodeError as exc:
        raise TemplateError(
            tr("Vorlage „{name}“ ist nicht in UTF-8 gespeichert.").format(name=path.name)
        ) from exc
    except json.JSONDecodeError as exc:
        raise TemplateError(
            tr(
                "Vorlage „{name}“: kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg})."
            ).format(name=path.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)
        ) from exc
    except RecursionError:
        raise TemplateError(
            tr("Vorlage „{name}“: zu tief verschachtelt.").format(name=path.name)
        ) from None
    except TemplateError as exc:
        raise TemplateError(tr("Vorlage „{name}“: {exc}").format(name=path.name, exc=exc)) from exc
    try:
        return parse_template(data, path, user_made)
    except TemplateError as exc:
        raise TemplateError(tr("Vorlage „{name}“: {exc}").format(name=path.name, exc=exc)) from exc
    except (RecursionError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateError(
            tr("Vorlage „{name}“ hat einen falschen Aufbau ({name__}).").format(
                name=path.name, name__=type(exc).__name__
            )
        ) from exc


def load_templates(folders: list[tuple[Path, bool]] | None = None) -> TemplateCatalog:
    """Every template of the shipped and the user folder, sorted by title; problems reported."""
    if folders is None:
        folders = [(resource_path("canvases"), False), (user_template_dir(), True)]
    catalog = TemplateCatalog()
    seen: set[str] = set()
    for folder, user_made in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                template = read_template(path, user_made)
            except TemplateError as exc:
                catalog.problems.append(tr("{exc} Die Vorlage wird übersprungen.").format(exc=exc))
                continue
            if template.key in seen:
                catalog.problems.append(
                    tr(
                        "Vorlage „{name}“: Der Schlüssel „{key}“ ist schon vergeben. Die Vorlage wird übersprungen."
                    ).format(name=path.name, key=template.key)
                )
                continue
            seen.add(template.key)
            catalog.templates.append(template)
    catalog.templates.sort(key=lambda t: (t.user_made, t.title.casefold()))
    return catalog


def slug(text: str) -> str:
    """A file-name-safe key from a title: „Unsere Retro“ → ``unsere-retro``."""
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "vorlage"


def template_data_from_canvas(
    session: Session, canvas_id: str, title: str, description: str = ""
) -> dict[str, Any]:
    """A canvas's zones as template JSON (notes are not part of a template)."""
    canvas = session.get(Canvas, canvas_id)
    if canvas is None:
        raise NotFoundError(tr("Die Leinwand gibt es nicht (mehr)."))
    if not title.strip():
        raise TemplateError(tr("Bitte geben Sie der Vorlage einen Namen."))
    return {
        "format": TEMPLATE_FORMAT,
        "key": "eigene-" + slug(title),
        "title": title.strip(),
        "description": description or canvas.description,
        "width": canvas.width,
        "height": canvas.height,
        "zones": [
            {
                "key": z.key or f"zone-{i}",
                "title": z.title,
                "question": z.question,
                "x": z.x,
                "y": z.y,
                "width": z.width,
                "height": z.height,
                "color": z.color or "#F0F0F0",
                "note_color": z.note_color or "yellow",
            }
            for i, z in enumerate(canvas.zones, start=1)
        ],
    }


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def save_user_template(
    data: dict[str, Any], folder: Path | None = None, replace: bool = False
) -> Path:
    """Write a user template atomically; refuses to overwrite unless *replace*."""
    parse_template(data)  # never write a file the loader would skip
    folder = folder or user_template_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['key']}.json"
    if path.exists() and not replace:
        raise TemplateError(
            tr("Eine Vorlage „{value}“ gibt es schon ({name}).").format(
                value=data["title"], name=path.name
            )
        )
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        replace_atomically(path, lambda tmp: _write_text(tmp, text), prefix=".vorlage-")
    except OSError as exc:
        raise TemplateError(
            tr("Die Vorlage ließ sich nicht speichern ({path}): {value}.").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    return path
