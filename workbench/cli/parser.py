"""The command line's parser: its commands, arguments and help, in the chosen language,
and argparse's own words (it speaks English) in German."""

from __future__ import annotations

import argparse

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


def build_parser() -> argparse.ArgumentParser:
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
    sub = parser.add_subparsers(dest="command", metavar=tr("BEFEHL"))

    p = sub.add_parser("demo", help=tr("Demo-Arbeitsmappe anlegen"))
    p.add_argument("path", metavar=tr("PFAD"))

    p = sub.add_parser("dump", help=tr("ganze Arbeitsmappe als kanonisches JSON ausgeben"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("-o", "--output", metavar=tr("DATEI"))

    p = sub.add_parser(
        "rescue", help=tr("Lesbares einer beschädigten Arbeitsmappe in eine neue retten")
    )
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("target", metavar=tr("NEU"), help=tr("neue Arbeitsmappe (wird angelegt)"))

    p = sub.add_parser("check", help=tr("Arbeitsmappe auf Fehler prüfen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("sync", help=tr("mit dem gemeinsamen Ordner oder Server abgleichen"))
    p.add_argument(
        "path",
        metavar=tr("PFAD"),
        nargs="+",
        help=tr(
            "Arbeitsmappe; „status PFAD“ zeigt den Stand; „retire PFAD RECHNER“ "
            "entfernt einen Rechner, der nicht wiederkommt (Kennung oder ihr Anfang)"
        ),
    )
    p.add_argument("--folder", metavar=tr("ORDNER"), help=tr("gemeinsamen Ordner wählen"))
    p.add_argument(
        "--server",
        metavar="URL",
        help=tr(
            "über einen WebDAV-Server abgleichen (Nextcloud, openDesk: "
            "https://…/remote.php/dav/files/BENUTZER/ORDNER); Passwort aus dem "
            "Schlüsselbund des Systems, aus WERKBANK_PASSWORD oder abgefragt"
        ),
    )
    p.add_argument("--user", metavar=tr("NAME"), help=tr("mit --server: Benutzername"))
    p.add_argument(
        "--allow-http",
        action="store_true",
        help=tr(
            "mit --server: eine unverschlüsselte http-Adresse erlauben (Passwort und Daten "
            "gehen im Klartext durchs Netz; nur in einem geschützten Netz)"
        ),
    )
    p.add_argument(
        "--ca-bundle",
        metavar=tr("DATEI"),
        help=tr(
            "mit --server: Zertifikat der eigenen Zertifizierungsstelle (PEM), wenn der "
            "Server kein öffentlich anerkanntes Zertifikat hat"
        ),
    )
    p.add_argument(
        "--accept-deletions",
        metavar=tr("RECHNER/NR"),
        nargs="?",
        const="",
        help=tr("zurückgehaltene Löschungen vieler Maßnahmen übernehmen (ohne Angabe: alle)"),
    )
    p.add_argument(
        "--change-passphrase",
        action="store_true",
        help=tr(
            "Kennwort der geteilten Arbeitsmappe für alle ändern (neues Kennwort "
            "aus WERKBANK_NEW_PASSPHRASE)"
        ),
    )
    p.add_argument(
        "--snapshot",
        action="store_true",
        help=tr("danach einen Schnappschuss für neue Rechner schreiben"),
    )
    p.add_argument(
        "--join",
        action="store_true",
        help=tr(
            "der dort geteilten Arbeitsmappe beitreten (legt PFAD leer an, falls neu); "
            "Kennwort geschützter Arbeitsmappen aus WERKBANK_PASSPHRASE"
        ),
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "serve", help=tr("Mitmachen vom Handy: eine Leinwand für Teilnehmende öffnen")
    )
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("--canvas", required=True, metavar=tr("LEINWAND"), help=tr("Titel oder ID"))
    p.add_argument(
        "--bind",
        metavar=tr("ADRESSE"),
        help=tr("Adresse, auf der gelauscht wird (Vorgabe: die des Rechners im eigenen Netz)"),
    )
    p.add_argument("--port", type=int, default=0, metavar="N", help=tr("Vorgabe: ein freier"))
    p.add_argument("--certificate", metavar=tr("DATEI"), help=tr("Zertifikat (PEM) für HTTPS"))
    p.add_argument("--key", metavar=tr("DATEI"), help=tr("Schlüssel (PEM) zum Zertifikat"))
    p.add_argument("--voting", action="store_true", help=tr("Abstimmung gleich öffnen"))
    p.add_argument(
        "--minutes", type=float, default=0, help=tr("nach so vielen Minuten beenden (0: Strg+C)")
    )

    p = sub.add_parser("conflicts", help=tr("Konflikte auflisten und lösen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("--resolve", type=int, metavar=tr("NR"))
    p.add_argument(
        "--keep",
        metavar=tr("current|other|value=WERT"),
        help=tr("mit --resolve: welcher Wert gilt"),
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help=tr("Word- oder Excel-Dokument schreiben"))
    p.add_argument(
        "kind",
        metavar=tr("ART"),
        help=tr(
            "steckbrief, projektauftrag, statusbericht, "
            "strategiebericht, workshop, massnahmenliste, meilensteinplan, indikatoren, "
            "kfp, belegliste, nachweis, mittelabruf, sachbericht, wirkung (Word oder PDF), "
            "zeitplan (PDF oder PNG), msproject (MS-Project-XML)"
        ),
    )
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("-o", "--output", required=True, metavar=tr("DATEI"))
    p.add_argument("--measure", metavar="ID", help=tr("Kennung oder ID der Maßnahme"))
    p.add_argument("--workshop", metavar="WORKSHOP", help=tr("ID oder Teil des Titels"))
    p.add_argument(
        "--grant", metavar=tr("ZUWENDUNG"), help=tr("ID oder Aktenzeichen der Zuwendung")
    )
    p.add_argument("--template", metavar="DOCX", help=tr("eigene Word-Vorlage"))
    p.add_argument(
        "--from",
        dest="period_from",
        metavar=tr("DATUM"),
        help=tr("Berichtszeitraum ab (TT.MM.JJJJ)"),
    )
    p.add_argument(
        "--to", dest="period_to", metavar=tr("DATUM"), help=tr("Berichtszeitraum bis (TT.MM.JJJJ)")
    )
    p.add_argument(
        "--report", metavar=tr("NACHWEIS"), help=tr("ID des Nachweises oder Ende seines Zeitraums")
    )
    p.add_argument("--request", metavar=tr("ABRUF"), help=tr("ID des Mittelabrufs oder sein Datum"))
    p.add_argument(
        "--group",
        choices=["field", "phase", "lead", "grant"],
        default="field",
        help=tr(
            "zeitplan, strategiebericht, msproject: gruppiert nach Handlungsfeld, Phase, "
            "Federführung oder Zuwendung"
        ),
    )
    p.add_argument(
        "--baseline",
        metavar=tr("NAME"),
        help=tr("zeitplan, strategiebericht, statusbericht: Vergleich mit Planstand"),
    )
    p.add_argument(
        "--paper", choices=["A4", "A3"], default="A4", help=tr("zeitplan: Papier (quer)")
    )
    for flag, meta, text in (
        ("--search", "TEXT", tr("Suchtext")),
        ("--field", tr("HANDLUNGSFELD"), None),
        ("--type", tr("TYP"), None),
        ("--phase", "PHASE", None),
        ("--status", "STATUS", None),
        ("--lead", tr("FEDERFÜHRUNG"), None),
        ("--priority", tr("PRIORITÄT"), None),
    ):
        p.add_argument(flag, metavar=meta, help=text or tr("Filter (wie bei measures list)"))

    imports = sub.add_parser("import", help=tr("Maßnahmenliste aus Excel übernehmen"))
    isub = imports.add_subparsers(dest="action", metavar=tr("WAS"), required=True)
    p = isub.add_parser("receipts", help=tr("Belege aus einem CSV- oder Excel-Export übernehmen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("file", metavar=tr("DATEI"))
    p.add_argument(
        "--grant", required=True, metavar=tr("ZUWENDUNG"), help=tr("ID oder Aktenzeichen")
    )
    p.add_argument(
        "--source",
        default="",
        metavar=tr("QUELLE"),
        help=tr("Name des Finanzsystems; seine Spaltenzuordnung wird gemerkt"),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar=tr("FELD=SPALTE"),
        help=tr(
            "Spaltenzuordnung, z. B. number=Beleg-Nr. (Felder: number, receipt_date, "
            "gross_cents, position, payee, purpose, paid_on, vat_cents)"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help=tr("nur zeigen, was übernommen würde"))

    p = isub.add_parser("measures", help=tr("geänderte Maßnahmenliste (.xlsx) übernehmen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("file", metavar=tr("DATEI"))
    p.add_argument("--dry-run", action="store_true", help=tr("nur zeigen, was sich ändern würde"))
    p = isub.add_parser(
        "msproject", help=tr("Projektplan aus MS Project (XML) übernehmen: Termine, Meilensteine")
    )
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("file", metavar=tr("DATEI"))
    p.add_argument("--dry-run", action="store_true", help=tr("nur zeigen, was sich ändern würde"))

    measures = sub.add_parser(
        "measures", help=tr("Maßnahmen auflisten, zeigen, anlegen, ändern, löschen")
    )
    msub = measures.add_subparsers(dest="action", metavar=tr("AKTION"), required=True)

    p = msub.add_parser("list", help=tr("Maßnahmen auflisten"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", metavar="TEXT", help=tr("Suchtext"))
    p.add_argument("--field", metavar=tr("HANDLUNGSFELD"))
    p.add_argument("--type", metavar=tr("TYP"))
    p.add_argument("--phase", metavar=tr("PHASE"))
    p.add_argument("--status", metavar=tr("STATUS"))
    p.add_argument("--lead", metavar=tr("FEDERFÜHRUNG"))
    p.add_argument("--priority", metavar=tr("PRIORITÄT"))

    p = msub.add_parser("show", help=tr("eine Maßnahme zeigen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("id", metavar="ID", help=tr("Kennung (z. B. P-01) oder ID"))
    p.add_argument("--json", action="store_true")

    p = msub.add_parser("add", help=tr("Maßnahme anlegen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("--title", required=True, metavar=tr("TITEL"))
    p.add_argument(
        "--field",
        action="append",
        metavar=tr("HANDLUNGSFELD"),
        help=tr("Handlungsfeld (mehrfach möglich, mindestens eines)"),
    )
    p.add_argument("--set", action="append", metavar=tr("FELD=WERT"))

    p = msub.add_parser("set", help=tr("Felder einer Maßnahme ändern"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("id", metavar="ID")
    p.add_argument("assignments", nargs="+", metavar=tr("FELD=WERT"))

    p = msub.add_parser("delete", help=tr("Maßnahme in den Papierkorb legen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true", help=tr("ohne Rückfrage"))

    p = msub.add_parser("restore", help=tr("Maßnahme aus dem Papierkorb holen"))
    p.add_argument("path", metavar=tr("PFAD"))
    p.add_argument("id", metavar="ID")

    for command, help_text, show_help, key_help in (
        (
            "grants",
            tr("Zuwendungen auflisten und zeigen"),
            tr("eine Zuwendung zeigen, mit dem Stand der Abrechnung"),
            tr("ID, Aktenzeichen (z. B. 436-BSP-2023-0815) oder Teil des Titels"),
        ),
        (
            "workshops",
            tr("Workshops auflisten und zeigen"),
            tr("einen Workshop zeigen"),
            tr("ID oder Teil des Titels"),
        ),
        (
            "canvases",
            tr("Arbeitsflächen auflisten und zeigen"),
            tr("eine Arbeitsfläche zeigen: die Karten nach Bereichen, mit Punkten"),
            tr("ID oder Teil des Titels"),
        ),
    ):
        listing = sub.add_parser(command, help=help_text)
        lsub = listing.add_subparsers(dest="action", metavar=tr("AKTION"), required=True)
        p = lsub.add_parser("list", help=tr("auflisten"))
        p.add_argument("path", metavar=tr("PFAD"))
        p.add_argument("--json", action="store_true")
        p = lsub.add_parser("show", help=show_help)
        p.add_argument("path", metavar=tr("PFAD"))
        p.add_argument("id", metavar="ID", help=key_help)
        p.add_argument("--json", action="store_true")
    return parser
