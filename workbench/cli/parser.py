"""The command line's parser: its commands, arguments and help, in the chosen language,
and argparse's own words (it speaks English) in German."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from workbench import __version__
from workbench.i18n import LANGUAGES, SOURCE, language, tr

#: argparse's own texts (it speaks English) in German; the English ones stay as they are.
ARGPARSE_GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "show program's version number and exit": "die Version zeigen und beenden",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl: %(value)r (möglich: %(choices)s)",
    "invalid %(type)s value: %(value)r": "ungültiger Wert (%(type)s): %(value)r",
    "expected one argument": "erwartet eine Angabe",
    "expected at least one argument": "erwartet mindestens eine Angabe",
    "expected at most one argument": "erwartet höchstens eine Angabe",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt auf %(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "ignored explicit argument %r": "überzählige Angabe %r ignoriert",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
}


def _argparse_text(message: str) -> str:
    return ARGPARSE_GERMAN.get(message, message) if language() == SOURCE else message


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural)


argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse looks them up by this name
argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Arg:
    """One argument of a command: its names and argparse's keywords."""

    names: tuple[str, ...]
    options: dict[str, Any]


def A(*names: str, **options: Any) -> Arg:  # noqa: N802 - the table reads like argparse
    return Arg(names, options)


@dataclass(frozen=True)
class Command:
    """A command, its help, its arguments and the actions under it („measures list“)."""

    name: str
    help: str
    args: tuple[Arg, ...] = ()
    actions_metavar: str = ""
    actions: tuple[Command, ...] = ()


def _listing(name: str, help_text: str, show_help: str, key_help: str) -> Command:
    """grants, workshops, canvases: list and show."""
    return Command(
        name,
        help_text,
        actions_metavar=tr("AKTION"),
        actions=(
            Command(
                "list",
                tr("auflisten"),
                args=(A("path", metavar=tr("PFAD")), A("--json", action="store_true")),
            ),
            Command(
                "show",
                show_help,
                args=(
                    A("path", metavar=tr("PFAD")),
                    A("id", metavar="ID", help=key_help),
                    A("--json", action="store_true"),
                ),
            ),
        ),
    )


