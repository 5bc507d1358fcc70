"""``workbench measures list|show|add|set|delete|restore``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TextIO

from workbench.cli.common import CliError, _print_json, filter_words, table
from workbench.formats import format_cents, format_date, plural
from workbench.i18n import tr
from workbench.model.enums import MeasureStatus, MeasureType, Priority
from workbench.services import words
from workbench.services.detail import measure_detail
from workbench.services.operations import execute
from workbench.services.workspaces import OpenWorkspace, read


def cmd_measures_list(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    rows = read(ws, words.filtered_rows, filter_words(args))
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "code": r.code,
                    "title": r.title,
                    "type": r.type.value,
                    "phase": r.phase_name,
                    "status": r.status.value,
                    "priority": r.priority.value,
                    "lead_unit": r.lead_unit_name,
                    "fields": r.field_names.split("; ") if r.field_names else [],
                    "start_date": r.start_date.isoformat() if r.start_date else None,
                    "end_date": r.end_date.isoformat() if r.end_date else None,
                }
                for r in rows
            ],
            out,
        )
    else:
        table(
            [tr("Kennung"), tr("Titel"), tr("Typ"), tr("Phase"), tr("Status"), tr("Federführung")],
            [
                [r.code, r.title, r.type.label, r.phase_name, r.status.label, r.lead_unit_name]
                for r in rows
            ],
            out,
        )
        out.write("\n" + plural(len(rows), tr("Maßnahme"), tr("Maßnahmen")) + "\n")
    return 0


def _german_date(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else "?"


def cmd_measures_show(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    data = read(ws, measure_detail, args.id)
    if args.json:
        _print_json(data, out)
        return 0
    pairs = [
        (tr("Kennung"), data["code"]),
        (tr("Titel"), data["title"]),
        (tr("Typ"), MeasureType(data["type"]).label),
        (tr("Phase"), data["phase"] or ""),
        (tr("Status"), MeasureStatus(data["status"]).label),
        (tr("Priorität"), Priority(data["priority"]).label),
        (tr("Federführung"), data["lead_unit"] or ""),
        (tr("Verantwortlich"), data["responsible"] or ""),
        (tr("Zeitraum"), f"{_german_date(data['start_date'])} – {_german_date(data['end_date'])}"),
        (tr("Budget"), format_cents(data["budget_cents"])),
        (tr("Handlungsfelder"), "; ".join(f["name"] for f in data["fields"])),
        (tr("Beteiligte"), "; ".join(p["name"] for p in data["participants"])),
        (tr("Kurzbeschreibung"), data["short_description"]),
    ]
    for label, value in pairs:
        out.write(f"{label + ':':<18}{value}\n")
    sections = [
        (tr("Ziele"), len(data["goals"])),
        (tr("Indikatoren"), len(data["indicators"])),
        (tr("Meilensteine"), len(data["milestones"])),
        (tr("Risiken"), len(data["risks"])),
        (tr("Logbucheinträge"), len(data["log_entries"])),
    ]
    out.write("\n" + ", ".join(f"{label}: {n}" for label, n in sections) + "\n")
    return 0


def cmd_measures_add(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    made, _ = execute(
        ws, tr("Maßnahme anlegen"), words.add_measure, args.title, args.field or [], args.set or []
    )
    out.write(tr("{code} „{title}“ angelegt.").format(code=made.code, title=made.title) + "\n")
    return 0


def cmd_measures_set(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    measure, changes = execute(
        ws, tr("Maßnahme ändern"), words.change_measure, args.id, args.assignments
    )
    out.write(
        tr("{code}: Änderungen gespeichert.\n").format(code=measure.code)
        if changes
        else tr("{code}: nichts geändert.\n").format(code=measure.code)
    )
    return 0


def cmd_measures_delete(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    label = read(ws, words.measure_name, args.id).label
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(
                tr("Löschen von {label} nicht bestätigt: bitte mit --yes aufrufen.").format(
                    label=label
                )
            )
        answer = input(tr("Maßnahme {label} in den Papierkorb legen? [j/N] ").format(label=label))
        if answer.strip().casefold() not in ("j", "ja", "y", "yes", tr("j"), tr("ja")):
            out.write(tr("Nichts gelöscht.\n"))
            return 1
    execute(ws, tr("Maßnahme löschen"), words.delete_measure, args.id)
    out.write(
        tr("{label} liegt im Papierkorb (wiederherstellen: workbench measures restore).\n").format(
            label=label
        )
    )
    return 0


def cmd_measures_restore(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    measure, _ = execute(ws, tr("Maßnahme wiederherstellen"), words.restore_measure, args.id)
    out.write(
        tr("{code} „{title}“ ist wiederhergestellt.\n").format(
            code=measure.code, title=measure.title
        )
    )
    return 0
