"""``workbench grants|workshops|canvases list|show``: what a coordinator looks up without
the window (a grant's file number, a workshop's participants, a canvas's notes)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TextIO

from workbench.cli.common import _print_json, table
from workbench.formats import format_basis_points, format_cents, format_date
from workbench.i18n import tr
from workbench.services import listings
from workbench.services.workspaces import OpenWorkspace, read


def _pairs(pairs: list[tuple[str, str]], out: TextIO) -> None:
    width = max(len(label) for label, _ in pairs) + 2
    for label, value in pairs:
        out.write(f"{label + ':':<{width}}{value}\n")


def _period(start: object, end: object) -> str:
    return f"{format_date(start) or '?'} – {format_date(end) or '?'}"  # type: ignore[arg-type]


def cmd_grants_list(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    rows = read(ws, listings.grant_rows)
    if args.json:
        _print_json([asdict(r) for r in rows], out)
        return 0
    table(
        [tr("Aktenzeichen"), tr("Titel"), tr("Zeitraum"), tr("Bewilligt"), tr("Quote")],
        [
            [
                r.file_number,
                r.title,
                _period(r.start_date, r.end_date),
                format_cents(r.approved_cents),
                format_basis_points(r.rate_bp) + " %",
            ]
            for r in rows
        ],
        out,
    )
    return 0


def cmd_grants_show(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    g = read(ws, listings.grant_view, args.id)
    if args.json:
        _print_json(asdict(g), out)
        return 0
    _pairs(
        [
            (tr("Aktenzeichen"), g.file_number),
            (tr("Titel"), g.title),
            (tr("Programm"), g.programme + (f" – {g.phase}" if g.phase else "")),
            (tr("Empfänger"), g.recipient),
            (tr("Bewilligungszeitraum"), _period(g.start_date, g.end_date)),
            (tr("Finanzierungsart"), g.financing_kind),
            (tr("Bewilligte Zuwendung"), format_cents(g.approved_cents)),
            (tr("Fördersatz"), format_basis_points(g.rate_bp) + " %"),
            (tr("Maßnahmen"), ", ".join(g.measures)),
            (tr("Belege"), str(g.receipts)),
            (tr("Ausgaben bisher"), format_cents(g.spent_cents)),
            (tr("Davon anerkannt"), format_cents(g.recognised_cents)),
            (tr("Zuwendung danach"), format_cents(g.grant_so_far_cents)),
        ],
        out,
    )
    return 0


def cmd_workshops_list(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.services.workshops import workshop_rows

    rows = read(ws, workshop_rows)
    if args.json:
        _print_json([asdict(r) for r in rows], out)
        return 0
    table(
        [tr("Datum"), tr("Titel"), tr("Format"), tr("Ort"), tr("Flächen"), tr("Maßnahmen")],
        [
            [
                format_date(r.held_on),
                r.title,
                r.format.label,
                r.place,
                str(r.canvases),
                r.measures,
            ]
            for r in rows
        ],
        out,
    )
    return 0


def cmd_workshops_show(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    w = read(ws, listings.workshop_view, args.id)
    if args.json:
        _print_json(asdict(w), out)
        return 0
    anonymous = (
        tr(" und {n} ohne Namen").format(n=w.anonymous_participants)
        if w.anonymous_participants
        else ""
    )
    _pairs(
        [
            (tr("Titel"), w.title),
            (tr("Format"), w.format),
            (tr("Datum"), format_date(w.held_on)),
            (tr("Ort"), w.place),
            (tr("Moderation"), w.facilitator),
            (tr("Teilnehmende"), "; ".join(w.participants) + anonymous),
            (tr("Maßnahmen"), ", ".join(w.measures)),
            (tr("Arbeitsflächen"), "; ".join(w.canvases)),
        ],
        out,
    )
    for label, text in ((tr("Ablauf"), w.agenda), (tr("Ergebnisse"), w.decisions)):
        if text.strip():
            out.write(f"\n{label}:\n{text.strip()}\n")
    return 0


def cmd_canvases_list(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    rows = read(ws, listings.canvas_rows)
    if args.json:
        _print_json([asdict(r) for r in rows], out)
        return 0
    table(
        [tr("Arbeitsfläche"), tr("Workshop"), tr("Karten"), tr("Punkte")],
        [[r.title, r.workshop, str(r.notes), str(r.dots)] for r in rows],
        out,
    )
    return 0


def cmd_canvases_show(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    board = read(ws, listings.canvas_board, args.id)
    if args.json:
        _print_json(asdict(board), out)
        return 0
    out.write(f"{board.title} ({board.workshop})\n")
    for zone in board.zones:
        out.write(f"\n{zone.title}" + (f" – {zone.question}" if zone.question else "") + "\n")
        if not zone.notes:
            out.write(tr("  (keine Karten)\n"))
        for note in zone.notes:
            dots = "●" * min(note.dots, 10) + (f" {note.dots}" if note.dots else "")
            extra = [x for x in (note.author, note.group) if x]
            text = " ".join(note.text.split())
            out.write(
                f"  • {text}"
                + (f" ({', '.join(extra)})" if extra else "")
                + (f"  {dots}" if note.dots else "")
                + "\n"
            )
    return 0