def commands() -> tuple[Command, ...]:
    """Every command of the command line, in the chosen language (a table of data)."""
    return (
        Command(
            "demo",
            tr("Demo-Arbeitsmappe anlegen"),
            args=(A("path", metavar=tr("PFAD")),),
        ),
        Command(
            "dump",
            tr("ganze Arbeitsmappe als kanonisches JSON ausgeben"),
            args=(
                A("path", metavar=tr("PFAD")),
                A("-o", "--output", metavar=tr("DATEI")),
            ),
        ),
        Command(
            "rescue",
            tr("Lesbares einer beschädigten Arbeitsmappe in eine neue retten"),
            args=(
                A("path", metavar=tr("PFAD")),
                A("target", metavar=tr("NEU"), help=tr("neue Arbeitsmappe (wird angelegt)")),
            ),
        ),
        Command(
            "check",
            tr("Arbeitsmappe auf Fehler prüfen"),
            args=(
                A("path", metavar=tr("PFAD")),
                A("--json", action="store_true"),
            ),
        ),
        Command(
            "sync",
            tr("mit dem gemeinsamen Ordner oder Server abgleichen"),
            args=(
                A(
                    "path",
                    metavar=tr("PFAD"),
                    nargs="+",
                    help=tr(
                        "Arbeitsmappe; „status PFAD“ zeigt den Stand; „retire PFAD RECHNER“ entfernt einen Rechner, der nicht wiederkommt (Kennung oder ihr Anfang)"
                    ),
                ),
                A("--folder", metavar=tr("ORDNER"), help=tr("gemeinsamen Ordner wählen")),
                A(
                    "--server",
                    metavar="URL",
                    help=tr(
                        "über einen WebDAV-Server abgleichen (Nextcloud, openDesk: https://…/remote.php/dav/files/BENUTZER/ORDNER); Passwort aus dem Schlüsselbund des Systems, aus WERKBANK_PASSWORD oder abgefragt"
                    ),
                ),
                A("--user", metavar=tr("NAME"), help=tr("mit --server: Benutzername")),
                A(
                    "--allow-http",
                    action="store_true",
                    help=tr(
                        "mit --server: eine unverschlüsselte http-Adresse erlauben (Passwort und Daten gehen im Klartext durchs Netz; nur in einem geschützten Netz)"
                    ),
                ),
                A(
                    "--ca-bundle",
                    metavar=tr("DATEI"),
                    help=tr(
                        "mit --server: Zertifikat der eigenen Zertifizierungsstelle (PEM), wenn der Server kein öffentlich anerkanntes Zertifikat hat"
                    ),
                ),
                A(
                    "--accept-deletions",
                    metavar=tr("RECHNER/NR"),
                    nargs="?",
                    const="",
                    help=tr(
                        "zurückgehaltene Löschungen vieler Maßnahmen übernehmen (ohne Angabe: alle)"
                    ),
                ),
                A(
                    "--change-passphrase",
                    action="store_true",
                    help=tr(
                        "Kennwort der geteilten Arbeitsmappe für alle ändern (neues Kennwort aus WERKBANK_NEW_PASSPHRASE)"
                    ),
                ),
                A(
                    "--snapshot",
                    action="store_true",
                    help=tr("danach einen Schnappschuss für neue Rechner schreiben"),
                ),
                A(
                    "--join",
                    action="store_true",
                    help=tr(
                        "der dort geteilten Arbeitsmappe beitreten (legt PFAD leer an, falls neu); Kennwort geschützter Arbeitsmappen aus WERKBANK_PASSPHRASE"
                    ),
                ),
                A("--json", action="store_true"),
            ),
        ),
        Command(
            "serve",
            tr("Mitmachen vom Handy: eine Leinwand für Teilnehmende öffnen"),
            args=(
                A("path", metavar=tr("PFAD")),
                A("--canvas", required=True, metavar=tr("LEINWAND"), help=tr("Titel oder ID")),
                A(
                    "--bind",
                    metavar=tr("ADRESSE"),
                    help=tr(
                        "Adresse, auf der gelauscht wird (Vorgabe: die des Rechners im eigenen Netz)"
                    ),
                ),
                A("--port", type=int, default=0, metavar="N", help=tr("Vorgabe: ein freier")),
                A("--certificate", metavar=tr("DATEI"), help=tr("Zertifikat (PEM) für HTTPS")),
                A("--key", metavar=tr("DATEI"), help=tr("Schlüssel (PEM) zum Zertifikat")),
                A("--voting", action="store_true", help=tr("Abstimmung gleich öffnen")),
                A(
                    "--minutes",
                    type=float,
                    default=0,
                    help=tr("nach so vielen Minuten beenden (0: Strg+C)"),
                ),
            ),
        ),
        Command(
            "conflicts",
            tr("Konflikte auflisten und lösen"),
            args=(
                A("path", metavar=tr("PFAD")),
                A("--resolve", type=int, metavar=tr("NR")),
                A(
                    "--keep",
                    metavar=tr("current|other|value=WERT"),
                    help=tr("mit --resolve: welcher Wert gilt"),
                ),
                A("--json", action="store_true"),
            ),
        ),
        Command(
            "export",
            tr("Word- oder Excel-Dokument schreiben"),
            args=(
                A(
                    "kind",
                    metavar=tr("ART"),
                    help=tr(
                        "steckbrief, projektauftrag, statusbericht, strategiebericht, workshop, massnahmenliste, meilensteinplan, indikatoren, kfp, belegliste, nachweis, mittelabruf, sachbericht, wirkung (Word oder PDF), zeitplan (PDF oder PNG), msproject (MS-Project-XML)"
                    ),
                ),
                A("path", metavar=tr("PFAD")),
                A("-o", "--output", required=True, metavar=tr("DATEI")),
                A("--measure", metavar="ID", help=tr("Kennung oder ID der Maßnahme")),
                A("--workshop", metavar="WORKSHOP", help=tr("ID oder Teil des Titels")),
                A(
                    "--grant",
                    metavar=tr("ZUWENDUNG"),
                    help=tr("ID oder Aktenzeichen der Zuwendung"),
                ),
                A("--template", metavar="DOCX", help=tr("eigene Word-Vorlage")),
                A(
                    "--from",
                    dest="period_from",
                    metavar=tr("DATUM"),
                    help=tr("Berichtszeitraum ab (TT.MM.JJJJ)"),
                ),
                A(
                    "--to",
                    dest="period_to",
                    metavar=tr("DATUM"),
                    help=tr("Berichtszeitraum bis (TT.MM.JJJJ)"),
                ),
                A(
                    "--report",
                    metavar=tr("NACHWEIS"),
                    help=tr("ID des Nachweises oder Ende seines Zeitraums"),
                ),
                A("--request", metavar=tr("ABRUF"), help=tr("ID des Mittelabrufs oder sein Datum")),
                A(
                    "--group",
                    choices=["field", "phase", "lead", "grant"],
                    default="field",
                    help=tr(
                        "zeitplan, strategiebericht, msproject: gruppiert nach Handlungsfeld, Phase, Federführung oder Zuwendung"
                    ),
                ),
                A(
                    "--baseline",
                    metavar=tr("NAME"),
                    help=tr("zeitplan, strategiebericht, statusbericht: Vergleich mit Planstand"),
                ),
                A(
                    "--paper",
                    choices=["A4", "A3"],
                    default="A4",
                    help=tr("zeitplan: Papier (quer)"),
                ),
                A("--search", metavar="TEXT", help=tr("Suchtext")),
                *(
                    A(flag, metavar=meta, help=tr("Filter (wie bei measures list)"))
                    for flag, meta in (
                        ("--field", tr("HANDLUNGSFELD")),
                        ("--type", tr("TYP")),
                        ("--phase", "PHASE"),
                        ("--status", "STATUS"),
                        ("--lead", tr("FEDERFÜHRUNG")),
                        ("--priority", tr("PRIORITÄT")),
                    )
                ),
            ),
        ),
        Command(
            "import",
            tr("Maßnahmenliste aus Excel übernehmen"),
            actions_metavar=tr("WAS"),
            actions=(
                Command(
                    "receipts",
                    tr("Belege aus einem CSV- oder Excel-Export übernehmen"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("file", metavar=tr("DATEI")),
                        A(
                            "--grant",
                            required=True,
                            metavar=tr("ZUWENDUNG"),
                            help=tr("ID oder Aktenzeichen"),
                        ),
                        A(
                            "--source",
                            default="",
                            metavar=tr("QUELLE"),
                            help=tr("Name des Finanzsystems; seine Spaltenzuordnung wird gemerkt"),
                        ),
                        A(
                            "--map",
                            action="append",
                            default=[],
                            metavar=tr("FELD=SPALTE"),
                            help=tr(
                                "Spaltenzuordnung, z. B. number=Beleg-Nr. (Felder: number, receipt_date, gross_cents, position, payee, purpose, paid_on, vat_cents)"
                            ),
                        ),
                        A(
                            "--dry-run",
                            action="store_true",
                            help=tr("nur zeigen, was übernommen würde"),
                        ),
                    ),
                ),
                Command(
                    "measures",
                    tr("geänderte Maßnahmenliste (.xlsx) übernehmen"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("file", metavar=tr("DATEI")),
                        A(
                            "--dry-run",
                            action="store_true",
                            help=tr("nur zeigen, was sich ändern würde"),
                        ),
                    ),
                ),
                Command(
                    "msproject",
                    tr("Projektplan aus MS Project (XML) übernehmen: Termine, Meilensteine"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("file", metavar=tr("DATEI")),
                        A(
                            "--dry-run",
                            action="store_true",
                            help=tr("nur zeigen, was sich ändern würde"),
                        ),
                    ),
                ),
            ),
        ),
        Command(
            "measures",
            tr("Maßnahmen auflisten, zeigen, anlegen, ändern, löschen"),
            actions_metavar=tr("AKTION"),
            actions=(
                Command(
                    "list",
                    tr("Maßnahmen auflisten"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("--json", action="store_true"),
                        A("--search", metavar="TEXT", help=tr("Suchtext")),
                        A("--field", metavar=tr("HANDLUNGSFELD")),
                        A("--type", metavar=tr("TYP")),
                        A("--phase", metavar=tr("PHASE")),
                        A("--status", metavar=tr("STATUS")),
                        A("--lead", metavar=tr("FEDERFÜHRUNG")),
                        A("--priority", metavar=tr("PRIORITÄT")),
                    ),
                ),
                Command(
                    "show",
                    tr("eine Maßnahme zeigen"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("id", metavar="ID", help=tr("Kennung (z. B. P-01) oder ID")),
                        A("--json", action="store_true"),
                    ),
                ),
                Command(
                    "add",
                    tr("Maßnahme anlegen"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("--title", required=True, metavar=tr("TITEL")),
                        A(
                            "--field",
                            action="append",
                            metavar=tr("HANDLUNGSFELD"),
                            help=tr("Handlungsfeld (mehrfach möglich, mindestens eines)"),
                        ),
                        A("--set", action="append", metavar=tr("FELD=WERT")),
                    ),
                ),
                Command(
                    "set",
                    tr("Felder einer Maßnahme ändern"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("id", metavar="ID"),
                        A("assignments", nargs="+", metavar=tr("FELD=WERT")),
                    ),
                ),
                Command(
                    "delete",
                    tr("Maßnahme in den Papierkorb legen"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("id", metavar="ID"),
                        A("--yes", action="store_true", help=tr("ohne Rückfrage")),
                    ),
                ),
                Command(
                    "restore",
                    tr("Maßnahme aus dem Papierkorb holen"),
                    args=(
                        A("path", metavar=tr("PFAD")),
                        A("id", metavar="ID"),
                    ),
                ),
            ),
        ),
        _listing(
            "grants",
            tr("Zuwendungen auflisten und zeigen"),
            tr("eine Zuwendung zeigen, mit dem Stand der Abrechnung"),
            tr("ID, Aktenzeichen (z. B. 436-BSP-2023-0815) oder Teil des Titels"),
        ),
        _listing(
            "workshops",
            tr("Workshops auflisten und zeigen"),
            tr("einen Workshop zeigen"),
            tr("ID oder Teil des Titels"),
        ),
        _listing(
            "canvases",
            tr("Arbeitsflächen auflisten und zeigen"),
            tr("eine Arbeitsfläche zeigen: die Karten nach Bereichen, mit Punkten"),
            tr("ID oder Teil des Titels"),
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    """argparse's parser made from :func:`commands`."""
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=tr("Werkbank – ohne Argumente öffnet sich das Fenster."),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        metavar="de|en",
        help=tr("Sprache der Ausgaben und Dokumente (sonst WERKBANK_LANG oder die des Systems)"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=tr("Werkbank {version__}").format(version__=__version__),
        help=tr("die Version zeigen und beenden"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=tr(
            "das Fenster mit der Demo-Arbeitsmappe öffnen („workbench --demo“; "
            "„workbench DATEI.werkbank“ öffnet eine Arbeitsmappe im Fenster)"
        ),
    )
    _add(parser.add_subparsers(dest="command", metavar=tr("BEFEHL")), commands())
    return parser


def _add(sub: Any, table: tuple[Command, ...], dest: str = "command") -> None:
    for command in table:
        p = sub.add_parser(command.name, help=command.help)
        for arg in command.args:
            p.add_argument(*arg.names, **arg.options)
        if command.actions:
            actions = p.add_subparsers(
                dest="action", metavar=command.actions_metavar, required=True
            )
            _add(actions, command.actions)
