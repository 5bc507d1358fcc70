"""The way into a share: its ``workspace.json`` read and checked (format, protection,
no links) before anything else is read or written, or written where this workspace is
shared in the place for the first time (docs/SYNC.md rules 8 and 10). A place that is
missing, or empty where this workspace was shared, is offline: nothing is created in
its place (the real share may come back over it)."""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import delete

from workbench import __version__
from workbench.formats import printable
from workbench.i18n import tr
from workbench.store.sync_tables import (
    sync_applied,
    sync_conflicts,
    sync_field_clock,
    sync_outbox,
    sync_sent,
    sync_tombstones,
)
from workbench.sync import capture
from workbench.sync.place import FILE
from workbench.sync.protect import proves_change
from workbench.sync.report import FOLDER_FORMAT, PassphraseChanged, SyncError, is_member
from workbench.sync.share import Share
from workbench.sync.snapshots import Snapshots

#: The largest workspace.json read.
MAX_INFO_BYTES = 1_000_000

#: The shared workspace.json as last read, with the version it had (a server's ETag).
INFO_COPY = "workspace_json_copy"


class Entrance:
    """Checks the share's workspace.json, or shares the workspace there."""

    def __init__(self, share: Share, snapshots: Snapshots) -> None:
        self.share = share
        self.snapshots = snapshots

    @property
    def info(self) -> PurePosixPath:
        return self.share.base / "workspace.json"

    def prepare(self) -> bool:
        """Check the place and workspace.json; publish the workspace where it was never
        shared in this place (then True)."""
        share = self.share
        if not share.place.reachable():
            raise share.offline(tr("ist nicht erreichbar (nicht verbunden oder keine Ordner)"))
        kind = share.place.kind(self.info)
        if kind not in (None, FILE):
            raise SyncError(tr("„{info}“ ist keine gewöhnliche Datei.").format(info=self.info))
        if kind is None:
            with share.ws.engine.begin() as conn:
                member = is_member(conn)
            if member:
                raise share.offline(
                    tr(
                        "enthält diese geteilte Arbeitsmappe nicht mehr (ist das "
                        "richtige Laufwerk verbunden?)"
                    )
                )
            self.publish()
            return True
        data = self._read_data()
        self._check_protection(data)
        share.format = data.get("format", 1)
        share.refuse_links()
        share.place.makedirs(share.own_folder)
        return False

    def _read_data(self) -> dict[str, Any]:
        """workspace.json's content, of a format this version reads."""
        info = self.info
        try:
            data = json.loads(self._read_info().decode("utf-8"))
        except FileNotFoundError as exc:  # removed between looking and reading
            raise self.share.offline(
                tr("enthält diese geteilte Arbeitsmappe gerade nicht")
            ) from exc
        except ValueError as exc:
            why = (
                tr("kein gültiges JSON (Zeile {line}, Spalte {column})").format(
                    line=exc.lineno, column=exc.colno
                )
                if isinstance(exc, json.JSONDecodeError)
                else tr("keine UTF-8-Textdatei")
                if isinstance(exc, UnicodeDecodeError)
                else printable(str(exc))
            )
            raise SyncError(
                tr("„{info}“ ist nicht lesbar: {exc}.").format(info=info, exc=why)
            ) from exc
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("format", 0), int)
            or data.get("format", 0) > FOLDER_FORMAT
        ):
            raise SyncError(
                tr(
                    "Der gemeinsame Ordner „{base}“ wurde mit einer neueren Werkbank-Version angelegt; bitte Werkbank aktualisieren."
                ).format(base=self.share.base)
            )
        return data

    def _check_protection(self, data: dict[str, Any]) -> None:
        """The share's protection is the one this laptop knows (or a changed passphrase
        this laptop's key proves)."""
        share = self.share
        if data.get("protection") and share.key is None:
            raise SyncError(
                tr(
                    "Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; "
                    "bitte beim Beitreten das Kennwort angeben."
                )
            )
        if share.key is None or data.get("protection") == share.protection:
            return
        if data.get("protection") and proves_change(
            share.key, data["protection"], share.ws.workspace_id
        ):
            raise PassphraseChanged(
                tr(
                    "Das Kennwort der geteilten Arbeitsmappe wurde auf einem anderen Rechner "
                    "geändert. Bitte das neue Kennwort eingeben (Synchronisation → „Ordner "
                    "wählen und teilen …“ mit demselben Ordner). Bis dahin warten die eigenen "
                    "Änderungen hier; nichts geht verloren."
                )
            )
        # A laptop that knows the share as protected never takes a downgraded or
        # replaced workspace.json: plaintext files would be accepted next.
        raise SyncError(
            tr(
                "Die Schutzangaben in „{info}“ wurden verändert oder entfernt. Werkbank übernimmt und schreibt nichts, bis das geklärt ist (z. B. die workspace.json aus einer Sicherung zurückholen)."
            ).format(info=self.info)
        )

    def _read_info(self) -> bytes:
        """workspace.json, from the workspace's own copy where the place vouches by its
        version (a server's ETag, from this sync's one listing) that it is unchanged: a
        sync that finds nothing new sends one request, in every process."""
        share, info = self.share, self.info
        version = share.place.version(info) if share.place.versions_are_reliable else ""
        if version:
            with share.ws.engine.connect() as conn:
                kept = json.loads(capture.state_get(conn, INFO_COPY) or "{}")
            if kept.get("version") == version and isinstance(kept.get("data"), str):
                return str(kept["data"]).encode("utf-8")
        raw = share.place.read(info, MAX_INFO_BYTES)
        if version:
            try:
                copy = json.dumps({"version": version, "data": raw.decode("utf-8")})
            except UnicodeDecodeError:
                return raw  # not kept: its reader names what is wrong with it
            with share.ws.engine.begin() as conn:
                capture.state_set(conn, INFO_COPY, copy)
        return raw

    def publish(self) -> PurePosixPath:
        """Share this workspace in a place that does not hold it yet: workspace.json and a
        snapshot of everything. On the first share, what was recorded before is dropped:
        nobody else has seen it, and the snapshot carries its result."""
        share = self.share
        share.place.makedirs(share.base)
        with share.ws.engine.begin() as conn:
            if not is_member(conn):
                for table in (
                    sync_outbox,
                    sync_field_clock,
                    sync_tombstones,
                    sync_conflicts,
                    sync_sent,
                    sync_applied,
                ):
                    conn.execute(delete(table))
                capture.state_set(conn, "next_file_seq", "1")
            capture.state_set(conn, "member", "1")
        info_data: dict[str, Any] = {
            "format": FOLDER_FORMAT,
            "min_app_version": __version__,
            "workspace_id": share.ws.workspace_id,
            "name": share.ws.name,
        }
        if share.protection:
            info_data["protection"] = share.protection
        share.format = FOLDER_FORMAT
        share.place.makedirs(share.own_folder)
        path = self.snapshots.write()
        # workspace.json last: a joiner who sees it finds the snapshot there too.
        share.place.replace(self.info, json.dumps(info_data, ensure_ascii=False, indent=1).encode())
        return path
