"""`workbench serve`: the workshop room without the window – a canvas opened for the
participants' phones, the address and a QR code printed, what arrives applied through
the one write path every few tenths of a second, until Strg+C or --minutes."""

from __future__ import annotations

import argparse
import signal
import time
from pathlib import Path
from typing import TextIO

from workbench.cli.common import CliError
from workbench.formats import plural
from workbench.i18n import tr
from workbench.services import room_notes
from workbench.services.workspaces import OpenWorkspace, read


def cmd_serve(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.room.server import Room

    canvas_id = read(ws, room_notes.canvas_id_of, args.canvas)  # as `canvases show`
    canvas = read(ws, room_notes.room_canvas, canvas_id)
    certificate = None
    if args.certificate or args.key:
        if not (args.certificate and args.key):
            raise CliError(tr("Für HTTPS braucht es --certificate und --key."))
        certificate = (Path(args.certificate), Path(args.key))
    room = Room(canvas, args.bind, args.port, certificate)
    try:
        address = room.start()
    except OSError as exc:
        raise CliError(
            tr("Der Raum ließ sich auf „{bind}“ nicht öffnen: {reason}").format(
                bind=room.bind, reason=exc.strerror or exc
            )
        ) from None
    room.set(voting=bool(args.voting))
    out.write(
        tr("Mitmachen bei „{title}“: {address}\n").format(title=canvas.title, address=address)
    )
    if not room.secure:
        out.write(
            tr("Unverschlüsselt (HTTP) im lokalen Netz – nur für Notizen ohne Vertrauliches.\n")
        )
    import segno

    segno.make(address, error="m").terminal(out=out, compact=True)  # to scan off the screen
    out.write(tr("Strg+C beendet den Raum.\n"))
    out.flush()
    stop = {"now": False}

    def end(_signum: int, _frame: object) -> None:
        stop["now"] = True

    signal.signal(signal.SIGTERM, end)
    until = time.monotonic() + args.minutes * 60 if args.minutes else None
    applied = 0
    try:
        while not stop["now"] and (until is None or time.monotonic() < until):
            time.sleep(0.2)
            taken, refused = room.apply_to(ws, canvas_id)
            applied += taken
            for line in refused:
                out.write(tr("Nicht übernommen: {line}\n").format(line=line))
    except KeyboardInterrupt:
        pass
    finally:
        room.stop()
    out.write(
        tr("Raum beendet: {n} von {phones} übernommen.\n").format(
            n=applied, phones=plural(room.phone_count, tr("Handy"), tr("Handys"))
        )
    )
    return 0
