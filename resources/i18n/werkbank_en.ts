<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <source>Unbekannter Wert „{text}“ für {option} (möglich: {choices}).</source>
        <translation>Unknown value “{text}” for {option} (possible: {choices}).</translation>
    </message>
    <message>
        <source>Kennung</source>
        <extracomment>Printed lines of a wrapped cell: points per line, and a column&apos;s width in characters counted generously (readers do not grow rows written by openpyxl). The Maßnahmenliste&apos;s columns: header, field, width hint, kind. The importer reads the same headers back; the first column holds the hidden id that matches rows to measures.
----------
Tables whose rows belong to one measure shown in the table (updated row by row); every other table the table shows (model.views) names what rows show: the whole list reloads. the hue of the cell&apos;s coloured label (gui/labels.py), None for plain text</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Federführung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Kurzbeschreibung</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Risiken</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Logbucheinträge</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>„{pair}“: erwartet Feld=Wert (Felder: {value}).</source>
        <translation>“{pair}”: expected field=value (fields: {value}).</translation>
    </message>
    <message>
        <source>„{word}“ ist kein Feld einer Maßnahme. Möglich: {value}.</source>
        <translation>“{word}” is not a field of a measure. Possible: {value}.</translation>
    </message>
    <message>
        <source>{code} „{title}“ angelegt.</source>
        <translation>{code} “{title}” created.</translation>
    </message>
    <message>
        <source>Maßnahme ändern</source>
        <translation>Change measure</translation>
    </message>
    <message>
        <source>{code}: Änderungen gespeichert.
</source>
        <translation>{code}: changes saved.
</translation>
    </message>
    <message>
        <source>{code}: nichts geändert.
</source>
        <translation>{code}: nothing changed.
</translation>
    </message>
    <message>
        <source>Löschen von {label} nicht bestätigt: bitte mit --yes aufrufen.</source>
        <translation>Deletion of {label} not confirmed: please call with --yes.</translation>
    </message>
    <message>
        <source>Maßnahme {label} in den Papierkorb legen? [j/N] </source>
        <translation>Move measure {label} to the recycle bin? [y/N] </translation>
    </message>
    <message>
        <source>j</source>
        <translation>y</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nichts gelöscht.
</source>
        <translation>Nothing deleted.
</translation>
    </message>
    <message>
        <source>{label} liegt im Papierkorb (wiederherstellen: workbench measures restore).
</source>
        <translation>{label} is in the recycle bin (restore: workbench measures restore).
</translation>
    </message>
    <message>
        <source>{code} „{title}“ ist wiederhergestellt.
</source>
        <translation>{code} “{title}” is restored.
</translation>
    </message>
    <message>
        <source>Demo-Arbeitsmappe „{path}“ mit {count} Maßnahmen angelegt.
</source>
        <translation>Demo workspace “{path}” created with {count} measures.
</translation>
    </message>
    <message>
        <source>Geschrieben: {output}
</source>
        <translation>Written: {output}
</translation>
    </message>
    <message>
        <source>„{target}“ ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation>“{target}” is a folder; please give a file name.</translation>
    </message>
    <message>
        <source>Den Ordner „{parent}“ gibt es nicht.</source>
        <translation>The folder “{parent}” does not exist.</translation>
    </message>
    <message>
        <source>keine Berechtigung, dort zu schreiben</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>in diesem Ordner lassen sich keine Dateien anlegen</source>
        <translation>no files can be created in this folder</translation>
    </message>
    <message>
        <source>den Ordner „{folder}“ gibt es nicht</source>
        <translation>the folder “{folder}” does not exist</translation>
    </message>
    <message>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>der Datenträger ist voll</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>das Speicherkontingent ist erschöpft</source>
        <translation>the storage quota is used up</translation>
    </message>
    <message>
        <source>dort liegt ein Ordner</source>
        <translation>there is a folder in its place</translation>
    </message>
    <message>
        <source>„{target}“ ließ sich nicht schreiben: {reason}. Es wurde nichts Halbfertiges hinterlassen.</source>
        <translation>“{target}” could not be written: {reason}. Nothing half-finished was left behind.</translation>
    </message>
    <message>
        <source>Aufbau der Datei</source>
        <translation>Structure of the file</translation>
    </message>
    <message>
        <source>{what} hat Werkbank nicht angelegt; beim Öffnen entfernt (Sicherung: „{backup}“).</source>
        <translation>{what} was not created by Werkbank; removed on opening (backup: “{backup}”).</translation>
    </message>
    <message>
        <source>
{n_errors} Fehler, {value} Warnung(en).
</source>
        <translation>
{n_errors} error(s), {value} warning(s).
</translation>
    </message>
    <message>
        <source>Keine Probleme gefunden.
</source>
        <translation>No problems found.
</translation>
    </message>
    <message>
        <source>Unbekannte Exportart „{kind}“ (möglich: {value}).</source>
        <extracomment>A funding document&apos;s reporting period (None: the report&apos;s, or the whole grant). The Strategiebericht&apos;s Zeitplan: its pages drawn by the window&apos;s painter (None: the report has no Zeitplan), and the baseline whose shifts a report names. The Wirkung dashboard&apos;s pictures (services.impact_report keys and indicator ids), drawn by the window&apos;s painter; without them documents have sentences and tables. Draws canvases as pictures: (workspace file, canvas ids, folder) → canvas id → PNG. The window draws them itself; the command line hands in one that starts the window&apos;s renderer in a separate process (services never start the GUI).</extracomment>
        <translation>Unknown export kind “{kind}” (possible: {value}).</translation>
    </message>
    <message>
        <source>alle Maßnahmen</source>
        <extracomment>How far ahead the outlook looks.</extracomment>
        <translation>all measures</translation>
    </message>
    <message>
        <source>gefiltert: {filter}</source>
        <translation>filtered: {filter}</translation>
    </message>
    <message>
        <source>{label} geschrieben: {path}
</source>
        <translation>{label} written: {path}
</translation>
    </message>
    <message>
        <source>Der Zeitplan wird als .pdf oder .png geschrieben, nicht als „{suffix}“.</source>
        <translation>The roadmap is written as .pdf or .png, not as “{suffix}”.</translation>
    </message>
    <message>
        <source>Zeitplan geschrieben: {path}
</source>
        <translation>Roadmap written: {path}
</translation>
    </message>
    <message>
        <source>Die Wirkung ließ sich nicht als PDF schreiben: {reason}</source>
        <translation>The impact could not be written as PDF: {reason}</translation>
    </message>
    <message>
        <source>--to liegt vor --from.</source>
        <translation>--to lies before --from.</translation>
    </message>
    <message>
        <source>Nachweis</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Mittelabruf</source>
        <translation>Funds request</translation>
    </message>
    <message>
        <source>{flag} braucht --grant.</source>
        <translation>{flag} needs --grant.</translation>
    </message>
    <message>
        <source>{flag}: Einen {what} „{key}“ gibt es bei dieser Zuwendung nicht (ID oder Datum TT.MM.JJJJ).</source>
        <translation>{flag}: There is no {what} “{key}” for this grant (ID or date DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <extracomment>How the roadmap can group its bars: key → what the choice is called.</extracomment>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>--map erwartet FELD=SPALTE.</source>
        <translation>--map expects FIELD=COLUMN.</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Zuordnung: </source>
        <translation>Mapping: </translation>
    </message>
    <message>
        <source>Zeile {row}: Beleg {number} ist schon erfasst – übersprungen.
</source>
        <translation>Row {row}: receipt {number} is already recorded – skipped.
</translation>
    </message>
    <message>
        <source>Fehler: {error}
</source>
        <translation>Error: {error}
</translation>
    </message>
    <message>
        <source>{value} Belege</source>
        <translation>{value} receipts</translation>
    </message>
    <message>
        <source>Zeile {row}: {label} – {code} {title}
</source>
        <translation>Row {row}: {label} – {code} {title}
</translation>
    </message>
    <message>
        <source>Aufgabe {row}: {label} – {code} {title}
</source>
        <translation>Task {row}: {label} – {code} {title}
</translation>
    </message>
    <message>
        <source>Projektplan übernehmen</source>
        <translation>Take over project plan</translation>
    </message>
    <message>
        <source>Fehler: {problem}</source>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <source>Hinweis: {problem}</source>
        <translation>Note: {problem}</translation>
    </message>
    <message>
        <source>{value} neu, {value2} geändert</source>
        <translation>{value} new, {value2} changed</translation>
    </message>
    <message>
        <source>Probelauf: nichts geschrieben.
</source>
        <translation>Trial run: nothing written.
</translation>
    </message>
    <message>
        <source>Übernommen: {value}.
</source>
        <translation>Taken over: {value}.
</translation>
    </message>
    <message>
        <source>Abgebrochen.
</source>
        <extracomment>(command, action) → &quot;module:function&quot; of a command on an open workspace.</extracomment>
        <translation>Cancelled.
</translation>
    </message>
    <message>
        <source>Fehler: „{where}“: {reason}.
</source>
        <translation>Error: “{where}”: {reason}.
</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({kind}); der gespeicherte Stand ist unverändert. Einzelheiten stehen im Protokoll „{log}“.
</source>
        <translation>Unexpected error ({kind}); what was saved is unchanged. Details are in the log “{log}”.
</translation>
    </message>
    <message>
        <source>Rette Tabelle {done} von {total} ({table}) …</source>
        <translation>Rescuing table {done} of {total} ({table}) …</translation>
    </message>
    <message>
        <source>Werkbank – ohne Argumente öffnet sich das Fenster.</source>
        <translation>Werkbank – without arguments the window opens.</translation>
    </message>
    <message>
        <source>Sprache der Ausgaben und Dokumente (sonst WERKBANK_LANG oder die des Systems)</source>
        <translation>language of the output and the documents (otherwise WERKBANK_LANG or the system&apos;s)</translation>
    </message>
    <message>
        <source>Werkbank {version__}</source>
        <translation>Werkbank {version__}</translation>
    </message>
    <message>
        <source>BEFEHL</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Demo-Arbeitsmappe anlegen</source>
        <translation>create a demo workspace</translation>
    </message>
    <message>
        <source>PFAD</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>ganze Arbeitsmappe als kanonisches JSON ausgeben</source>
        <translation>print the whole workspace as canonical JSON</translation>
    </message>
    <message>
        <source>DATEI</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Lesbares einer beschädigten Arbeitsmappe in eine neue retten</source>
        <translation>rescue what is readable of a damaged workspace into a new one</translation>
    </message>
    <message>
        <source>neue Arbeitsmappe (wird angelegt)</source>
        <translation>new workspace (will be created)</translation>
    </message>
    <message>
        <source>NEU</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Arbeitsmappe auf Fehler prüfen</source>
        <translation>check the workspace for errors</translation>
    </message>
    <message>
        <source>Arbeitsmappe; „status PFAD“ zeigt den Stand; „retire PFAD RECHNER“ entfernt einen Rechner, der nicht wiederkommt (Kennung oder ihr Anfang)</source>
        <translation>workspace; “status PATH” shows the state; “retire PATH COMPUTER” removes a computer that will not come back (its ID or the start of it)</translation>
    </message>
    <message>
        <source>gemeinsamen Ordner wählen</source>
        <translation>choose the shared folder</translation>
    </message>
    <message>
        <source>ORDNER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>RECHNER/NR</source>
        <translation>COMPUTER/NO</translation>
    </message>
    <message>
        <source>zurückgehaltene Löschungen vieler Maßnahmen übernehmen (ohne Angabe: alle)</source>
        <translation>accept held-back deletions of many measures (without a value: all)</translation>
    </message>
    <message>
        <source>Kennwort der geteilten Arbeitsmappe für alle ändern (neues Kennwort aus WERKBANK_NEW_PASSPHRASE)</source>
        <translation>change the password of the shared workspace for everyone (new password from WERKBANK_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>danach einen Schnappschuss für neue Rechner schreiben</source>
        <translation>then write a snapshot for new computers</translation>
    </message>
    <message>
        <source>der dort geteilten Arbeitsmappe beitreten (legt PFAD leer an, falls neu); Kennwort geschützter Arbeitsmappen aus WERKBANK_PASSPHRASE</source>
        <translation>join the workspace shared there (creates PATH empty if new); password of protected workspaces from WERKBANK_PASSPHRASE</translation>
    </message>
    <message>
        <source>Konflikte auflisten und lösen</source>
        <translation>list and resolve conflicts</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>current|other|value=WERT</source>
        <translation>current|other|value=VALUE</translation>
    </message>
    <message>
        <source>mit --resolve: welcher Wert gilt</source>
        <translation>with --resolve: which value applies</translation>
    </message>
    <message>
        <source>Word- oder Excel-Dokument schreiben</source>
        <translation>write a Word or Excel document</translation>
    </message>
    <message>
        <source>ART</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Kennung oder ID der Maßnahme</source>
        <translation>code or ID of the measure</translation>
    </message>
    <message>
        <source>ID oder Teil des Titels</source>
        <translation>ID or part of the title</translation>
    </message>
    <message>
        <source>ID oder Aktenzeichen der Zuwendung</source>
        <translation>ID or file number of the grant</translation>
    </message>
    <message>
        <source>ZUWENDUNG</source>
        <translation>GRANT</translation>
    </message>
    <message>
        <source>eigene Word-Vorlage</source>
        <translation>own Word template</translation>
    </message>
    <message>
        <source>Berichtszeitraum ab (TT.MM.JJJJ)</source>
        <translation>reporting period from (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>die Version zeigen und beenden</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>das Fenster mit der Demo-Arbeitsmappe öffnen („workbench --demo“; „workbench DATEI.werkbank“ öffnet eine Arbeitsmappe im Fenster)</source>
        <translation>open the window with the demo workspace (“workbench --demo”; “workbench FILE.werkbank” opens a workspace in the window)</translation>
    </message>
    <message>
        <source>mit dem gemeinsamen Ordner oder Server abgleichen</source>
        <translation>sync with the shared folder or server</translation>
    </message>
    <message>
        <source>über einen WebDAV-Server abgleichen (Nextcloud, openDesk: https://…/remote.php/dav/files/BENUTZER/ORDNER); Passwort aus dem Schlüsselbund des Systems, aus WERKBANK_PASSWORD oder abgefragt</source>
        <translation>sync through a WebDAV server (Nextcloud, openDesk: https://…/remote.php/dav/files/USER/FOLDER); password from the system&apos;s credential store, from WERKBANK_PASSWORD or asked for</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>mit --server: Benutzername</source>
        <translation>with --server: user name</translation>
    </message>
    <message>
        <source>mit --server: eine unverschlüsselte http-Adresse erlauben (Passwort und Daten gehen im Klartext durchs Netz; nur in einem geschützten Netz)</source>
        <translation>with --server: allow an unencrypted http address (password and data travel the network in clear; only in a protected network)</translation>
    </message>
    <message>
        <source>mit --server: Zertifikat der eigenen Zertifizierungsstelle (PEM), wenn der Server kein öffentlich anerkanntes Zertifikat hat</source>
        <translation>with --server: certificate of your own certificate authority (PEM), if the server has no publicly recognised certificate</translation>
    </message>
    <message>
        <source>Mitmachen vom Handy: eine Leinwand für Teilnehmende öffnen</source>
        <translation>Take part from phones: open a canvas for participants</translation>
    </message>
    <message>
        <source>LEINWAND</source>
        <translation>CANVAS</translation>
    </message>
    <message>
        <source>Titel oder ID</source>
        <translation>title or ID</translation>
    </message>
    <message>
        <source>ADRESSE</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Adresse, auf der gelauscht wird (Vorgabe: die des Rechners im eigenen Netz)</source>
        <translation>address to listen on (default: this computer&apos;s address in its own network)</translation>
    </message>
    <message>
        <source>Vorgabe: ein freier</source>
        <translation>default: a free one</translation>
    </message>
    <message>
        <source>Zertifikat (PEM) für HTTPS</source>
        <translation>certificate (PEM) for HTTPS</translation>
    </message>
    <message>
        <source>Schlüssel (PEM) zum Zertifikat</source>
        <translation>key (PEM) of the certificate</translation>
    </message>
    <message>
        <source>Abstimmung gleich öffnen</source>
        <translation>open the voting at once</translation>
    </message>
    <message>
        <source>nach so vielen Minuten beenden (0: Strg+C)</source>
        <translation>end after so many minutes (0: Ctrl+C)</translation>
    </message>
    <message>
        <source>steckbrief, projektauftrag, statusbericht, strategiebericht, workshop, massnahmenliste, meilensteinplan, indikatoren, kfp, belegliste, nachweis, mittelabruf, sachbericht, wirkung (Word oder PDF), zeitplan (PDF oder PNG), msproject (MS-Project-XML)</source>
        <translation>steckbrief, projektauftrag, statusbericht, strategiebericht, workshop, massnahmenliste, meilensteinplan, indikatoren, kfp, belegliste, nachweis, mittelabruf, sachbericht, wirkung (Word or PDF), zeitplan (PDF or PNG), msproject (MS Project XML)</translation>
    </message>
    <message>
        <source>Berichtszeitraum bis (TT.MM.JJJJ)</source>
        <translation>reporting period to (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>ID des Nachweises oder Ende seines Zeitraums</source>
        <translation>ID of the report or the end of its period</translation>
    </message>
    <message>
        <source>NACHWEIS</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>ID des Mittelabrufs oder sein Datum</source>
        <translation>ID of the funds request or its date</translation>
    </message>
    <message>
        <source>ABRUF</source>
        <translation>REQUEST</translation>
    </message>
    <message>
        <source>zeitplan, strategiebericht, msproject: gruppiert nach Handlungsfeld, Phase, Federführung oder Zuwendung</source>
        <translation>zeitplan, strategiebericht, msproject: grouped by field of action, phase, lead unit or grant</translation>
    </message>
    <message>
        <source>zeitplan: Papier (quer)</source>
        <translation>zeitplan: paper (landscape)</translation>
    </message>
    <message>
        <source>Suchtext</source>
        <translation>search text</translation>
    </message>
    <message>
        <source>FEDERFÜHRUNG</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>PRIORITÄT</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <source>Filter (wie bei measures list)</source>
        <translation>filter (as in measures list)</translation>
    </message>
    <message>
        <source>Maßnahmenliste aus Excel übernehmen</source>
        <translation>take over a measure list from Excel</translation>
    </message>
    <message>
        <source>WAS</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>Belege aus einem CSV- oder Excel-Export übernehmen</source>
        <translation>take over receipts from a CSV or Excel export</translation>
    </message>
    <message>
        <source>ID oder Aktenzeichen</source>
        <translation>ID or file number</translation>
    </message>
    <message>
        <source>QUELLE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>Name des Finanzsystems; seine Spaltenzuordnung wird gemerkt</source>
        <translation>name of the finance system; its column mapping is remembered</translation>
    </message>
    <message>
        <source>FELD=SPALTE</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Spaltenzuordnung, z. B. number=Beleg-Nr. (Felder: number, receipt_date, gross_cents, position, payee, purpose, paid_on, vat_cents)</source>
        <translation>column mapping, e.g. number=Receipt no. (fields: number, receipt_date, gross_cents, position, payee, purpose, paid_on, vat_cents)</translation>
    </message>
    <message>
        <source>nur zeigen, was übernommen würde</source>
        <translation>only show what would be taken over</translation>
    </message>
    <message>
        <source>geänderte Maßnahmenliste (.xlsx) übernehmen</source>
        <translation>take over a changed measure list (.xlsx)</translation>
    </message>
    <message>
        <source>nur zeigen, was sich ändern würde</source>
        <translation>only show what would change</translation>
    </message>
    <message>
        <source>Projektplan aus MS Project (XML) übernehmen: Termine, Meilensteine</source>
        <translation>take over a project plan from MS Project (XML): dates, milestones</translation>
    </message>
    <message>
        <source>Maßnahmen auflisten, zeigen, anlegen, ändern, löschen</source>
        <translation>list, show, create, change, delete measures</translation>
    </message>
    <message>
        <source>AKTION</source>
        <extracomment>argparse&apos;s own texts (it speaks English) in German; the English ones stay as they are.</extracomment>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Maßnahmen auflisten</source>
        <translation>list measures</translation>
    </message>
    <message>
        <source>HANDLUNGSFELD</source>
        <translation>FIELD_OF_ACTION</translation>
    </message>
    <message>
        <source>zeitplan, strategiebericht, statusbericht: Vergleich mit Planstand</source>
        <translation>zeitplan, strategiebericht, statusbericht: compare with baseline</translation>
    </message>
    <message>
        <source>TYP</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>eine Maßnahme zeigen</source>
        <translation>show a measure</translation>
    </message>
    <message>
        <source>Kennung (z. B. P-01) oder ID</source>
        <translation>code (e.g. P-01) or ID</translation>
    </message>
    <message>
        <source>Zuwendungen auflisten und zeigen</source>
        <translation>list and show grants</translation>
    </message>
    <message>
        <source>eine Zuwendung zeigen, mit dem Stand der Abrechnung</source>
        <translation>show a grant, with the state of its settlement</translation>
    </message>
    <message>
        <source>ID, Aktenzeichen (z. B. 436-BSP-2023-0815) oder Teil des Titels</source>
        <translation>ID, file number (e.g. 436-BSP-2023-0815) or part of the title</translation>
    </message>
    <message>
        <source>Workshops auflisten und zeigen</source>
        <translation>list and show workshops</translation>
    </message>
    <message>
        <source>einen Workshop zeigen</source>
        <translation>show a workshop</translation>
    </message>
    <message>
        <source>Arbeitsflächen auflisten und zeigen</source>
        <translation>list and show canvases</translation>
    </message>
    <message>
        <source>eine Arbeitsfläche zeigen: die Karten nach Bereichen, mit Punkten</source>
        <translation>show a canvas: the notes by zone, with dots</translation>
    </message>
    <message>
        <source>auflisten</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Maßnahme anlegen</source>
        <translation>create a measure</translation>
    </message>
    <message>
        <source>TITEL</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Handlungsfeld (mehrfach möglich, mindestens eines)</source>
        <translation>field of action (repeatable, at least one)</translation>
    </message>
    <message>
        <source>FELD=WERT</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>Felder einer Maßnahme ändern</source>
        <translation>change fields of a measure</translation>
    </message>
    <message>
        <source>Maßnahme in den Papierkorb legen</source>
        <translation>move a measure to the recycle bin</translation>
    </message>
    <message>
        <source>ohne Rückfrage</source>
        <translation>without asking</translation>
    </message>
    <message>
        <source>Maßnahme aus dem Papierkorb holen</source>
        <translation>restore a measure from the recycle bin</translation>
    </message>
    <message>
        <source>Fehler: erwartet „workbench sync PFAD“, „workbench sync status PFAD“ oder „workbench sync retire PFAD RECHNER“.
</source>
        <translation>Error: expected “workbench sync PATH”, “workbench sync status PATH” or “workbench sync retire PATH COMPUTER”.
</translation>
    </message>
    <message>
        <source>Hinweis: Arbeitsmappe aktualisiert; Sicherung unter „{backup_path}“.
</source>
        <translation>Note: workspace updated; backup at “{backup_path}”.
</translation>
    </message>
    <message>
        <source>Hinweis: In der Datei lag, was Werkbank nicht angelegt hat; entfernt: {what}. Sicherung unter „{backup_path}“.
</source>
        <translation>Note: the file held what Werkbank did not create; removed: {what}. Backup at “{backup_path}”.
</translation>
    </message>
    <message>
        <source>Fehler: „{path}“ enthält Werte vom falschen Typ, die Werkbank nicht geschrieben hat ({where}). „workbench check {path}“ nennt alle.
</source>
        <translation>Error: “{path}” holds values of a wrong type that Werkbank did not write ({where}). “workbench check {path}” names them all.
</translation>
    </message>
    <message>
        <source>Ungültige Eingabe</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Fehler: „{path}“ ließ sich nicht lesen ({orig}). {DAMAGED_ADVICE}
</source>
        <translation>Error: “{path}” could not be read ({orig}). {DAMAGED_ADVICE}
</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe „{source}“ gibt es nicht.</source>
        <translation>The workspace “{source}” does not exist.</translation>
    </message>
    <message>
        <source>„{target}“ angelegt: {value}
</source>
        <translation>“{target}” created: {value}
</translation>
    </message>
    <message>
        <source>unbekannter Fehler</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Der Zeitplan ließ sich nicht zeichnen: {reason}</source>
        <translation>The roadmap could not be drawn: {reason}</translation>
    </message>
    <message>
        <source>Die Leinwände ließen sich nicht als Bild zeichnen: {reason}</source>
        <translation>The canvases could not be drawn as pictures: {reason}</translation>
    </message>
    <message>
        <source>Die Diagramme der Wirkung ließen sich nicht zeichnen: {reason}</source>
        <translation>The impact charts could not be drawn: {reason}</translation>
    </message>
    <message>
        <source>Rechner {value} ist aus der gemeinsamen Arbeitsmappe entfernt; der Ordner wartet nicht mehr auf ihn.</source>
        <translation>Computer {value} is removed from the shared workspace; the folder no longer waits for it.</translation>
    </message>
    <message>
        <source> Das geht hinaus, sobald der Ordner erreichbar ist.
</source>
        <translation> It goes out as soon as the folder can be reached.
</translation>
    </message>
    <message>
        <source>Mit --server bitte auch --user NAME angeben.</source>
        <translation>With --server please also give --user NAME.</translation>
    </message>
    <message>
        <source>Für {server} ist kein Passwort gespeichert; bitte WERKBANK_PASSWORD setzen oder im Terminal aufrufen (dann wird es abgefragt).</source>
        <translation>No password is stored for {server}; please set WERKBANK_PASSWORD or run this in a terminal (it is then asked for).</translation>
    </message>
    <message>
        <source>Passwort für {server}: </source>
        <translation>Password for {server}: </translation>
    </message>
    <message>
        <source>Geteilt über:       {value}
</source>
        <translation>Shared via:         {value}
</translation>
    </message>
    <message>
        <source>(nicht geteilt)</source>
        <translation>(not shared)</translation>
    </message>
    <message>
        <source>Dieser Rechner:     {replica}
</source>
        <translation>This computer:      {replica}
</translation>
    </message>
    <message>
        <source>Letzter Abgleich:   {value}
</source>
        <translation>Last sync:          {value}
</translation>
    </message>
    <message>
        <source>geänderter Eintrag</source>
        <translation>changed entry</translation>
    </message>
    <message>
        <source>geänderte Einträge</source>
        <translation>changed entries</translation>
    </message>
    <message>
        <source>nichts (nicht geteilt: Teilen veröffentlicht den ganzen Stand)</source>
        <translation>nothing (not shared: sharing publishes the whole state)</translation>
    </message>
    <message>
        <source>Ausstehend:         {waiting}
</source>
        <translation>Pending:            {waiting}
</translation>
    </message>
    <message>
        <source>Offene Konflikte:   {open_conflicts}
</source>
        <translation>Open conflicts:     {open_conflicts}
</translation>
    </message>
    <message>
        <source>Gesehen:            {replica} bis Datei {seq}, zuletzt aktiv {when}
</source>
        <translation>Seen:               {replica} up to file {seq}, last active {when}
</translation>
    </message>
    <message>
        <source>Hinweis:            {problem}
</source>
        <translation>Note:               {problem}
</translation>
    </message>
    <message>
        <source>Das neue Kennwort bitte in WERKBANK_NEW_PASSPHRASE angeben (nie als Argument: andere Benutzer sähen es in der Prozessliste).</source>
        <translation>Please give the new password in WERKBANK_NEW_PASSPHRASE (never as an argument: other users would see it in the process list).</translation>
    </message>
    <message>
        <source>Kennwort geändert. Die anderen Rechner fragen beim nächsten Abgleich nach dem neuen Kennwort.
</source>
        <translation>Password changed. The other computers ask for the new password at their next sync.
</translation>
    </message>
    <message>
        <source>Bestätigt: {value}.
</source>
        <translation>Confirmed: {value}.
</translation>
    </message>
    <message>
        <source>Bitte entweder --folder oder --server angeben, nicht beides.</source>
        <translation>Please give either --folder or --server, not both.</translation>
    </message>
    <message>
        <source>Schnappschuss geschrieben: {path}
</source>
        <translation>Snapshot written: {path}
</translation>
    </message>
    <message>
        <source>Geteilt: der ganze Stand der Arbeitsmappe liegt jetzt als Schnappschuss im gemeinsamen Ordner; die anderen treten ihm bei.
</source>
        <translation>Shared: the whole state of the workspace is now in the shared folder as a snapshot; the others join it.
</translation>
    </message>
    <message>
        <source>Beigetreten: der Stand der geteilten Arbeitsmappe wurde aus dem Schnappschuss übernommen.
</source>
        <translation>Joined: the state of the shared workspace was taken over from the snapshot.
</translation>
    </message>
    <message>
        <source>Gesendet: {value}; übernommen: {value2} mit {value3}; neue Konflikte: {conflicts}; wartend: {waiting}
</source>
        <translation>Sent: {value}; taken over: {value2} with {value3}; new conflicts: {conflicts}; waiting: {waiting}
</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>change</translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation>files</translation>
    </message>
    <message>
        <source>Aufgeräumt: {value} dieses Rechners, die alle anderen schon haben
</source>
        <translation>Tidied up: {value} of this computer that all others already have
</translation>
    </message>
    <message>
        <source>alte Änderungsdatei</source>
        <translation>old change file</translation>
    </message>
    <message>
        <source>alte Änderungsdateien</source>
        <translation>old change files</translation>
    </message>
    <message>
        <source>Zurückgehalten: Datei {seq} von Rechner {value} (Zeitstempel in der Zukunft), übernommen ab {applies}
</source>
        <translation>Held back: file {seq} from computer {value} (time stamp in the future), applied from {applies}
</translation>
    </message>
    <message>
        <source>Hinweis: {problem}
</source>
        <translation>Note: {problem}
</translation>
    </message>
    <message>
        <source>Bitte angeben, welcher Wert gelten soll: --keep current (der jetzige), --keep other (der andere) oder --keep value=WERT.</source>
        <translation>Please state which value applies: --keep current (the present one), --keep other (the other one) or --keep value=VALUE.</translation>
    </message>
    <message>
        <source>„{text}“ ist kein lesbarer Wert; Text bitte ohne Klammern angeben (--keep value=Neuer Titel).</source>
        <translation>“{text}” is not a readable value; please give text without brackets (--keep value=New title).</translation>
    </message>
    <message>
        <source>Konflikt {resolve} gelöst.
</source>
        <translation>Conflict {resolve} resolved.
</translation>
    </message>
    <message>
        <source>Keine offenen Konflikte.
</source>
        <translation>No open conflicts.
</translation>
    </message>
    <message>
        <source>Fehler: Der Beitritt ist nicht zustande gekommen (siehe Hinweise); es wurde keine Arbeitsmappe angelegt.
</source>
        <translation>Error: joining did not succeed (see notes); no workspace was created.
</translation>
    </message>
    <message>
        <source>Stand: </source>
        <translation>As of: </translation>
    </message>
    <message>
        <source> · Seite </source>
        <translation> · page </translation>
    </message>
    <message>
        <source> von </source>
        <translation> of </translation>
    </message>
    <message>
        <source>grün – im Plan</source>
        <extracomment>Styles the exports use; a template missing one is refused with its name. A richer table style, used when the template has it. Traffic light → (fill colour, words). The word carries the meaning; colour repeats it.</extracomment>
        <translation>green – on track</translation>
    </message>
    <message>
        <source>gelb – gefährdet</source>
        <translation>yellow – at risk</translation>
    </message>
    <message>
        <source>rot – kritisch</source>
        <translation>red – critical</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <extracomment>the Zeitplan: its pages as pictures, what it shows, its table and the shifts since a baseline (built by services.schedule_report; None: the report has no Zeitplan) the Wirkung dashboard (services.impact_report): overview and indicators&apos; charts; None: the outcome indicators as a table, as before</extracomment>
        <translation>not stated</translation>
    </message>
    <message>
        <source>„{name}“ entpackt zu mehr als {value} MB; das ist keine Vorlage.</source>
        <extracomment>What a template may unpack to, in all (a zip bomb stops there).</extracomment>
        <translation>“{name}” unpacks to more than {value} MB; that is not a template.</translation>
    </message>
    <message>
        <source>Die Word-Vorlage „{name}“ enthält in „{filename}“ XML-Bestandteile, die Werkbank aus Sicherheitsgründen nicht liest (Entitäten). Bitte die Vorlage in Word öffnen und neu speichern.</source>
        <translation>The Word template “{name}” contains XML parts in “{filename}” that Werkbank does not read for security reasons (entities). Please open the template in Word and save it again.</translation>
    </message>
    <message>
        <source>Die Word-Vorlage „{name}“ ist beschädigt: „{filename}“ ist unvollständig ({exc}).</source>
        <translation>The Word template “{name}” is damaged: “{filename}” is incomplete ({exc}).</translation>
    </message>
    <message>
        <source>„{name}“ ist keine lesbare Word-Vorlage (.docx): {exc}</source>
        <translation>“{name}” is not a readable Word template (.docx): {exc}</translation>
    </message>
    <message>
        <source>Die Word-Vorlage „{path}“ gibt es nicht.</source>
        <translation>The Word template “{path}” does not exist.</translation>
    </message>
    <message>
        <source>Der Word-Vorlage „{name}“ fehlt die Formatvorlage {listed}. Legen Sie sie in Word an (Start → Formatvorlagen) oder wählen Sie die eingebaute Vorlage.</source>
        <translation>The Word template “{name}” lacks the style {listed}. Create it in Word (Home → Styles) or choose the built-in template.</translation>
    </message>
    <message>
        <source>Werkbank</source>
        <extracomment>The frame on the widget with the focus: 2 pixels, at least 3:1 against its background.</extracomment>
        <translation>Werkbank</translation>
    </message>
    <message>
        <source>{heading}, Seite {n} von {of}</source>
        <translation>{heading}, page {n} of {of}</translation>
    </message>
    <message>
        <source>{heading}, Bild {n} von {of}</source>
        <translation>{heading}, picture {n} of {of}</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ampel</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Der Ordner „{folder}“ existiert nicht.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <source>„{path}“ ließ sich nicht schreiben: {value}. Nichts wurde überschrieben, nichts Halbfertiges bleibt liegen.</source>
        <translation>“{path}” could not be written: {value}. Nothing was overwritten, nothing half-finished is left.</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Finanzierung</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Reifegrad</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Seite &amp;P von &amp;N</source>
        <extracomment>Printed in the header of every page (a grant&apos;s file number and project).
----------
Printed, the Maßnahmenliste is three A4 pages wide (in readable type), the pages of a block of rows side by side, code and title repeated on each. Widths in characters.</extracomment>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>Deckblatt</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Erstellt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Arbeitsmappe</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Zeilen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Erstellt mit</source>
        <translation>Created with</translation>
    </message>
    <message>
        <source>Keine der Maßnahmen hat Termine: Ein Meilensteinplan wäre leer.</source>
        <translation>None of the measures has dates: a milestone plan would be empty.</translation>
    </message>
    <message>
        <source>Meilensteinplan</source>
        <translation>Milestone plan</translation>
    </message>
    <message>
        <source>Maßnahme / Meilenstein</source>
        <translation>Measure / milestone</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Zeichen</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Zeitraum der Maßnahme (Beginn bis Ende)</source>
        <translation>Period of the measure (start to end)</translation>
    </message>
    <message>
        <source>Meilenstein im Monat seiner Fälligkeit</source>
        <translation>Milestone in the month it is due</translation>
    </message>
    <message>
        <source>Gate: Entscheidung über die nächste Phase</source>
        <translation>Gate: decision on the next phase</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ausgangswert</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Zielwert</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Messdatum</source>
        <translation>Date of measurement</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Anmerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>{sheet}, Zeile {row}</source>
        <translation>{sheet}, row {row}</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>fehlerhaft</source>
        <translation>with errors</translation>
    </message>
    <message>
        <source>; {value} Fehler – nichts wird übernommen</source>
        <extracomment>Field name → column number (1-based) in the sheet, to name a cell in a problem.</extracomment>
        <translation>; {value} error(s) – nothing is taken over</translation>
    </message>
    <message>
        <source>„{name}“ hat kein Blatt „{MEASURE_SHEET}“. Importieren lässt sich eine mit Werkbank exportierte Maßnahmenliste.</source>
        <translation>“{name}” has no sheet “{MEASURE_SHEET}”. A measure list exported with Werkbank can be imported.</translation>
    </message>
    <message>
        <source>Unbekannte Spalte „{header}“: wird nicht übernommen.</source>
        <translation>Unknown column “{header}”: not taken over.</translation>
    </message>
    <message>
        <source>Die Spalte „{header}“ kommt doppelt vor.</source>
        <translation>The column “{header}” occurs twice.</translation>
    </message>
    <message>
        <source>Die Spalte „{value}“ fehlt.</source>
        <translation>The column “{value}” is missing.</translation>
    </message>
    <message>
        <source>enthält eine Formel ({value}) statt eines Wertes.</source>
        <translation>contains a formula ({value}) instead of a value.</translation>
    </message>
    <message>
        <source>{text} ist kein Datum (als Zahl gespeichert?). Bitte TT.MM.JJJJ.</source>
        <translation>{text} is not a date (stored as a number?). Please DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>{value} liegt außerhalb von {value2} bis {value3}.</source>
        <translation>{value} lies outside {value2} to {value3}.</translation>
    </message>
    <message>
        <source>ist kein Betrag.</source>
        <extracomment>The columns that name a row of another table by its name.</extracomment>
        <translation>is not an amount.</translation>
    </message>
    <message>
        <source>„{text}“ ist nicht erlaubt (möglich: {value}).</source>
        <translation>“{text}” is not allowed (possible: {value}).</translation>
    </message>
    <message>
        <source>Eine Maßnahme braucht mindestens ein Handlungsfeld.</source>
        <extracomment>A measure&apos;s code starts with its type, as the strategy numbers them: Z-01 central, D-01 decentral, N-01 network, P-01 pilot.</extracomment>
        <translation>A measure needs at least one field of action.</translation>
    </message>
    <message>
        <source>Das Handlungsfeld „{item}“ gibt es nicht.</source>
        <translation>The field of action “{item}” does not exist.</translation>
    </message>
    <message>
        <source>Die Organisationseinheit</source>
        <translation>The organisational unit</translation>
    </message>
    <message>
        <source>Die Person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Die Phase</source>
        <translation>The phase</translation>
    </message>
    <message>
        <source>{what} „{text}“ gibt es nicht.</source>
        <translation>{what} “{text}” does not exist.</translation>
    </message>
    <message>
        <source>Der Titel darf nicht leer sein.</source>
        <translation>The title must not be empty.</translation>
    </message>
    <message>
        <source>Die ID steht schon in Zeile {value}: eine Maßnahme darf nur einmal vorkommen.</source>
        <translation>The ID is already in row {value}: a measure may occur only once.</translation>
    </message>
    <message>
        <source>Diese ID gehört zu keiner Maßnahme dieser Arbeitsmappe (gelöscht oder aus einer anderen Arbeitsmappe).</source>
        <translation>This ID belongs to no measure of this workspace (deleted or from another workspace).</translation>
    </message>
    <message>
        <source>Ende: liegt vor dem Beginn.</source>
        <extracomment>Says a problem of the row being read: the column&apos;s name (or its number), the message.</extracomment>
        <translation>End: lies before the start.</translation>
    </message>
    <message>
        <source>Handlungsfelder: Eine neue Maßnahme braucht mindestens ein Handlungsfeld.</source>
        <translation>Fields of action: a new measure needs at least one field of action.</translation>
    </message>
    <message>
        <source>(neu)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>{value}: darf nicht leer sein.</source>
        <translation>{value}: must not be empty.</translation>
    </message>
    <message>
        <source>gesamter Zeitraum</source>
        <translation>whole period</translation>
    </message>
    <message>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Ort, Datum</source>
        <translation>Place, date</translation>
    </message>
    <message>
        <source>Unterschrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Der Kosten- und Finanzierungsplan dieser Zuwendung ist leer.</source>
        <translation>The cost and financing plan of this grant is empty.</translation>
    </message>
    <message>
        <source>Kostenplan</source>
        <translation>Cost plan</translation>
    </message>
    <message>
        <source>Kostenposition</source>
        <translation>Cost position</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Summe</source>
        <extracomment>The keys of the overview&apos;s pictures (the indicators&apos; pictures go by indicator id).</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>{label} (nicht {eligible})</source>
        <translation>{label} (not {eligible})</translation>
    </message>
    <message>
        <source>davon nicht {eligible}</source>
        <translation>of which not {eligible}</translation>
    </message>
    <message>
        <source>Summe Finanzierung</source>
        <translation>Total financing</translation>
    </message>
    <message>
        <source>Förderquote ({grant} je {eligible}e {spending}; {approved}: {value} %)</source>
        <translation>Funding rate ({grant} per {eligible} {spending}; {approved}: {value} %)</translation>
    </message>
    <message>
        <source>Belegdatum</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Bezahlt am</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Empfänger/Einzahler</source>
        <translation>Payee/payer</translation>
    </message>
    <message>
        <source>Lfd. Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>(Name, Funktion)</source>
        <translation>(name, role)</translation>
    </message>
    <message>
        <source>Gesamt{spending}</source>
        <translation>Total {spending}</translation>
    </message>
    <message>
        <source>Differenz {spending} − Finanzierung (muss 0 sein)</source>
        <translation>Difference {spending} − financing (must be 0)</translation>
    </message>
    <message>
        <source>Beleg-Nr.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Netto (EUR)</source>
        <translation>Net (EUR)</translation>
    </message>
    <message>
        <source>Brutto (EUR)</source>
        <translation>Gross (EUR)</translation>
    </message>
    <message>
        <source>{scope} · Zeitraum: {value}</source>
        <translation>{scope} · period: {value}</translation>
    </message>
    <message>
        <source>Ohne Planposition</source>
        <translation>Without plan position</translation>
    </message>
    <message>
        <source>Belege</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>{eligible} (EUR)</source>
        <translation>{eligible} (EUR)</translation>
    </message>
    <message>
        <source>Summe {label}</source>
        <translation>Total {label}</translation>
    </message>
    <message>
        <source>Summe aller Ausgaben</source>
        <translation>Total of all spending</translation>
    </message>
    <message>
        <source>Einnahmen: {label}</source>
        <translation>Income: {label}</translation>
    </message>
    <message>
        <source>{scope} · Berichtszeitraum: {value}</source>
        <translation>{scope} · reporting period: {value}</translation>
    </message>
    <message>
        <source>Zahlenmäßiger Nachweis ({kind})</source>
        <translation>Statement of figures ({kind})</translation>
    </message>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Förderprogramm / Fördermittelgeber</source>
        <translation>Funding programme / funder</translation>
    </message>
    <message>
        <source>{decision} vom</source>
        <translation>{decision} of</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>{grant} insgesamt {approved} (EUR)</source>
        <translation>{grant} in total {approved} (EUR)</translation>
    </message>
    <message>
        <source>Finanzierungsart</source>
        <translation>Kind of financing</translation>
    </message>
    <message>
        <source>Maßnahmebeginn</source>
        <translation>Begin of the measure</translation>
    </message>
    <message>
        <source>Berichtszeitraum</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Ausgezahlt insgesamt bis {value} (EUR)</source>
        <translation>Paid out in total up to {value} (EUR)</translation>
    </message>
    <message>
        <source>I. Einnahmen</source>
        <translation>I. Income</translation>
    </message>
    <message>
        <source>{per_decision} (EUR)</source>
        <translation>{per_decision} (EUR)</translation>
    </message>
    <message>
        <source>lt. Abrechnung (EUR)</source>
        <translation>as settled (EUR)</translation>
    </message>
    <message>
        <source>Summe Einnahmen</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>II. Ausgaben</source>
        <translation>II. Spending</translation>
    </message>
    <message>
        <source>im Berichtszeitraum (EUR)</source>
        <translation>in the reporting period (EUR)</translation>
    </message>
    <message>
        <source>bis {value} (kumuliert, EUR)</source>
        <translation>up to {value} (cumulated, EUR)</translation>
    </message>
    <message>
        <source>Differenz (EUR)</source>
        <translation>Difference (EUR)</translation>
    </message>
    <message>
        <source>kumuliert in %</source>
        <translation>cumulated in %</translation>
    </message>
    <message>
        <source>{name} (nicht {eligible})</source>
        <translation>{name} (not {eligible})</translation>
    </message>
    <message>
        <source>Summe {spending} insgesamt</source>
        <translation>Total {spending} overall</translation>
    </message>
    <message>
        <source>davon {eligible}</source>
        <translation>of which {eligible}</translation>
    </message>
    <message>
        <source>nicht anerkannt nach der Regel für Überschreitungen ({rule})</source>
        <translation>not recognised under the rule for over-runs ({rule})</translation>
    </message>
    <message>
        <source>III. Ergebnis</source>
        <translation>III. Result</translation>
    </message>
    <message>
        <source>Davon {grant} ({kind}{rate}, EUR)</source>
        <translation>Of which {grant} ({kind}{rate}, EUR)</translation>
    </message>
    <message>
        <source>Abzüglich bereits ausgezahlter oder abgerufener Mittel (EUR)</source>
        <translation>Less funds already paid out or requested (EUR)</translation>
    </message>
    <message>
        <source>Jetzt abrufbar (EUR)</source>
        <translation>Requestable now (EUR)</translation>
    </message>
    <message>
        <source>Ausgezahlt insgesamt (EUR)</source>
        <translation>Paid out in total (EUR)</translation>
    </message>
    <message>
        <source>Noch auszuzahlen (EUR)</source>
        <translation>Still to be paid out (EUR)</translation>
    </message>
    <message>
        <source>Zurückzuzahlen (EUR)</source>
        <translation>To be paid back (EUR)</translation>
    </message>
    <message>
        <source>Neue Deckungsmittel: Einnahmen Dritter über dem Finanzierungsplan (EUR)</source>
        <translation>New funds: income from others beyond the financing plan (EUR)</translation>
    </message>
    <message>
        <source>Überzahlung (wird mit dem nächsten Abruf verrechnet) (EUR)</source>
        <translation>Overpayment (set off against the next request) (EUR)</translation>
    </message>
    <message>
        <source>IV. Bestätigung</source>
        <translation>IV. Confirmation</translation>
    </message>
    <message>
        <source>Es wird bestätigt, dass die Nebenbestimmungen {of_decision} beachtet wurden, die Ausgaben notwendig waren, wirtschaftlich und sparsam verfahren worden ist und die Angaben mit den Büchern und Belegen übereinstimmen.</source>
        <translation>It is confirmed that the ancillary provisions {of_decision} were observed, the spending was necessary, funds were used economically and sparingly, and the figures agree with the books and receipts.</translation>
    </message>
    <message>
        <source>{grant} lt. Abrechnung: {value} % der {eligible_spending} abzüglich neuer Deckungsmittel, höchstens {approved} (EUR)</source>
        <translation>{grant} as settled: {value} % of the {eligible_spending} less new funds, at most as {approved} (EUR)</translation>
    </message>
    <message>
        <source>{grant} lt. Abrechnung: {eligible_spending} abzüglich der geplanten eigenen und sonstigen Mittel und neuer Deckungsmittel, höchstens {approved} (EUR)</source>
        <translation>{grant} as settled: {eligible_spending} less the planned own and other funds and new funds, at most as {approved} (EUR)</translation>
    </message>
    <message>
        <source>{grant} lt. Abrechnung: {eligible_spending} abzüglich neuer Deckungsmittel, höchstens {approved} (EUR)</source>
        <translation>{grant} as settled: {eligible_spending} less new funds, at most as {approved} (EUR)</translation>
    </message>
    <message>
        <source>{grant} lt. Abrechnung: Festbetrag, höchstens die {eligible_spending} (EUR)</source>
        <translation>{grant} as settled: fixed amount, at most the {eligible_spending} (EUR)</translation>
    </message>
    <message>
        <source>(vorzeitiger Maßnahmebeginn zugelassen am {value})</source>
        <translation>(early start allowed on {value})</translation>
    </message>
    <message>
        <source>Für diese Zuwendung ist noch kein Mittelabruf erfasst.</source>
        <translation>No funds request is recorded for this grant yet.</translation>
    </message>
    <message>
        <source>Diesen Mittelabruf gibt es bei dieser Zuwendung nicht (mehr).</source>
        <translation>This funds request does not exist (any more) for this grant.</translation>
    </message>
    <message>
        <source>Mittelabruf vom {value}</source>
        <translation>Funds request of {value}</translation>
    </message>
    <message>
        <source>Förderprogramm</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <source>Datum des Abrufs</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <source>{grant} {approved} (EUR)</source>
        <translation>{grant} {approved} (EUR)</translation>
    </message>
    <message>
        <source>Bisher abgerufen (EUR)</source>
        <translation>Requested so far (EUR)</translation>
    </message>
    <message>
        <source>Bisher ausgezahlt (EUR)</source>
        <translation>Paid out so far (EUR)</translation>
    </message>
    <message>
        <source>Bis zum Abruf bezahlte {eligible_spending} (EUR)</source>
        <translation>{eligible_spending} paid until the request (EUR)</translation>
    </message>
    <message>
        <source>Innerhalb von zwei Monaten nach Auszahlung fällige Zahlungen (EUR)</source>
        <translation>Payments due within two months of payout (EUR)</translation>
    </message>
    <message>
        <source>Jetzt angeforderter Betrag (EUR)</source>
        <translation>Amount requested now (EUR)</translation>
    </message>
    <message>
        <source>Nach diesem Abruf verbleibend (EUR)</source>
        <translation>Remaining after this request (EUR)</translation>
    </message>
    <message>
        <source>Verwendung der bisher abgerufenen Mittel</source>
        <translation>Use of the funds requested so far</translation>
    </message>
    <message>
        <source>Kontoinhaber</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Kreditinstitut</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Es wird bestätigt, dass die angeforderten Mittel innerhalb von zwei Monaten nach der Auszahlung für fällige Zahlungen benötigt werden und die Nebenbestimmungen {of_decision} beachtet werden.</source>
        <translation>It is confirmed that the requested funds are needed for payments due within two months of payout and that the ancillary provisions {of_decision} are observed.</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Sachbericht {file_number}</source>
        <translation>Narrative report {file_number}</translation>
    </message>
    <message>
        <source>Sachbericht</source>
        <translation>Narrative report</translation>
    </message>
    <message>
        <source>{value} ({value2} % der {eligible}en {spending})</source>
        <translation>{value} ({value2} % of the {eligible} {spending})</translation>
    </message>
    <message>
        <source>2 Beginn, Dauer und Abschluss des Vorhabens</source>
        <translation>2 Start, duration and completion of the project</translation>
    </message>
    <message>
        <source>abgeschlossen am {value}</source>
        <translation>completed on {value}</translation>
    </message>
    <message>
        <source>geplant zum {value} (Ende des {period}s)</source>
        <translation>planned for {value} (end of the {period})</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Abschluss</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Im Berichtszeitraum waren {value} mit zusammen {value2} Vollzeitstellen im Vorhaben tätig.</source>
        <translation>In the reporting period {value} worked on the project, together {value2} full-time posts.</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sachbericht: {title}</source>
        <translation>Narrative report: {title}</translation>
    </message>
    <message>
        <source>{kind} · Aktenzeichen {file_number} · Berichtszeitraum {value} · Stand {value2}</source>
        <translation>{kind} · file number {file_number} · reporting period {value} · as of {value2}</translation>
    </message>
    <message>
        <source>1 Eckdaten</source>
        <translation>1 Key data</translation>
    </message>
    <message>
        <source>3 Eingesetztes Personal</source>
        <translation>3 Staff employed</translation>
    </message>
    <message>
        <source>Stellenanteil je Person</source>
        <translation>Share of full time per person</translation>
    </message>
    <message>
        <source>Für den Berichtszeitraum ist kein gefördertes Personal erfasst.</source>
        <translation>No funded staff is recorded for the reporting period.</translation>
    </message>
    <message>
        <source>Personalausgaben bis {value}: {value2} von {value3} geplant.</source>
        <translation>Staff spending up to {value}: {value2} of {value3} planned.</translation>
    </message>
    <message>
        <source>4 Ergebnisse im Vergleich zu den Zielen</source>
        <translation>4 Results compared with the goals</translation>
    </message>
    <message>
        <source>Dem {grant} ist keine Maßnahme zugeordnet.</source>
        <translation>No measure is assigned to the {grant}.</translation>
    </message>
    <message>
        <source>Der {grant} ist keine Maßnahme zugeordnet.</source>
        <translation>No measure is assigned to the {grant}.</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Schlüsselergebnis</source>
        <translation>Key result</translation>
    </message>
    <message>
        <source>Erreicht zum Ende des Zeitraums</source>
        <translation>Reached by the end of the period</translation>
    </message>
    <message>
        <source>noch nicht gemessen</source>
        <extracomment>what stands instead of the table when there are no rows column widths in a Word table (cm)</extracomment>
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>Stand zum Ende des Zeitraums</source>
        <translation>State at the end of the period</translation>
    </message>
    <message>
        <source>Im Berichtszeitraum erreichte Meilensteine:</source>
        <translation>Milestones reached in the reporting period:</translation>
    </message>
    <message>
        <source>5 Abweichungen vom Plan und vom Finanzierungsplan</source>
        <extracomment>Spending short of a position&apos;s plan by at most this share is on plan (small savings need no reason); any spending over the plan is a deviation.</extracomment>
        <translation>5 Deviations from the plan and the financing plan</translation>
    </message>
    <message>
        <source>Begründung fehlt</source>
        <translation>Reason missing</translation>
    </message>
    <message>
        <source>{spending} {value} je Position gegenüber dem Plan dieses Zeitraums:</source>
        <translation>{spending} {value} per position against the plan of this period:</translation>
    </message>
    <message>
        <source>Neue Deckungsmittel von {value} (Einnahmen Dritter über dem Finanzierungsplan) ermäßigen {the_grant} um {value2} ({kind}).</source>
        <translation>New funds of {value} (income from others beyond the financing plan) lower {the_grant} by {value2} ({kind}).</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>lt. Abrechnung</source>
        <translation>as settled</translation>
    </message>
    <message>
        <source>Die Ausgaben weichen nicht vom Plan ab.</source>
        <translation>Spending does not deviate from the plan.</translation>
    </message>
    <message>
        <source>Finanzierungsplan: {grant} {per_decision} {value}, nach den bisherigen {eligible}en {spending} {value2} ({value3}).</source>
        <translation>Financing plan: {grant} {per_decision} {value}, after the {eligible} {spending} so far {value2} ({value3}).</translation>
    </message>
    <message>
        <source>Belegnummer</source>
        <extracomment>Receipt fields a column can be mapped to: key → German name (and whether required).</extracomment>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Planposition</source>
        <translation>Plan position</translation>
    </message>
    <message>
        <source>Zahlungsempfänger</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Umsatzsteuer</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>{value} neue Belege, {value2} schon vorhanden (übersprungen)</source>
        <extracomment>Headers recognised without a mapping (lower case).</extracomment>
        <translation>{value} new receipts, {value2} already there (skipped)</translation>
    </message>
    <message>
        <source>„{name}“ hat kein Tabellenblatt.</source>
        <extracomment>The most receipts one import takes (a grant&apos;s whole period has a few thousand).</extracomment>
        <translation>“{name}” has no worksheet.</translation>
    </message>
    <message>
        <source>„{name}“ ist leer.</source>
        <translation>“{name}” is empty.</translation>
    </message>
    <message>
        <source>{value} liegt außerhalb des zulässigen Bereichs.</source>
        <translation>{value} lies outside the permitted range.</translation>
    </message>
    <message>
        <source>Zuordnung: Keine Spalte für „{label}“ gewählt.</source>
        <translation>Mapping: no column chosen for “{label}”.</translation>
    </message>
    <message>
        <source>Zuordnung: Die Spalte „{column}“ ({label}) gibt es in „{name}“ nicht.</source>
        <translation>Mapping: the column “{column}” ({label}) does not exist in “{name}”.</translation>
    </message>
    <message>
        <source>{name}, Zeile {number}</source>
        <translation>{name}, row {number}</translation>
    </message>
    <message>
        <source>{where}: Belegnummer fehlt.</source>
        <translation>{where}: receipt number missing.</translation>
    </message>
    <message>
        <source>{where}: Beleg {receipt_no} steht schon in Zeile {value}.</source>
        <translation>{where}: receipt {receipt_no} is already in row {value}.</translation>
    </message>
    <message>
        <source>Belegdatum fehlt.</source>
        <translation>Receipt date missing.</translation>
    </message>
    <message>
        <source>Betrag: {exc}</source>
        <translation>Amount: {exc}</translation>
    </message>
    <message>
        <source>Umsatzsteuer: {exc}</source>
        <translation>VAT: {exc}</translation>
    </message>
    <message>
        <source>Umsatzsteuer: liegt nicht zwischen 0 und dem Betrag.</source>
        <translation>VAT: not between 0 and the amount.</translation>
    </message>
    <message>
        <source>Planposition „{position}“ gibt es in dieser Zuwendung nicht.</source>
        <translation>Plan position “{position}” does not exist in this grant.</translation>
    </message>
    <message>
        <source>{where} (Beleg {receipt_no}): {p}</source>
        <translation>{where} (receipt {receipt_no}): {p}</translation>
    </message>
    <message>
        <source>„{name}“ enthält XML-Bestandteile, die Werkbank aus Sicherheitsgründen nicht liest (Entitäten oder Verweise auf andere Dateien oder Server). Bitte die Datei in Excel oder LibreOffice öffnen und neu als .xlsx speichern.</source>
        <extracomment>The largest file an import reads (a receipts export of 100,000 rows is about 15 MB). A cell longer than this in a CSV is a damaged file, not a receipt.</extracomment>
        <translation>“{name}” contains XML parts that Werkbank does not read for security reasons (entities or references to other files or servers). Please open the file in Excel or LibreOffice and save it again as .xlsx.</translation>
    </message>
    <message>
        <source> Sie sieht wie eine CSV-Datei aus; speichern Sie sie in Excel als .xlsx.</source>
        <translation> It looks like a CSV file; save it in Excel as .xlsx.</translation>
    </message>
    <message>
        <source> Die Datei ist unvollständig oder beschädigt (abgeschnitten?).</source>
        <translation> The file is incomplete or damaged (cut off?).</translation>
    </message>
    <message>
        <source>„{name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx).{hint}</source>
        <translation>“{name}” is not a readable Excel workbook (.xlsx).{hint}</translation>
    </message>
    <message>
        <source>Die Datei „{path}“ gibt es nicht.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>„{name}“ ist mit {value} MB zu groß für einen Import (höchstens {value2} MB).</source>
        <translation>“{name}” is too large for an import at {value} MB (at most {value2} MB).</translation>
    </message>
    <message>
        <source>„{name}“, Blatt „{title}“: mehr als {value} Zeilen; so viele nimmt ein Import nicht an.</source>
        <translation>“{name}”, sheet “{title}”: more than {value} rows; an import does not take that many.</translation>
    </message>
    <message>
        <source>„{name}“ ist weder eine Excel-Datei noch eine lesbare CSV-Datei (Trennzeichen ; , oder Tabulator).</source>
        <translation>“{name}” is neither an Excel file nor a readable CSV file (separator ; , or tab).</translation>
    </message>
    <message>
        <source>„{name}“: mehr als {value} Zeilen; so viele nimmt ein Import nicht an.</source>
        <translation>“{name}”: more than {value} rows; an import does not take that many.</translation>
    </message>
    <message>
        <source>„{name}“ ist weder UTF-8 noch Windows-1252 (Zeichen an Stelle {start}); bitte als CSV (UTF-8) speichern.</source>
        <translation>“{name}” is neither UTF-8 nor Windows-1252 (character at position {start}); please save as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>„{name}“ ist keine lesbare CSV-Datei ({exc}).</source>
        <translation>“{name}” is not a readable CSV file ({exc}).</translation>
    </message>
    <message>
        <source>Diese Maßnahme gibt es nicht (mehr).</source>
        <translation>This measure does not exist (any more).</translation>
    </message>
    <message>
        <source>Zielstellungen und Schlüsselergebnisse</source>
        <translation>Goals and key results</translation>
    </message>
    <message>
        <source>Noch keine Zielstellungen erfasst.</source>
        <translation>No goals recorded yet.</translation>
    </message>
    <message>
        <source> (Erfolgsfaktor: {name})</source>
        <translation> (success factor: {name})</translation>
    </message>
    <message>
        <source> – Ziel: {target}</source>
        <translation> – target: {target}</translation>
    </message>
    <message>
        <source> – Fortschritt {progress_percent} %</source>
        <translation> – progress {progress_percent} %</translation>
    </message>
    <message>
        <source>Noch keine Indikatoren erfasst.</source>
        <translation>No indicators recorded yet.</translation>
    </message>
    <message>
        <source>{label}; Ausgangswert {value}{unit}, Zielwert {value2}{unit}</source>
        <translation>{label}; baseline {value}{unit}, target value {value2}{unit}</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Erreicht am</source>
        <translation>Reached on</translation>
    </message>
    <message>
        <source>Noch keine Meilensteine erfasst.</source>
        <translation>No milestones recorded yet.</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Gegenmaßnahme</source>
        <translation>Countermeasure</translation>
    </message>
    <message>
        <source>W × A</source>
        <translation>P × I</translation>
    </message>
    <message>
        <source>Keine Risiken erfasst.</source>
        <translation>No risks recorded.</translation>
    </message>
    <message>
        <source>Verschiebungen seit Planstand „{name}“</source>
        <extracomment>on landscape pages of their own (a plan), or in the text as wide as it (a chart)</extracomment>
        <translation>Shifts since baseline “{name}”</translation>
    </message>
    <message>
        <source>Jetzt</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Verschiebung</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Seit dem Planstand „{name}“ hat sich kein Termin verschoben.</source>
        <translation>No date has moved since the baseline “{name}”.</translation>
    </message>
    <message>
        <source>Logbuch (jüngste Einträge)</source>
        <translation>Log book (latest entries)</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Noch keine Einträge.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Maßnahmensteckbrief {code}</source>
        <translation>Measure fact sheet {code}</translation>
    </message>
    <message>
        <source>Eckdaten</source>
        <translation>Key data</translation>
    </message>
    <message>
        <source>Ausgangslage und Zielgruppe</source>
        <translation>Situation and target group</translation>
    </message>
    <message>
        <source>Problemstellung: </source>
        <translation>Problem statement: </translation>
    </message>
    <message>
        <source>Zielgruppe: </source>
        <translation>Target group: </translation>
    </message>
    <message>
        <source>Abhängigkeiten</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Hängt ab von</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Keine Abhängigkeiten erfasst.</source>
        <translation>No dependencies recorded.</translation>
    </message>
    <message>
        <source>Phasenverlauf</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Noch kein Phasenwechsel erfasst.</source>
        <translation>No phase change recorded yet.</translation>
    </message>
    <message>
        <source>Förderung</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Keine Zuwendung finanziert diese Maßnahme.</source>
        <translation>No grant finances this measure.</translation>
    </message>
    <message>
        <source>Transformatorische Fragen</source>
        <translation>Transformative questions</translation>
    </message>
    <message>
        <source>– (kein Auftragsdatum erfasst)</source>
        <extracomment>Worst first: the overall light is the worst of the single lights that say something.</extracomment>
        <translation>– (no order date recorded)</translation>
    </message>
    <message>
        <source>– (vor dem ersten erfassten Phasenwechsel)</source>
        <translation>– (before the first recorded phase change)</translation>
    </message>
    <message>
        <source>Projektauftrag {code}</source>
        <translation>Project order {code}</translation>
    </message>
    <message>
        <source>Projektauftrag: {title}</source>
        <translation>Project order: {title}</translation>
    </message>
    <message>
        <source>{code} · Stand {value}</source>
        <translation>{code} · as of {value}</translation>
    </message>
    <message>
        <source>1 Ausgangslage und Auftrag</source>
        <translation>1 Situation and order</translation>
    </message>
    <message>
        <source>Ausgangslage: </source>
        <translation>Situation: </translation>
    </message>
    <message>
        <source>Auftrag: </source>
        <translation>Order: </translation>
    </message>
    <message>
        <source>2 Ziele und Schlüsselergebnisse</source>
        <translation>2 Goals and key results</translation>
    </message>
    <message>
        <source>3 Lieferergebnisse und Erfolgskriterien</source>
        <translation>3 Deliverables and success criteria</translation>
    </message>
    <message>
        <source>Lieferergebnisse: </source>
        <translation>Deliverables: </translation>
    </message>
    <message>
        <source>Erfolgskriterien: </source>
        <translation>Success criteria: </translation>
    </message>
    <message>
        <source>4 Umfang und Nicht-Ziele</source>
        <translation>4 Scope and non-goals</translation>
    </message>
    <message>
        <source>Nicht im Umfang: </source>
        <translation>Out of scope: </translation>
    </message>
    <message>
        <source>5 Rahmenbedingungen</source>
        <translation>5 Constraints</translation>
    </message>
    <message>
        <source>Rahmenbedingungen</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Beauftragt am</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <source>Phase bei Auftrag</source>
        <translation>Phase at the order</translation>
    </message>
    <message>
        <source>6 Projektorganisation</source>
        <translation>6 Project organisation</translation>
    </message>
    <message>
        <source>Auftraggeber:in</source>
        <translation>Commissioned by</translation>
    </message>
    <message>
        <source>Federführende Stelle</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>Lenkungsausschuss</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <source>Geplantes Personal</source>
        <translation>Planned staff</translation>
    </message>
    <message>
        <source>7 Meilensteine und Gates</source>
        <translation>7 Milestones and gates</translation>
    </message>
    <message>
        <source>8 Risiken</source>
        <translation>8 Risks</translation>
    </message>
    <message>
        <source>9 Freigabe</source>
        <translation>9 Approval</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Termine</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>{value} überfällig: </source>
        <translation>{value} overdue: </translation>
    </message>
    <message>
        <source>Geplantes Ende {value} überschritten.</source>
        <translation>Planned end {value} exceeded.</translation>
    </message>
    <message>
        <source>{value} in den nächsten 30 Tagen fällig.</source>
        <translation>{value} due in the next 30 days.</translation>
    </message>
    <message>
        <source>Kein Meilenstein überfällig.</source>
        <translation>No milestone overdue.</translation>
    </message>
    <message>
        <source>Keine Meilensteine erfasst.</source>
        <translation>No milestones recorded.</translation>
    </message>
    <message>
        <source>Qualität</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Schlüsselergebnisse im Mittel zu {mean} % erreicht.</source>
        <translation>Key results reached {mean} % on average.</translation>
    </message>
    <message>
        <source>Kein Fortschritt von Schlüsselergebnissen erfasst.</source>
        <translation>No progress of key results recorded.</translation>
    </message>
    <message>
        <source>Keine offenen Risiken.</source>
        <translation>No open risks.</translation>
    </message>
    <message>
        <source>{value}, höchste Bewertung {worst} von 25.</source>
        <translation>{value}, highest rating {worst} of 25.</translation>
    </message>
    <message>
        <source>offenes Risiko</source>
        <translation>open risk</translation>
    </message>
    <message>
        <source>offene Risiken</source>
        <translation>open risks</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Kein Budget erfasst.</source>
        <translation>No budget recorded.</translation>
    </message>
    <message>
        <source>Budget {value}; Ist-Kosten nicht erfasst.</source>
        <translation>Budget {value}; actual costs not recorded.</translation>
    </message>
    <message>
        <source>Ist {value} von {value2} Budget ({share}).</source>
        <translation>Actual {value} of {value2} budget ({share}).</translation>
    </message>
    <message>
        <source> Das Budget ist überschritten.</source>
        <translation> The budget is exceeded.</translation>
    </message>
    <message>
        <source> Mehr als 90 % sind verbraucht.</source>
        <translation> More than 90 % is used.</translation>
    </message>
    <message>
        <source>Gesamt</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Keine der Ampeln ist bewertbar.</source>
        <translation>None of the traffic lights can be rated.</translation>
    </message>
    <message>
        <source>Bestimmt durch: {value}.</source>
        <translation>Determined by: {value}.</translation>
    </message>
    <message>
        <source>Statusbericht {code}</source>
        <translation>Status report {code}</translation>
    </message>
    <message>
        <source>{code} · Berichtszeitraum {value} – {value2}</source>
        <translation>{code} · reporting period {value} – {value2}</translation>
    </message>
    <message>
        <source>6 Risiken</source>
        <translation>6 Risks</translation>
    </message>
    <message>
        <source>Statusbericht: {title}</source>
        <translation>Status report: {title}</translation>
    </message>
    <message>
        <source>1 Gesamtstatus</source>
        <translation>1 Overall status</translation>
    </message>
    <message>
        <source>2 Ressourcen und Umfang</source>
        <translation>2 Resources and scope</translation>
    </message>
    <message>
        <source>Ist-Kosten</source>
        <translation>Actual costs</translation>
    </message>
    <message>
        <source>Lieferergebnisse</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Nicht im Umfang</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>3 Entscheidungsbedarf</source>
        <translation>3 Decisions needed</translation>
    </message>
    <message>
        <source>Kein Entscheidungsbedarf gemeldet.</source>
        <translation>No decisions needed.</translation>
    </message>
    <message>
        <source>4 Änderungen im Berichtszeitraum</source>
        <translation>4 Changes in the reporting period</translation>
    </message>
    <message>
        <source>Phasenwechsel: {value}</source>
        <translation>Phase change: {value}</translation>
    </message>
    <message>
        <source>Meilenstein erreicht: {title}</source>
        <translation>Milestone reached: {title}</translation>
    </message>
    <message>
        <source>Im Berichtszeitraum ist nichts im Logbuch, im Phasenverlauf oder bei den Meilensteinen eingetragen.</source>
        <translation>Nothing was entered in the log book, the phase history or the milestones in the reporting period.</translation>
    </message>
    <message>
        <source>5 Nächste Meilensteine</source>
        <translation>5 Next milestones</translation>
    </message>
    <message>
        <source>Keine offenen Meilensteine.</source>
        <translation>No open milestones.</translation>
    </message>
    <message>
        <source>ohne Termin</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Der Bericht hätte keine Maßnahme: Der Filter lässt keine übrig.</source>
        <translation>The report would have no measure: the filter leaves none.</translation>
    </message>
    <message>
        <source>Strategiebericht</source>
        <translation>Strategy report</translation>
    </message>
    <message>
        <source>Stand {date} · {count} ({scope})</source>
        <translation>As of {date} · {count} ({scope})</translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ohne Handlungsfeld</source>
        <translation>Without field of action</translation>
    </message>
    <message>
        <source>Finanzen</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Wirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Eingestellte Maßnahmen</source>
        <translation>Stopped measures</translation>
    </message>
    <message>
        <source>{value} aktiv oder abgeschlossen, {value2} eingestellt. Ampeln der aktiven Maßnahmen: {value3} grün, {value4} gelb, {value5} rot, {value6} ohne Angabe. Geplantes Budget {value7}.</source>
        <translation>{value} active or completed, {value2} stopped. Traffic lights of the active measures: {value3} green, {value4} yellow, {value5} red, {value6} not stated. Planned budget {value7}.</translation>
    </message>
    <message>
        <source>Maßnahme ist</source>
        <translation>measure is</translation>
    </message>
    <message>
        <source>Maßnahmen sind</source>
        <translation>measures are</translation>
    </message>
    <message>
        <source>Maßnahme wurde</source>
        <translation>measure was</translation>
    </message>
    <message>
        <source>Maßnahmen wurden</source>
        <translation>measures were</translation>
    </message>
    <message>
        <source>ohne Phase</source>
        <translation>no phase</translation>
    </message>
    <message>
        <source>{label} · Phase {value} · {label2} · {value2}</source>
        <translation>{label} · phase {value} · {label2} · {value2}</translation>
    </message>
    <message>
        <source> · Federführung {name}</source>
        <translation> · lead {name}</translation>
    </message>
    <message>
        <source>Auch im Handlungsfeld: </source>
        <translation>Also in the field of action: </translation>
    </message>
    <message>
        <source>{value} ({reason}) · Fortschritt der Schlüsselergebnisse: {value2}</source>
        <translation>{value} ({reason}) · progress of the key results: {value2}</translation>
    </message>
    <message>
        <source>Ampel: </source>
        <translation>Traffic light: </translation>
    </message>
    <message>
        <source>keine offenen Meilensteine</source>
        <translation>no open milestones</translation>
    </message>
    <message>
        <source>Nächste Schritte: </source>
        <translation>Next steps: </translation>
    </message>
    <message>
        <source>Für keine Maßnahme sind Budget oder Ist-Kosten erfasst.</source>
        <translation>No measure has a budget or actual costs recorded.</translation>
    </message>
    <message>
        <source>Budget {value}; Ist-Kosten erfasst für {n_spent} von {n_measures} Maßnahmen, zusammen {value2}.</source>
        <translation>Budget {value}; actual costs recorded for {n_spent} of {n_measures} measures, together {value2}.</translation>
    </message>
    <message>
        <source>Zuletzt gemessen</source>
        <translation>Last measured</translation>
    </message>
    <message>
        <source>Keine Wirkungsindikatoren (Outcome) erfasst.</source>
        <translation>No impact indicators (outcome) recorded.</translation>
    </message>
    <message>
        <source>Meilensteine der nächsten {OUTLOOK_DAYS} Tage (bis {value}):</source>
        <translation>Milestones of the next {OUTLOOK_DAYS} days (until {value}):</translation>
    </message>
    <message>
        <source>In den nächsten {OUTLOOK_DAYS} Tagen ist kein Meilenstein fällig.</source>
        <translation>No milestone is due in the next {OUTLOOK_DAYS} days.</translation>
    </message>
    <message>
        <source>Diesen Workshop gibt es nicht (mehr).</source>
        <translation>This workshop does not exist (any more).</translation>
    </message>
    <message>
        <source>Workshop-Dokumentation: {title}</source>
        <translation>Workshop documentation: {title}</translation>
    </message>
    <message>
        <source>Workshop-Dokumentation · {label}</source>
        <translation>Workshop documentation · {label}</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Fördersatz</source>
        <translation>Funding rate</translation>
    </message>
    <message>
        <source>Ausgaben bisher</source>
        <translation>Spent so far</translation>
    </message>
    <message>
        <source>Davon anerkannt</source>
        <translation>Of which recognised</translation>
    </message>
    <message>
        <source>Zuwendung danach</source>
        <translation>Grant accordingly</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Flächen</source>
        <translation>Canvases</translation>
    </message>
    <message>
        <source> und {n} ohne Namen</source>
        <translation> and {n} without names</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Arbeitsflächen</source>
        <translation>Canvases</translation>
    </message>
    <message>
        <source>Ablauf</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Ergebnisse</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Arbeitsfläche</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>  (keine Karten)
</source>
        <translation>  (no notes)
</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Leinwand: {title}</source>
        <translation>Canvas: {title}</translation>
    </message>
    <message>
        <source>Bild der Leinwand „{title}“: </source>
        <translation>Picture of the canvas “{title}”: </translation>
    </message>
    <message>
        <source>Abbildung: {title} (Stand am Ende des Workshops)</source>
        <translation>Figure: {title} (state at the end of the workshop)</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>, davon {anonymous_participants} ohne Namensnennung</source>
        <translation>, of them {anonymous_participants} without names</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Übernommen</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Ohne Notizen: </source>
        <translation>Without notes: </translation>
    </message>
    <message>
        <source>Entscheidungen</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Keine Entscheidungen festgehalten.</source>
        <translation>No decisions recorded.</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Datum (erwartet: TT.MM.JJJJ).</source>
        <extracomment>Characters no text may hold: control characters (but tab and line breaks), lone surrogates, U+FFFE/U+FFFF. A Word document cannot hold them (one in a title made every Word export fail); input refuses them, the sync refuses them, exports drop them. The largest amount Werkbank takes, in cents: 999.999.999.999,99 € (a city&apos;s whole budget fits; a typo of ten more digits does not, and SQLite&apos;s integers stay far away). Dates a workspace accepts; outside this range a date is almost surely a typo.</extracomment>
        <translation>“{text}” is not a date (expected: DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>{value} liegt außerhalb des zulässigen Bereichs ({value2} bis {value3}).</source>
        <translation>{value} lies outside the permitted range ({value2} to {value3}).</translation>
    </message>
    <message>
        <source>„{value}“ ist kein Betrag (erwartet z. B. 1.234,56 €).</source>
        <translation>“{value}” is not an amount (expected e.g. 1.234,56 €).</translation>
    </message>
    <message>
        <source>„{value}“ ist größer als der höchste Betrag ({value2}).</source>
        <translation>“{value}” is larger than the highest amount ({value2}).</translation>
    </message>
    <message>
        <source>ist größer als der höchste Betrag ({value}).</source>
        <translation>is larger than the highest amount ({value}).</translation>
    </message>
    <message>
        <source>„{value}“ ist keine Zahl.</source>
        <translation>“{value}” is not a number.</translation>
    </message>
    <message>
        <source>„{value}“ ist keine ganze Zahl.</source>
        <translation>“{value}” is not a whole number.</translation>
    </message>
    <message>
        <source>Mako</source>
        <extracomment>Who publishes Werkbank (as in the Windows installer and the AppStream file). Bundled libraries, their licence and where their source is.</extracomment>
        <translation>Mako</translation>
    </message>
    <message>
        <source>MIT und PSF-2.0</source>
        <translation>MIT and PSF-2.0</translation>
    </message>
    <message>
        <source>Apache-2.0 oder BSD-3-Clause</source>
        <translation>Apache-2.0 or BSD-3-Clause</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Werkbank {version__}&lt;/h2&gt;&lt;p&gt;Maßnahmen einer kommunalen Digital- und Smart-City-Strategie planen, Workshops moderieren und Word- und Excel-Dokumente erstellen – offline, auf dem eigenen Rechner.&lt;/p&gt;&lt;p&gt;Herausgeber: {PUBLISHER}. Werkbank ist freie Software: Sie dürfen sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern (GPL-3.0-or-later). Sie wird ohne jede Gewährleistung bereitgestellt. Lizenztext: https://www.gnu.org/licenses/gpl-3.0.html und die Datei LICENSE.&lt;/p&gt;&lt;h3&gt;Qt&lt;/h3&gt;&lt;p&gt;Diese Anwendung verwendet Qt {value} über PySide6 {pyside_version} unter der GNU Lesser General Public License v3 (LGPL-3.0). Die Qt-Bibliotheken liegen als eigene Dateien bei und können durch eine andere, kompatible Fassung ersetzt werden. Quelltext von Qt: https://download.qt.io/official_releases/qt/ und https://code.qt.io; Lizenztext: https://www.gnu.org/licenses/lgpl-3.0.html&lt;/p&gt;&lt;h3&gt;Mitgelieferte Bibliotheken&lt;/h3&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Bibliothek&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Lizenz&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Quelltext&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;&lt;p&gt;Python {value2} (PSF-2.0) mit SQLite {value3} (gemeinfrei).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Werkbank {version__}&lt;/h2&gt;&lt;p&gt;Plan the measures of a municipal digital and smart city strategy, facilitate workshops and produce Word and Excel documents – offline, on your own computer.&lt;/p&gt;&lt;p&gt;Publisher: {PUBLISHER}. Werkbank is free software: you may pass it on and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It is provided without any warranty. Licence text: https://www.gnu.org/licenses/gpl-3.0.html and the file LICENSE.&lt;/p&gt;&lt;h3&gt;Qt&lt;/h3&gt;&lt;p&gt;This application uses Qt {value} through PySide6 {pyside_version} under the GNU Lesser General Public License v3 (LGPL-3.0). The Qt libraries are shipped as separate files and can be replaced by another, compatible version. Source code of Qt: https://download.qt.io/official_releases/qt/ and https://code.qt.io; licence text: https://www.gnu.org/licenses/lgpl-3.0.html&lt;/p&gt;&lt;h3&gt;Bundled libraries&lt;/h3&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Library&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Source code&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;&lt;p&gt;Python {value2} (PSF-2.0) with SQLite {value3} (public domain).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Symbole: Phosphor Icons 1.3.0 (MIT), https://phosphoricons.com – Lizenztext in resources/icons/ui/LICENSE-phosphor.txt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Icons: Phosphor Icons 1.3.0 (MIT), https://phosphoricons.com – licence text in resources/icons/ui/LICENSE-phosphor.txt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Über Werkbank</source>
        <translation>About Werkbank</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Neue Leinwand</source>
        <translation>New canvas</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source> (eigene Vorlage)</source>
        <translation> (own template)</translation>
    </message>
    <message>
        <source>Beschreibung der Vorlage</source>
        <translation>Description of the template</translation>
    </message>
    <message>
        <source>Vorschau der Vorlage</source>
        <translation>Preview of the template</translation>
    </message>
    <message>
        <source>Titel der Leinwand</source>
        <translation>Title of the canvas</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Vorlage:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>{description}
Zonen: {zones}</source>
        <translation>{description}
Zones: {zones}</translation>
    </message>
    <message>
        <source>In die Planung übernehmen</source>
        <translation>Take over into the planning</translation>
    </message>
    <message>
        <source>Übernehmen als</source>
        <translation>Take over as</translation>
    </message>
    <message>
        <source>Text der Notiz</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>&amp;Übernehmen als:</source>
        <translation>&amp;Take over as:</translation>
    </message>
    <message>
        <source>&amp;Maßnahme:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <extracomment>asks for the certificate file (a test answers instead)</extracomment>
        <translation>Take over</translation>
    </message>
    <message>
        <source> (gesperrt)</source>
        <extracomment>The smallest note text: readable from the back of a room on the projector. A word that does not fit at this size is broken; a long note grows instead of shrinking. A zone without a colour of its own (data: the templates name colours as text). Below this scale, notes are drawn as coloured cards with text lines hinted, not text: at that size text is unreadable anyway, and 2,000 notes stay fast. A soft hyphen: Qt breaks a word there, and only there shows the hyphen.</extracomment>
        <translation> (locked)</translation>
    </message>
    <message>
        <source>gesperrt</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>von {author}</source>
        <translation>by {author}</translation>
    </message>
    <message>
        <source>1 Punkt</source>
        <translation>1 dot</translation>
    </message>
    <message>
        <source>{n} Punkte</source>
        <translation>{n} dots</translation>
    </message>
    <message>
        <source>übernommen {transferred}</source>
        <translation>taken over {transferred}</translation>
    </message>
    <message>
        <source>in einer gesperrten Zone</source>
        <translation>in a locked zone</translation>
    </message>
    <message>
        <source>✓ übernommen</source>
        <translation>✓ taken over</translation>
    </message>
    <message>
        <source>Verbindung{value}</source>
        <translation>Connector{value}</translation>
    </message>
    <message>
        <source>Notizen nach Zonen</source>
        <translation>Notes by zone</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Ergebnis der Punktabfrage</source>
        <translation>Result of the dot voting</translation>
    </message>
    <message>
        <source>Zur &amp;Notizliste / zur Leinwand</source>
        <translation>To the &amp;notes list / to the canvas</translation>
    </message>
    <message>
        <source>verbunden mit: {value}{suffix}</source>
        <translation>connected to: {value}{suffix}</translation>
    </message>
    <message>
        <source>verbunden von: {value}{suffix}</source>
        <translation>connected from: {value}{suffix}</translation>
    </message>
    <message>
        <source>Ohne Zone</source>
        <extracomment>Axis labels of the template (Priorisierungsmatrix: Nutzen, Aufwand): text, x, y, length, vertical.</extracomment>
        <translation>Without zone</translation>
    </message>
    <message>
        <source>Leitfrage: {question}</source>
        <translation>Guiding question: {question}</translation>
    </message>
    <message>
        <source> · Gruppe „{group}“</source>
        <translation> · group “{group}”</translation>
    </message>
    <message>
        <source>{votes} Punkte</source>
        <translation>{votes} dots</translation>
    </message>
    <message>
        <source>„{value}“ ist jetzt in der Zone {value2}.</source>
        <translation>“{value}” is now in the zone {value2}.</translation>
    </message>
    <message>
        <source>ohne Zone</source>
        <translation>without zone</translation>
    </message>
    <message>
        <source>{n_moved} Notizen sind jetzt in anderen Zonen.</source>
        <translation>{n_moved} notes are now in other zones.</translation>
    </message>
    <message>
        <source>Notiztext</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Eingabe übernimmt, Umschalt+Eingabe beginnt eine neue Zeile, Escape bricht ab.</source>
        <translation>Enter accepts, Shift+Enter starts a new line, Escape cancels.</translation>
    </message>
    <message>
        <source>Leinwand</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>Notiz: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>Leinwand-Fenster</source>
        <extracomment>The notes last copied in this program, with the text the clipboard got for them.</extracomment>
        <translation>Canvas window</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Punktestand</source>
        <translation>Dot count</translation>
    </message>
    <message>
        <source>&amp;Leinwand</source>
        <translation>&amp;Canvas</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Als PNG-Bild ({paper} quer)…</source>
        <translation>As PNG picture ({paper} landscape)…</translation>
    </message>
    <message>
        <source>Als PDF ({paper} quer)…</source>
        <translation>As PDF ({paper} landscape)…</translation>
    </message>
    <message>
        <source>Als &amp;Vorlage speichern…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>Fenster &amp;schließen</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Neue Notiz</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <source>Text &amp;bearbeiten</source>
        <translation>Edit &amp;text</translation>
    </message>
    <message>
        <source>&amp;Kennzeichnung…</source>
        <translation>&amp;Label…</translation>
    </message>
    <message>
        <source>&amp;Farbe</source>
        <translation>Co&amp;lour</translation>
    </message>
    <message>
        <source>&amp;Ausschneiden</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Einfügen</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Alles aus&amp;wählen</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>In &amp;Zone verschieben…</source>
        <translation>Move into &amp;zone…</translation>
    </message>
    <message>
        <source>Notizen &amp;verbinden</source>
        <translation>Co&amp;nnect notes</translation>
    </message>
    <message>
        <source>&amp;Gruppieren…</source>
        <translation>&amp;Group…</translation>
    </message>
    <message>
        <source>Gruppe auf&amp;lösen</source>
        <translation>&amp;Ungroup</translation>
    </message>
    <message>
        <source>In die &amp;Planung übernehmen…</source>
        <translation>Take over into the &amp;planning…</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Vergrößern</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Ver&amp;kleinern</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Alles zeigen</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>&amp;Originalgröße</source>
        <translation>&amp;Original size</translation>
    </message>
    <message>
        <source>&amp;Präsentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;Hoher Kontrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Facilitation</translation>
    </message>
    <message>
        <source>Gruppe &amp;umbenennen…</source>
        <translation>&amp;Rename group…</translation>
    </message>
    <message>
        <source>&amp;Punktabfrage</source>
        <translation>&amp;Dot voting</translation>
    </message>
    <message>
        <source>Punkt &amp;setzen</source>
        <translation>&amp;Give dot</translation>
    </message>
    <message>
        <source>Punkt &amp;zurücknehmen</source>
        <translation>&amp;Take back dot</translation>
    </message>
    <message>
        <source>Alle Punkte zurück&amp;setzen…</source>
        <translation>&amp;Reset all dots…</translation>
    </message>
    <message>
        <source>&amp;Mitmachen vom Handy öffnen …</source>
        <translation>Take part from &amp;phones …</translation>
    </message>
    <message>
        <source>Notizen &amp;gruppieren (Vorschlag) …</source>
        <translation>&amp;Group notes (proposal) …</translation>
    </message>
    <message>
        <source>Countdown &amp;starten/anhalten</source>
        <translation>&amp;Start/pause countdown</translation>
    </message>
    <message>
        <source>Countdown zu&amp;rücksetzen</source>
        <translation>&amp;Reset countdown</translation>
    </message>
    <message>
        <source>Zonen s&amp;perren</source>
        <translation>&amp;Lock zones</translation>
    </message>
    <message>
        <source>Werkzeugleiste Moderation</source>
        <translation>Facilitation toolbar</translation>
    </message>
    <message>
        <source>Weitere Werkzeuge</source>
        <translation>More tools</translation>
    </message>
    <message>
        <source> Teilnehmer:in: </source>
        <translation> Participant: </translation>
    </message>
    <message>
        <source>Wer vergibt Punkte</source>
        <translation>Who gives dots</translation>
    </message>
    <message>
        <source> Punkte je Person: </source>
        <translation> Dots per person: </translation>
    </message>
    <message>
        <source>Punkte je Teilnehmer:in</source>
        <translation>Dots per participant</translation>
    </message>
    <message>
        <source> Countdown (Min.): </source>
        <translation> Countdown (min): </translation>
    </message>
    <message>
        <source>Countdown in Minuten</source>
        <translation>Countdown in minutes</translation>
    </message>
    <message>
        <source>Leinwand – {title}</source>
        <translation>Canvas – {title}</translation>
    </message>
    <message>
        <source>Leinwand {title}</source>
        <translation>Canvas {title}</translation>
    </message>
    <message>
        <source>Notiz ausgewählt: {text}</source>
        <translation>Note selected: {text}</translation>
    </message>
    <message>
        <source>⚠ Die Notiz liegt in einer gesperrten Zone und kann nicht geändert werden.</source>
        <translation>⚠ The note lies in a locked zone and cannot be changed.</translation>
    </message>
    <message>
        <source>Notiz anlegen</source>
        <translation>Create note</translation>
    </message>
    <message>
        <source>Notiztext ändern</source>
        <translation>Change note text</translation>
    </message>
    <message>
        <source>Notiz verschieben</source>
        <translation>Move note</translation>
    </message>
    <message>
        <source>{n_moves} Notizen verschieben</source>
        <translation>Move {n_moves} notes</translation>
    </message>
    <message>
        <source>In Zone verschieben</source>
        <translation>Move into zone</translation>
    </message>
    <message>
        <source>In welche Zone?</source>
        <translation>Into which zone?</translation>
    </message>
    <message>
        <source>Notiz in Zone verschieben</source>
        <translation>Move note into zone</translation>
    </message>
    <message>
        <source>{n_ids} Notizen in Zone verschieben</source>
        <translation>Move {n_ids} notes into zone</translation>
    </message>
    <message>
        <source>⚠ Bitte wählen Sie zuerst eine Notiz aus (Tab wählt die nächste).</source>
        <translation>⚠ Please select a note first (Tab selects the next one).</translation>
    </message>
    <message>
        <source>Kennzeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kurze Kennzeichnung (z. B. „A1“, „Frage“, „Risiko“), höchstens 40 Zeichen:</source>
        <translation>Short label (e.g. “A1”, “Question”, “Risk”), at most 40 characters:</translation>
    </message>
    <message>
        <source>Kennzeichnung ändern</source>
        <translation>Change label</translation>
    </message>
    <message>
        <source>Farbe {value}</source>
        <translation>Colour {value}</translation>
    </message>
    <message>
        <source>Einfügen</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{count} Elemente löschen</source>
        <translation>Delete {count} items</translation>
    </message>
    <message>
        <source>⚠ Zum Verbinden wählen Sie genau zwei Notizen: zuerst die, von der der Pfeil ausgeht (die zweite mit Strg+Klick, auf der Leinwand mit Umschalt+Leertaste, in der Notizenliste mit Umschalt+Pfeil).</source>
        <translation>⚠ To connect, choose exactly two notes: first the one the arrow starts from (the second with Ctrl+click, on the canvas with Shift+Space, in the notes list with Shift+arrow).</translation>
    </message>
    <message>
        <source>Notizen verbinden</source>
        <translation>Connect notes</translation>
    </message>
    <message>
        <source>Gruppieren</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Überschrift der Gruppe:</source>
        <translation>Heading of the group:</translation>
    </message>
    <message>
        <source>Wählen Sie eine Notiz einer Gruppe, um die Gruppe umzubenennen.</source>
        <translation>Choose a note of a group to rename the group.</translation>
    </message>
    <message>
        <source>Gruppe umbenennen</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <source>Gruppe auflösen</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>⚠ Übernehmen Sie die Notizen bitte einzeln.</source>
        <translation>⚠ Please take the notes over one at a time.</translation>
    </message>
    <message>
        <source>Notiz als {label} übernehmen</source>
        <translation>Take note over as {label}</translation>
    </message>
    <message>
        <source>Zone {value}</source>
        <translation>Zone {value}</translation>
    </message>
    <message>
        <source>{groups} aus Vorschlag</source>
        <translation>{groups} from a proposal</translation>
    </message>
    <message>
        <source>Gruppen</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>Punkt von {voter}</source>
        <translation>Dot from {voter}</translation>
    </message>
    <message>
        <source>Punkt von {voter} zurücknehmen</source>
        <translation>Take back dot from {voter}</translation>
    </message>
    <message>
        <source>Punkte zurücksetzen</source>
        <translation>Reset dots</translation>
    </message>
    <message>
        <source>Alle Punkte dieser Leinwand zurücknehmen? Das lässt sich rückgängig machen.</source>
        <translation>Take back all dots of this canvas? This can be undone.</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Alle Punkte zurücksetzen</source>
        <translation>Reset all dots</translation>
    </message>
    <message>
        <source>Punktabfrage: keine Teilnehmenden eingetragen</source>
        <translation>Dot voting: no participants entered</translation>
    </message>
    <message>
        <source>Punktabfrage läuft – </source>
        <translation>Dot voting running – </translation>
    </message>
    <message>
        <source>{mode}{voter}: {used} von {dots_per_participant} Punkten vergeben</source>
        <translation>{mode}{voter}: {used} of {dots_per_participant} dots given</translation>
    </message>
    <message>
        <source>Countdown anhalten</source>
        <extracomment>Shows the dialog (tests answer it instead of a person).</extracomment>
        <translation>Pause countdown</translation>
    </message>
    <message>
        <source>Countdown starten</source>
        <translation>Start countdown</translation>
    </message>
    <message>
        <source>Präsentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Auf welchem Bildschirm (Beamer)?</source>
        <translation>On which screen (projector)?</translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Leinwand als {value} exportieren</source>
        <translation>Export canvas as {value}</translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exportiert nach {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Als Vorlage speichern</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name der neuen Vorlage:</source>
        <translation>Name of the new template:</translation>
    </message>
    <message>
        <source>Vorlage nicht gespeichert</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>Vorlage gespeichert</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ steht ab jetzt beim Anlegen einer Leinwand zur Wahl ({name2}).</source>
        <translation>The template “{name}” can be chosen from now on when creating a canvas ({name2}).</translation>
    </message>
    <message>
        <source>Werkbank-Arbeitsmappen (*.werkbank);;Alle Dateien (*)</source>
        <translation>Werkbank workspaces (*.werkbank);;All files (*)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <extracomment>Documents about a reporting period. The funding documents of a report: the same choice of report, with the same meaning.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Zuwendung</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Nachweis, zu dem das Dokument gehört</source>
        <translation>Report the document belongs to</translation>
    </message>
    <message>
        <source>Berichtszeitraum von</source>
        <translation>Reporting period from</translation>
    </message>
    <message>
        <source>Berichtszeitraum bis</source>
        <translation>Reporting period to</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Leer: bei Förderdokumenten der Zeitraum des gewählten Nachweises,
sonst der ganze Bewilligungszeitraum (gezählt nach Zahlungsdatum);
beim Statusbericht die letzten vier Wochen.</source>
        <translation>Empty: for funding documents the period of the chosen report,
otherwise the whole approval period (counted by payment date);
for the status report the last four weeks.</translation>
    </message>
    <message>
        <source>Ausgewählte Maßnahme</source>
        <extracomment>The tab „Auftrag“: one-line fields (column → widget name) and texts (column = name). True when a measure is shown, False when none is (deleted, undone, nothing chosen)</extracomment>
        <translation>Selected measure</translation>
    </message>
    <message>
        <source>Gefilterte Liste ({n_shown_ids})</source>
        <translation>Filtered list ({n_shown_ids})</translation>
    </message>
    <message>
        <source>Alle Maßnahmen ({total})</source>
        <translation>All measures ({total})</translation>
    </message>
    <message>
        <source>Zieldatei</source>
        <translation>Target file</translation>
    </message>
    <message>
        <source>Durch&amp;suchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Durchsuchen: Zieldatei wählen</source>
        <translation>Browse: choose the target file</translation>
    </message>
    <message>
        <source>Datei danach ö&amp;ffnen</source>
        <translation>&amp;Open the file afterwards</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>Zu&amp;wendung:</source>
        <translation>&amp;Grant:</translation>
    </message>
    <message>
        <source>&amp;Nachweis:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Mittel&amp;abruf:</source>
        <translation>Funds re&amp;quest:</translation>
    </message>
    <message>
        <source>Berichtszeit&amp;raum:</source>
        <translation>Reporting pe&amp;riod:</translation>
    </message>
    <message>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Zieldatei:</source>
        <translation>&amp;Target file:</translation>
    </message>
    <message>
        <source>keiner (ganzer Bewilligungszeitraum)</source>
        <translation>none (the whole approval period)</translation>
    </message>
    <message>
        <source>{title} – {file_name}</source>
        <translation>{title} – {file_name}</translation>
    </message>
    <message>
        <source>MS-Project-XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <source>Projektplan wird gelesen …</source>
        <translation>Reading project plan …</translation>
    </message>
    <message>
        <source>;;Alle Dateien (*)</source>
        <translation>;;All files (*)</translation>
    </message>
    <message>
        <source>Zeitplan als MS-Project-Datei</source>
        <translation>Roadmap as MS Project file</translation>
    </message>
    <message>
        <source>MS-Project-Datei wird geschrieben …</source>
        <translation>Writing MS Project file …</translation>
    </message>
    <message>
        <source>vom {value} über {value2}</source>
        <translation>from {value} to {value2}</translation>
    </message>
    <message>
        <source>Das Ende des Berichtszeitraums liegt vor seinem Beginn.</source>
        <translation>The end of the reporting period lies before its start.</translation>
    </message>
    <message>
        <source>{label} speichern unter</source>
        <translation>Save {label} as</translation>
    </message>
    <message>
        <source>Es gibt keine Maßnahme, die exportiert werden könnte.</source>
        <translation>There is no measure that could be exported.</translation>
    </message>
    <message>
        <source>Es gibt noch keinen Workshop.</source>
        <translation>There is no workshop yet.</translation>
    </message>
    <message>
        <source>Es gibt noch keine Zuwendung.</source>
        <translation>There is no grant yet.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Zieldatei.</source>
        <translation>Please choose a target file.</translation>
    </message>
    <message>
        <source>ausgewählte Maßnahme</source>
        <translation>selected measure</translation>
    </message>
    <message>
        <source>gefilterte Liste</source>
        <translation>filtered list</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Vorschau der Zeilen</source>
        <translation>Preview of the rows</translation>
    </message>
    <message>
        <source>Fehler und Hinweise</source>
        <translation>Errors and notes</translation>
    </message>
    <message>
        <source>Fehler: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Hinweis: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>&amp;Fehler und Hinweise ({value}):</source>
        <translation>&amp;Errors and notes ({value}):</translation>
    </message>
    <message>
        <source>{label} gespeichert: {path}</source>
        <translation>{label} saved: {path}</translation>
    </message>
    <message>
        <source>Datei ließ sich nicht öffnen</source>
        <translation>File could not be opened</translation>
    </message>
    <message>
        <source>{label} ist gespeichert unter „{path}“, ließ sich aber nicht öffnen: Für {suffix}-Dateien ist auf diesem Rechner kein Programm eingerichtet (z. B. Word, Excel oder LibreOffice).</source>
        <translation>{label} is saved at “{path}” but could not be opened: no program for {suffix} files is set up on this computer (e.g. Word, Excel or LibreOffice).</translation>
    </message>
    <message>
        <source>{label} wird geschrieben …</source>
        <extracomment>The document that fits a section, before anything was exported from it. Shows a dialog and says whether it was accepted (tests answer instead). Opens a written document; False when the system has no program for it.</extracomment>
        <translation>Writing {label} …</translation>
    </message>
    <message>
        <source>Maßnahmenliste importieren</source>
        <translation>Import measure list</translation>
    </message>
    <message>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <source>Übernommen: {value} neu, {value2} geändert (Strg+Z macht es rückgängig).</source>
        <translation>Taken over: {value} new, {value2} changed (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>Maßnahmenliste wird gelesen …</source>
        <translation>Reading the measure list …</translation>
    </message>
    <message>
        <source>Zeit ist um</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>  (angehalten)</source>
        <translation>  (paused)</translation>
    </message>
    <message>
        <source>Zeit {text}</source>
        <translation>Time {text}</translation>
    </message>
    <message>
        <source>Verbleibende Zeit: {text}</source>
        <translation>Time left: {text}</translation>
    </message>
    <message>
        <source>{title} ({number}/{total})</source>
        <extracomment>Note text on the projected picture, in pixels of a 1080-line screen: what the back of a room still reads (a larger screen asks for proportionally more pixels). Height of a zone&apos;s title and guiding question in scene units (its page starts there).</extracomment>
        <translation>{title} ({number}/{total})</translation>
    </message>
    <message>
        <source>Präsentation – {title}</source>
        <translation>Presentation – {title}</translation>
    </message>
    <message>
        <source>Leinwand (Präsentation)</source>
        <translation>Canvas (presentation)</translation>
    </message>
    <message>
        <source>Seite der Präsentation</source>
        <translation>Page of the presentation</translation>
    </message>
    <message>
        <source>Außerhalb der Zonen</source>
        <translation>Outside the zones</translation>
    </message>
    <message>
        <source>Ganze Leinwand · Bild↓: Zone für Zone in Lesegröße</source>
        <translation>Whole canvas · Page Down: zone by zone at reading size</translation>
    </message>
    <message>
        <source>{title} · Seite {number} von {total}</source>
        <extracomment>The printed table&apos;s type (points): as large as the columns allow, never below the smallest a meeting still reads. A cell&apos;s padding left and right, and above and below, in points. The longest a column grows for its longest text before it wraps, in points. A column whose longest text is at most this wide (points) is never wrapped. Where a compound with a hyphen may break: after the hyphen, with at least three letters on each side („Charlottenburg-|Wilmersdorf“, never „D-|01“ or „KI-|gestützt“).</extracomment>
        <translation>{title} · page {number} of {total}</translation>
    </message>
    <message>
        <source>Das Bild ließ sich nicht nach „{path}“ schreiben.</source>
        <extracomment>Keys that page through the presentation: a step, or the first or last picture.</extracomment>
        <translation>The picture could not be written to “{path}”.</translation>
    </message>
    <message>
        <source>Gruppe „{group}“</source>
        <translation>group “{group}”</translation>
    </message>
    <message>
        <source>Bild der leeren Leinwand „{title}“ ({workshop}).</source>
        <translation>Picture of the empty canvas “{title}” ({workshop}).</translation>
    </message>
    <message>
        <source>Bild der Leinwand „{title}“ ({workshop}): {notes} in {zones}. Alle Notizen stehen ab Seite 2 als Text, Bereich für Bereich.</source>
        <translation>Picture of the canvas “{title}” ({workshop}): {notes} in {zones}. Every note follows as text from page 2, area by area.</translation>
    </message>
    <message>
        <source>Bereichen</source>
        <translation>areas</translation>
    </message>
    <message>
        <source>Keine Notizen.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>{title} · Seite {page} von {pages}</source>
        <translation>{title} · page {page} of {pages}</translation>
    </message>
    <message>
        <source>Die PDF-Datei „{path}“ ließ sich nicht anlegen.</source>
        <translation>The PDF file “{path}” could not be created.</translation>
    </message>
    <message>
        <source>Werkbank · {value} · {paper} quer</source>
        <translation>Werkbank · {value} · {paper} landscape</translation>
    </message>
    <message>
        <source>Formular „{path}“ fehlt – Werkbank ist unvollständig installiert.</source>
        <translation>Form “{path}” is missing – Werkbank is not completely installed.</translation>
    </message>
    <message>
        <source>Formular „{path}“ ist beschädigt.</source>
        <translation>Form “{path}” is damaged.</translation>
    </message>
    <message>
        <source>Formular „{form}“: das Feld „{name}“ fehlt.</source>
        <translation>Form “{form}”: the field “{name}” is missing.</translation>
    </message>
    <message>
        <source>Bestellt am</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <source>Betrag (brutto)</source>
        <translation>Amount (gross)</translation>
    </message>
    <message>
        <source>darin USt</source>
        <translation>of which VAT</translation>
    </message>
    <message>
        <source>davon zuwendungsfähig</source>
        <translation>of which eligible</translation>
    </message>
    <message>
        <source>Einnahme von</source>
        <translation>Income from</translation>
    </message>
    <message>
        <source>Abgerufen am</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>In zwei Monaten fällig</source>
        <translation>Due within two months</translation>
    </message>
    <message>
        <source>Verwendung früherer Mittel</source>
        <translation>Use of earlier funds</translation>
    </message>
    <message>
        <source>Ausgezahlt am</source>
        <translation>Paid out on</translation>
    </message>
    <message>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Eingereicht am</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Behördliche Auflage</source>
        <translation>Official condition</translation>
    </message>
    <message>
        <source>Zuwendungsfähig</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Begründung einer Abweichung</source>
        <translation>Reason for a deviation</translation>
    </message>
    <message>
        <source>Neue Position</source>
        <translation>New position</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Obergrenze</source>
        <translation>Upper limit</translation>
    </message>
    <message>
        <source>Höchstens Monate</source>
        <translation>At most months</translation>
    </message>
    <message>
        <source>Neue Phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>gerechnet ab</source>
        <translation>counted from</translation>
    </message>
    <message>
        <source>nur in Phase</source>
        <translation>only in phase</translation>
    </message>
    <message>
        <source>Stellenanteil je Person (%)</source>
        <translation>Share of full time per person (%)</translation>
    </message>
    <message>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Neue Stelle</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>Abschnitt</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Neuer Abschnitt</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Zuwendungsempfänger</source>
        <extracomment>The grant&apos;s fields on the tab „Empfänger und Personal“: column → label.</extracomment>
        <translation>Grant recipient</translation>
    </message>
    <message>
        <source>Unterzeichnet von (Name, Funktion)</source>
        <translation>Signed by (name, role)</translation>
    </message>
    <message>
        <source>Ort der Unterschrift</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <source>Plan und Ist als Balken</source>
        <translation>Plan and actual as bars</translation>
    </message>
    <message>
        <source>{number} {name}: Plan {value}, Ist {value2}</source>
        <translation>{number} {name}: plan {value}, actual {value2}</translation>
    </message>
    <message>
        <source>Keine Kostenpositionen.</source>
        <translation>No cost positions.</translation>
    </message>
    <message>
        <source>Obere Leiste: Plan · untere Leiste: Ist (schraffiert und benannt: über Plan)</source>
        <translation>Upper bar: plan · lower bar: actual (hatched and named: over plan)</translation>
    </message>
    <message>
        <source>Plan {value} · Ist {value2} ({value3})</source>
        <translation>Plan {value} · actual {value2} ({value3})</translation>
    </message>
    <message>
        <source> – über Plan</source>
        <translation> – over plan</translation>
    </message>
    <message>
        <source>Belege importieren – {name}</source>
        <translation>Import receipts – {name}</translation>
    </message>
    <message>
        <source>Quelle (Finanzsystem)</source>
        <translation>Source (finance system)</translation>
    </message>
    <message>
        <source>&amp;Quelle:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Spalte für {name}</source>
        <translation>Column for {name}</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Doppelte Belege und Fehler</source>
        <translation>Duplicate receipts and errors</translation>
    </message>
    <message>
        <source>Zeile {row}: Beleg {number} ist schon erfasst – übersprungen.</source>
        <translation>Row {row}: receipt {number} is already recorded – skipped.</translation>
    </message>
    <message>
        <source>Fehler: {e}</source>
        <translation>Error: {e}</translation>
    </message>
    <message>
        <source>Zuwendungen</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Plan und Ist je Position</source>
        <translation>Plan and actual per position</translation>
    </message>
    <message>
        <source>Belege filtern (Nummer, Empfänger, Zweck, Position)</source>
        <translation>Filter receipts (number, payee, purpose, position)</translation>
    </message>
    <message>
        <source>Belege filtern</source>
        <translation>Filter receipts</translation>
    </message>
    <message>
        <source>Belege &amp;importieren …</source>
        <translation>&amp;Import receipts …</translation>
    </message>
    <message>
        <source>Belege importieren aus CSV oder Excel</source>
        <translation>Import receipts from CSV or Excel</translation>
    </message>
    <message>
        <source>Mittelabrufe</source>
        <translation>Funds requests</translation>
    </message>
    <message>
        <source>Auszahlungen des Fördermittelgebers</source>
        <translation>Payouts of the funder</translation>
    </message>
    <message>
        <source>Nachweise</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Abschnitte des Sachberichts</source>
        <translation>Sections of the narrative report</translation>
    </message>
    <message>
        <source>Prüfergebnisse</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Bele&amp;ge</source>
        <translation>&amp;Receipts</translation>
    </message>
    <message>
        <source>A&amp;uszahlungen</source>
        <translation>Pa&amp;youts</translation>
    </message>
    <message>
        <source>&amp;Empfänger und Personal</source>
        <translation>Recipient and &amp;staff</translation>
    </message>
    <message>
        <source>Förderpr&amp;ogramm</source>
        <translation>Fu&amp;nding programme</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Aktenzeichen</source>
        <translation>&amp;File number</translation>
    </message>
    <message>
        <source>Bewilligt a&amp;m</source>
        <translation>Approved o&amp;n</translation>
    </message>
    <message>
        <source>Be&amp;ginn</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Ende</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Förder&amp;quote (%)</source>
        <translation>Funding &amp;rate (%)</translation>
    </message>
    <message>
        <source>Phase des Förderprogramms</source>
        <translation>Phase of the funding programme</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Kostenpositionen</source>
        <translation>Cost positions</translation>
    </message>
    <message>
        <source>Geplante Kosten der Position je Jahr</source>
        <translation>Planned costs of the position per year</translation>
    </message>
    <message>
        <source>Finanzierung je Jahr</source>
        <translation>Financing per year</translation>
    </message>
    <message>
        <source>Geförderte Maßnahmen</source>
        <translation>Funded measures</translation>
    </message>
    <message>
        <source>Maßnahme, die die Zuwendung fördert</source>
        <translation>Measure funded by the grant</translation>
    </message>
    <message>
        <source>&amp;Verknüpfen</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Verknüpfen: Maßnahme mit der Zuwendung</source>
        <translation>Link: measure with the grant</translation>
    </message>
    <message>
        <source>&amp;Lösen</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Lösen: Verknüpfung der ausgewählten Maßnahme</source>
        <translation>Unlink: link of the selected measure</translation>
    </message>
    <message>
        <source>Geförderte &amp;Maßnahmen:</source>
        <translation>Funded &amp;measures:</translation>
    </message>
    <message>
        <source>&amp;Plan und Ist</source>
        <translation>&amp;Plan and actual</translation>
    </message>
    <message>
        <source>&amp;Mittelabrufe</source>
        <translation>Funds re&amp;quests</translation>
    </message>
    <message>
        <source>&amp;Nachweise</source>
        <translation>Rep&amp;orts</translation>
    </message>
    <message>
        <source>P&amp;rüfung</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Kostenplan</source>
        <translation>&amp;Cost plan</translation>
    </message>
    <message>
        <source>Phasen des Förderprogramms (Obergrenze, Dauer)</source>
        <translation>Phases of the funding programme (upper limit, duration)</translation>
    </message>
    <message>
        <source>Berichtsfristen des Förderprogramms</source>
        <translation>Reporting deadlines of the funding programme</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Writes typed text to a field of the grant&apos;s programme: (key, text, of_programme, label, update, strip) – the panel&apos;s checked, undoable write.</extracomment>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Programmnummer</source>
        <translation>&amp;Programme number</translation>
    </message>
    <message>
        <source>&amp;Fördermittelgeber</source>
        <translation>&amp;Funder</translation>
    </message>
    <message>
        <source>Erlaubte Über&amp;schreitung je Position (%)</source>
        <translation>Permitted over&amp;run per position (%)</translation>
    </message>
    <message>
        <source>Regel für Überschreitungen</source>
        <translation>Rule for overruns</translation>
    </message>
    <message>
        <source>&amp;Regel für Überschreitungen:</source>
        <translation>&amp;Rule for overruns:</translation>
    </message>
    <message>
        <source>Begriffe der Dokumente</source>
        <translation>Terms of the documents</translation>
    </message>
    <message>
        <source>Begriffe der Dokumente:</source>
        <translation>Terms of the documents:</translation>
    </message>
    <message>
        <source>Neue &amp;Zuwendung</source>
        <translation>New &amp;grant</translation>
    </message>
    <message>
        <source>Neue Zuwendung</source>
        <translation>New grant</translation>
    </message>
    <message>
        <source>Bewilligte &amp;Zuwendung (€)</source>
        <translation>Approved &amp;grant (€)</translation>
    </message>
    <message>
        <source>Maßna&amp;hmebeginn</source>
        <translation>Begin of t&amp;he measure</translation>
    </message>
    <message>
        <source>Vorzeitiger Maßnahmebeginn zugelasse&amp;n am</source>
        <translation>Early start allowed o&amp;n</translation>
    </message>
    <message>
        <source>Finan&amp;zierungsart:</source>
        <translation>Kind of financing (&amp;z):</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ist</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Differenz</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Position {number} </source>
        <translation>Position {number} </translation>
    </message>
    <message>
        <source>in Ordnung</source>
        <translation>in order</translation>
    </message>
    <message>
        <source>Fehler: {where}: {message}</source>
        <translation>Error: {where}: {message}</translation>
    </message>
    <message>
        <source>Hinweis: {where}: {message}</source>
        <translation>Note: {where}: {message}</translation>
    </message>
    <message>
        <source>Keine Beanstandungen.</source>
        <translation>No objections.</translation>
    </message>
    <message>
        <source>P&amp;rüfung ({n_found})</source>
        <translation>Chec&amp;k ({n_found})</translation>
    </message>
    <message>
        <source>Zuwendung ändern</source>
        <translation>Change grant</translation>
    </message>
    <message>
        <source>Maßnahme verknüpfen</source>
        <translation>Link measure</translation>
    </message>
    <message>
        <source>Verknüpfung lösen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Förderprogramm ändern</source>
        <translation>Change funding programme</translation>
    </message>
    <message>
        <source>Vorsteuerabzugsberechtigt (zuwendungsfähig sind die Nettobeträge)</source>
        <translation>Entitled to deduct input VAT (the net amounts are eligible)</translation>
    </message>
    <message>
        <source>Gefördertes Personal (für den Sachbericht)</source>
        <translation>Funded staff (for the narrative report)</translation>
    </message>
    <message>
        <source>Vorsteuerabzug ändern</source>
        <translation>Change input VAT deduction</translation>
    </message>
    <message>
        <source>Finanzierungsart der Zuwendung</source>
        <translation>Kind of financing of the grant</translation>
    </message>
    <message>
        <source>Phase der Zuwendung</source>
        <translation>Phase of the grant</translation>
    </message>
    <message>
        <source>Zuwendung anlegen</source>
        <translation>Create grant</translation>
    </message>
    <message>
        <source>Belege importieren</source>
        <translation>Import receipts</translation>
    </message>
    <message>
        <source>CSV oder Excel (*.csv *.txt *.xlsx);;Alle Dateien (*)</source>
        <translation>CSV or Excel (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>neue Notiz (Enter behält sie, Umschalt+Enter neue Zeile, Esc verwirft)</source>
        <translation>new note (Enter keeps it, Shift+Enter new line, Esc discards)</translation>
    </message>
    <message>
        <source>N, Doppelklick</source>
        <extracomment>Keys of the canvas window that are not menu actions (the view handles them itself).</extracomment>
        <translation>N, double click</translation>
    </message>
    <message>
        <source>ausgewählte Notiz an Ort und Stelle bearbeiten</source>
        <translation>edit the selected note in place</translation>
    </message>
    <message>
        <source>nächste / vorige Notiz in Lesereihenfolge (Strg+Tab verlässt die Leinwand)</source>
        <translation>next / previous note in reading order (Ctrl+Tab leaves the canvas)</translation>
    </message>
    <message>
        <source>Tab / Umschalt+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Pfeiltasten (mit Umschalt: größere Schritte)</source>
        <translation>Arrow keys (with Shift: larger steps)</translation>
    </message>
    <message>
        <source>ausgewählte Notizen verschieben</source>
        <translation>move the selected notes</translation>
    </message>
    <message>
        <source>ausgewählte Notizen in eine Zone verschieben (auch aus der Notizliste)</source>
        <translation>move the selected notes into a zone (from the notes list too)</translation>
    </message>
    <message>
        <source>kopieren, ausschneiden, einfügen, löschen</source>
        <translation>copy, cut, paste, delete</translation>
    </message>
    <message>
        <source>Strg+C / Strg+X / Strg+V, Entf</source>
        <translation>Ctrl+C / Ctrl+X / Ctrl+V, Del</translation>
    </message>
    <message>
        <source>zwei Notizen verbinden, gruppieren, Gruppe auflösen</source>
        <translation>connect two notes, group, ungroup</translation>
    </message>
    <message>
        <source>Strg+K, Strg+G, Strg+Umschalt+G</source>
        <translation>Ctrl+K, Ctrl+G, Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Umschalt+Leertaste; in der Notizenliste Umschalt+Pfeil, Strg+Leertaste</source>
        <translation>Shift+Space; in the notes list Shift+arrow, Ctrl+Space</translation>
    </message>
    <message>
        <source>die nächste Notiz dazu wählen (mehrere Notizen: verbinden, gruppieren)</source>
        <translation>choose the next note as well (several notes: connect, group)</translation>
    </message>
    <message>
        <source>L, Alt+1 … Alt+8</source>
        <translation>L, Alt+1 … Alt+8</translation>
    </message>
    <message>
        <source>Kennzeichnung, Farbe</source>
        <translation>label, colour</translation>
    </message>
    <message>
        <source>Notiz in die Planung übernehmen</source>
        <translation>take a note over into the planning</translation>
    </message>
    <message>
        <source>Strg+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Punktabfrage an/aus, Punkt geben / zurücknehmen</source>
        <translation>dot voting on/off, give / take back a dot</translation>
    </message>
    <message>
        <source>Strg+Umschalt+V, + / −</source>
        <translation>Ctrl+Shift+V, + / −</translation>
    </message>
    <message>
        <source>zoomen, alles zeigen, 100 %</source>
        <translation>zoom, show all, 100 %</translation>
    </message>
    <message>
        <source>Strg++ / Strg+−, Strg+0, Strg+1</source>
        <translation>Ctrl++ / Ctrl+−, Ctrl+0, Ctrl+1</translation>
    </message>
    <message>
        <source>Präsentation, zwischen Leinwand und Notizenliste wechseln</source>
        <translation>presentation, switch between canvas and notes list</translation>
    </message>
    <message>
        <source>K (in der Präsentation)</source>
        <translation>K (in the presentation)</translation>
    </message>
    <message>
        <source>hoher Kontrast</source>
        <translation>high contrast</translation>
    </message>
    <message>
        <source>Bild↓ / Bild↑, Pos1 (in der Präsentation)</source>
        <translation>Page Down / Page Up, Home (in the presentation)</translation>
    </message>
    <message>
        <source>nächste / vorige Zone in Lesegröße, ganze Leinwand</source>
        <translation>next / previous zone at reading size, whole canvas</translation>
    </message>
    <message>
        <source> oder </source>
        <extracomment>Qt numbers the keys of a keyboard below this; media and device keys above it.</extracomment>
        <translation> or </translation>
    </message>
    <message>
        <source>&lt;h1&gt;Tastenkürzel&lt;/h1&gt;&lt;h2&gt;Hauptfenster&lt;/h2&gt;&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Menü&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Befehl&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Taste&lt;/th&gt;&lt;/tr&gt;{table}&lt;/table&gt;&lt;p&gt;Tab und Umschalt+Tab gehen von Bedienelement zu Bedienelement; Alt mit dem unterstrichenen Buchstaben wählt Menüs, Reiter und Felder.&lt;/p&gt;&lt;h2&gt;Leinwand&lt;/h2&gt;&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Taste&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Wirkung&lt;/th&gt;&lt;/tr&gt;{canvas}&lt;/table&gt;</source>
        <translation>&lt;h1&gt;Keyboard shortcuts&lt;/h1&gt;&lt;h2&gt;Main window&lt;/h2&gt;&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Menu&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Command&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Key&lt;/th&gt;&lt;/tr&gt;{table}&lt;/table&gt;&lt;p&gt;Tab and Shift+Tab go from control to control; Alt with the underlined letter chooses menus, tabs and fields.&lt;/p&gt;&lt;h2&gt;Canvas&lt;/h2&gt;&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Key&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Effect&lt;/th&gt;&lt;/tr&gt;{canvas}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Tastenkürzel des Hauptfensters</source>
        <translation>Keys of the main window</translation>
    </message>
    <message>
        <source>Menü</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Befehl</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Taste</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Tastenkürzel der Leinwand</source>
        <translation>Keys of the canvas</translation>
    </message>
    <message>
        <source>Tab und Umschalt+Tab gehen von Bedienelement zu Bedienelement; Alt mit dem unterstrichenen Buchstaben wählt Menüs, Reiter und Felder.</source>
        <translation>Tab and Shift+Tab go from control to control; Alt with the underlined letter chooses menus, tabs and fields.</translation>
    </message>
    <message>
        <source>&amp;Hauptfenster</source>
        <translation>&amp;Main window</translation>
    </message>
    <message>
        <source>{value} · aus Workshop „{origin}“</source>
        <extracomment>Service reads handed to WorkspaceOps.read, which gives them a session (never the window).</extracomment>
        <translation>{value} · from workshop “{origin}”</translation>
    </message>
    <message>
        <source>{label} ändern</source>
        <translation>Change {label}</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{singular} hinzufügen</source>
        <translation>Add {singular}</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ausgewählte(s) {singular} entfernen</source>
        <translation>Remove selected {singular}</translation>
    </message>
    <message>
        <source>{label} hinzufügen</source>
        <translation>Add {label}</translation>
    </message>
    <message>
        <source>{label} entfernen</source>
        <translation>Remove {label}</translation>
    </message>
    <message>
        <source>Strategie</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Meldung schließen</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Bereiche</source>
        <extracomment>Sections that show the measure editor beside them.</extracomment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Keine Maßnahme ausgewählt – wählen Sie eine in der Tabelle oder im Strategiebaum, oder legen Sie mit Strg+N eine neue an.</source>
        <translation>No measure selected – choose one in the table or in the strategy tree, or create a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Detailbereich: {text}</source>
        <translation>Detail pane: {text}</translation>
    </message>
    <message>
        <source>Offene Konflikte</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>&amp;Neue Arbeitsmappe …</source>
        <translation>&amp;New workspace …</translation>
    </message>
    <message>
        <source>Leere Arbeitsmappe anlegen</source>
        <translation>Create an empty workspace</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>&amp;Kopie speichern unter …</source>
        <translation>Save a &amp;copy as …</translation>
    </message>
    <message>
        <source>Konsistente Kopie der Arbeitsmappe</source>
        <translation>Consistent copy of the workspace</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Neue &amp;Maßnahme …</source>
        <translation>New &amp;measure …</translation>
    </message>
    <message>
        <source>Maßnahme &amp;löschen …</source>
        <translation>&amp;Delete measure …</translation>
    </message>
    <message>
        <source>Ausgewählte Maßnahme in den Papierkorb legen</source>
        <translation>Move the selected measure to the recycle bin</translation>
    </message>
    <message>
        <source>&amp;Papierkorb …</source>
        <translation>&amp;Recycle bin …</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Filter &amp;zurücksetzen</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <source>Zum &amp;Detailbereich</source>
        <translation>To the &amp;detail pane</translation>
    </message>
    <message>
        <source>Detailbereich &amp;breiter</source>
        <translation>Detail pane &amp;wider</translation>
    </message>
    <message>
        <source>Detailbereich schma&amp;ler</source>
        <translation>Detail pane na&amp;rrower</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>Maßnahmenliste &amp;importieren …</source>
        <translation>&amp;Import measure list …</translation>
    </message>
    <message>
        <source>Zeitplan als MS-Project-Datei …</source>
        <translation>Roadmap as MS Project file …</translation>
    </message>
    <message>
        <source>Maßnahmen, Meilensteine und Abhängigkeiten als MS-Project-XML (MSPDI)</source>
        <translation>Measures, milestones and dependencies as MS Project XML (MSPDI)</translation>
    </message>
    <message>
        <source>Projektplan aus MS Project übernehmen …</source>
        <translation>Take over project plan from MS Project …</translation>
    </message>
    <message>
        <source>Termine, Meilensteine und neue Maßnahmen aus MS-Project-XML, mit Vorschau</source>
        <translation>Dates, milestones and new measures from MS Project XML, with preview</translation>
    </message>
    <message>
        <source>&amp;Word-Vorlage wählen …</source>
        <translation>Choose &amp;Word template …</translation>
    </message>
    <message>
        <source>Eingebaute Word-&amp;Vorlage verwenden</source>
        <translation>Use the built-in Word &amp;template</translation>
    </message>
    <message>
        <source>Maßnahmensteckbrief exportieren …</source>
        <translation>Export measure fact sheet …</translation>
    </message>
    <message>
        <source>Statusbericht exportieren …</source>
        <translation>Export status report …</translation>
    </message>
    <message>
        <source>Projektauftrag exportieren …</source>
        <translation>Export project order …</translation>
    </message>
    <message>
        <source>Ü&amp;ber Werkbank</source>
        <translation>&amp;About Werkbank</translation>
    </message>
    <message>
        <source>&amp;Protokoll öffnen</source>
        <translation>Open the &amp;log</translation>
    </message>
    <message>
        <source>Die Protokolldatei: unerwartete Fehler mit allen Einzelheiten</source>
        <translation>The log file: unexpected errors with all details</translation>
    </message>
    <message>
        <source>Maßnahmentabelle &amp;drucken …</source>
        <translation>&amp;Print measure table …</translation>
    </message>
    <message>
        <source>Die Tabelle, wie sie gefiltert zu sehen ist, mit Vorschau</source>
        <translation>The table as it is shown filtered, with preview</translation>
    </message>
    <message>
        <source>&amp;Wirkung drucken …</source>
        <translation>Print &amp;impact …</translation>
    </message>
    <message>
        <source>&amp;Steckbrief drucken …</source>
        <translation>Print fact &amp;sheet …</translation>
    </message>
    <message>
        <source>Den Steckbrief der gewählten Maßnahme, mit Vorschau</source>
        <translation>The fact sheet of the chosen measure, with preview</translation>
    </message>
    <message>
        <source>&amp;Handbuch</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Kurzanleitung: Bereiche, häufige Aufgaben, Hilfe bei Problemen</source>
        <translation>Short guide: sections, common tasks, help with problems</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Alle Tastenkürzel des Fensters und der Leinwand</source>
        <translation>All keyboard shortcuts of the window and the canvas</translation>
    </message>
    <message>
        <source>&amp;Jetzt synchronisieren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Mit dem geteilten Ordner oder Server abgleichen</source>
        <translation>Synchronise with the shared folder or server</translation>
    </message>
    <message>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Werkzeugleiste</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Synchronisieren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Noch nicht geteilt: wählen Sie einen Ordner oder einen Server.</source>
        <translation>Not shared yet: choose a folder or a server.</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Recently &amp;opened</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Wie das &amp;System</source>
        <translation>As the &amp;system</translation>
    </message>
    <message>
        <source>Die Sprache ist gespeichert.</source>
        <translation>The language is saved.</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Workshop-Dokumentation exportieren …</source>
        <translation>Export workshop documentation …</translation>
    </message>
    <message>
        <source>Die gewählte Word-Vorlage „{chosen}“ fehlt; die eingebaute Vorlage wird verwendet.</source>
        <translation>The chosen Word template “{chosen}” is missing; the built-in template is used.</translation>
    </message>
    <message>
        <source>Word-Vorlage der Organisation wählen</source>
        <translation>Choose the organisation&apos;s Word template</translation>
    </message>
    <message>
        <source>Word-Vorlage (*.docx *.dotx);;Alle Dateien (*)</source>
        <translation>Word template (*.docx *.dotx);;All files (*)</translation>
    </message>
    <message>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Word-Vorlage: {path}</source>
        <translation>Word template: {path}</translation>
    </message>
    <message>
        <source>Die eingebaute Word-Vorlage wird verwendet.</source>
        <translation>The built-in Word template is used.</translation>
    </message>
    <message>
        <source>Arbeitsmappe geöffnet</source>
        <translation>Workspace opened</translation>
    </message>
    <message>
        <source>Fremde Bestandteile entfernt</source>
        <translation>Foreign parts removed</translation>
    </message>
    <message>
        <source>In „{name}“ lag, was Werkbank nicht angelegt hat, und wurde entfernt: {what}. Eine Sicherung des vorigen Stands liegt unter „{backup_path}“.</source>
        <translation>“{name}” held what Werkbank did not create; it was removed: {what}. A backup of the previous state is at “{backup_path}”.</translation>
    </message>
    <message>
        <source>Arbeitsmappe aktualisiert</source>
        <translation>Workspace updated</translation>
    </message>
    <message>
        <source>„{name}“ wurde auf das aktuelle Format gebracht. Eine Sicherung des alten Stands liegt unter „{backup_path}“.</source>
        <translation>“{name}” was brought to the current format. A backup of the old state is at “{backup_path}”.</translation>
    </message>
    <message>
        <source>Arbeitsmappe öffnen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Neue Arbeitsmappe anlegen</source>
        <translation>Create new workspace</translation>
    </message>
    <message>
        <source>Neue Arbeitsmappe</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Kopie speichern unter</source>
        <translation>Save copy as</translation>
    </message>
    <message>
        <source>Kopie wird geschrieben …</source>
        <translation>Writing the copy …</translation>
    </message>
    <message>
        <source>Kopie speichern</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <source>Kopie gespeichert: {target}</source>
        <translation>Copy saved: {target}</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Die Protokolldatei liegt unter „{path}“.</source>
        <translation>The log file is at “{path}”.</translation>
    </message>
    <message>
        <source>Handbuch – Werkbank</source>
        <translation>Manual – Werkbank</translation>
    </message>
    <message>
        <source>Tastenkürzel – Werkbank</source>
        <translation>Keyboard shortcuts – Werkbank</translation>
    </message>
    <message>
        <source>{shown} von {total} Maßnahmen</source>
        <extracomment>Shows a context menu (tests look at it instead).</extracomment>
        <translation>{shown} of {total} measures</translation>
    </message>
    <message>
        <source>Maßnahmentabelle</source>
        <translation>Measure table</translation>
    </message>
    <message>
        <source>gefiltert: {measures}</source>
        <translation>filtered: {measures}</translation>
    </message>
    <message>
        <source>Steckbrief drucken</source>
        <translation>Print fact sheet</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Maßnahme auswählen.</source>
        <translation>Please select a measure first.</translation>
    </message>
    <message>
        <source>Maßnahme löschen</source>
        <extracomment>Shows a help page (tests look at it instead of waiting for a person).</extracomment>
        <translation>Delete measure</translation>
    </message>
    <message>
        <source>Maßnahme {label} in den Papierkorb legen?
Sie lässt sich mit „Rückgängig“ oder aus dem Papierkorb wiederherstellen.</source>
        <translation>Move measure {label} to the recycle bin?
It can be restored with “Undo” or from the recycle bin.</translation>
    </message>
    <message>
        <source>In den Papierkorb</source>
        <translation>To the recycle bin</translation>
    </message>
    <message>
        <source>{what}: {description}</source>
        <translation>{what}: {description}</translation>
    </message>
    <message>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Keine Konflikte</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <source>Konflikte: {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Titel der neuen Maßnahme</source>
        <translation>Title of the new measure</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Nicht angelegt – </source>
        <translation>Not created – </translation>
    </message>
    <message>
        <source>Papierkorb</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Gelöschte Maßnahmen</source>
        <translation>Deleted measures</translation>
    </message>
    <message>
        <source>Ausgewählte Maßnahmen wiederherstellen</source>
        <translation>Restore the selected measures</translation>
    </message>
    <message>
        <source>&amp;Gelöschte Maßnahmen:</source>
        <translation>&amp;Deleted measures:</translation>
    </message>
    <message>
        <source> im Papierkorb</source>
        <translation> in the recycle bin</translation>
    </message>
    <message>
        <source>Der Papierkorb ist leer.</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>Maßnahme wiederherstellen</source>
        <translation>Restore measure</translation>
    </message>
    <message>
        <source>Abstand zum Ziel</source>
        <translation>Distance to target</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>noch keiner</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Indikatoren je Handlungsfeld</source>
        <extracomment>The pictures&apos; sizes (units of the drawing, drawn at twice that): placed across a page&apos;s text (16 cm ≈ 450 pt) a unit is 0.75 pt, so the 12-unit type prints at 9 pt.</extracomment>
        <translation>Indicators per field of action</translation>
    </message>
    <message>
        <source>Indikatoren je Erfolgsfaktor</source>
        <translation>Indicators per success factor</translation>
    </message>
    <message>
        <source>Indikatoren je Handlungsfeld als Tabelle</source>
        <translation>Indicators per field of action as a table</translation>
    </message>
    <message>
        <source>Indikatoren je Erfolgsfaktor als Tabelle</source>
        <translation>Indicators per success factor as a table</translation>
    </message>
    <message>
        <source>Indikatoren mit Stand und Trend</source>
        <translation>Indicators with standing and trend</translation>
    </message>
    <message>
        <source>Was das Diagramm zeigt</source>
        <translation>What the chart shows</translation>
    </message>
    <message>
        <source>&amp;Übersicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>Die Diagramme und Tabellen der Wirkung, mit Vorschau</source>
        <translation>The impact&apos;s charts and tables, with preview</translation>
    </message>
    <message>
        <source>Gefiltert wie die Maßnahmentabelle: {measures}</source>
        <translation>Filtered like the measure table: {measures}</translation>
    </message>
    <message>
        <source>Erfolgsfaktor</source>
        <translation>Success factor</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Neues Ziel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Schlüsselergebnisse des gewählten Ziels</source>
        <translation>Key results of the chosen goal</translation>
    </message>
    <message>
        <source>Zielmarke</source>
        <translation>Target mark</translation>
    </message>
    <message>
        <source>Neues Schlüsselergebnis</source>
        <translation>New key result</translation>
    </message>
    <message>
        <source>Neuer Indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Messwerte des gewählten Indikators</source>
        <translation>Values of the chosen indicator</translation>
    </message>
    <message>
        <source>Neuer Meilenstein</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Wahrscheinlichkeit (1–5)</source>
        <translation>Likelihood (1–5)</translation>
    </message>
    <message>
        <source>Auswirkung (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <source>Neues Risiko</source>
        <translation>New risk</translation>
    </message>
    <message>
        <source>Logbuch</source>
        <translation>Log book</translation>
    </message>
    <message>
        <source>Neuer Eintrag</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Neue Frage</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Abhängigkeiten (diese Maßnahme braucht …)</source>
        <translation>Dependencies (this measure needs …)</translation>
    </message>
    <message>
        <source>Keine Maßnahme ausgewählt</source>
        <translation>No measure selected</translation>
    </message>
    <message>
        <source>Bereiche der Maßnahme</source>
        <translation>Parts of the measure</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>&amp;Stammdaten</source>
        <translation>&amp;Master data</translation>
    </message>
    <message>
        <source>Auftrag und Rahmen</source>
        <translation>Order and frame</translation>
    </message>
    <message>
        <source>Auf&amp;trag</source>
        <translation>Or&amp;der</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder (mindestens eines)</source>
        <translation>&amp;Fields of action (at least one)</translation>
    </message>
    <message>
        <source>Be&amp;teiligte Organisationseinheiten</source>
        <translation>In&amp;volved organisational units</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation>&amp;Fields of action</translation>
    </message>
    <message>
        <source>&amp;Ziele</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>&amp;Indikatoren</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Meilensteine</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <source>&amp;Risiken</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <source>&amp;Logbuch</source>
        <translation>&amp;Log book</translation>
    </message>
    <message>
        <source>&amp;Fragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Abhängigkeiten</source>
        <translation>&amp;Dependencies</translation>
    </message>
    <message>
        <source>Phasen&amp;verlauf</source>
        <translation>Phase &amp;history</translation>
    </message>
    <message>
        <source>Nicht übernommen: {message}</source>
        <translation>Not taken over: {message}</translation>
    </message>
    <message>
        <source>{value} ändern</source>
        <translation>Change {value}</translation>
    </message>
    <message>
        <source>Phase wechseln</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Handlungsfelder ändern</source>
        <translation>Change fields of action</translation>
    </message>
    <message>
        <source>Beteiligte ändern</source>
        <translation>Change involved units</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Suchen (Titel, Kennung, Federführung, Handlungsfeld …)</source>
        <extracomment>the search or a filter changed what the table shows (the Zeitplan follows it)</extracomment>
        <translation>Search (title, code, lead, field of action …)</translation>
    </message>
    <message>
        <source>Maßnahmen durchsuchen</source>
        <translation>Search measures</translation>
    </message>
    <message>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Alle Filter zurücksetzen</source>
        <translation>Reset all filters</translation>
    </message>
    <message>
        <source>Anzahl angezeigter Maßnahmen</source>
        <translation>Number of measures shown</translation>
    </message>
    <message>
        <source>Spalten: ziehen zum Umordnen, Rechtsklick zum Ein- und Ausblenden</source>
        <translation>Columns: drag to reorder, right-click to show and hide</translation>
    </message>
    <message>
        <source>Spalten ein- und ausblenden</source>
        <translation>Show and hide columns</translation>
    </message>
    <message>
        <source>Spaltenbreiten an Inhalt anpassen</source>
        <translation>Fit column widths to content</translation>
    </message>
    <message>
        <source>Wiederhergestellt</source>
        <translation>Redone</translation>
    </message>
    <message>
        <source>Rückgängig gemacht</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Änderungen anderer Rechner übernommen</source>
        <extracomment>How long after the last change the workspace file is brought up to date on disk. Emitted with the set of table names that changed and the change set itself. Emitted with a German message when an action was refused. Emitted when an action of this window was saved (a refusal shown before is over). the open workspace: a handle whose doors are service calls (no engine, no session) While an undo or redo is shown: „Rückgängig gemacht“ or „Wiederhergestellt“. (tables shown, owner, callback) of every view that subscribed (subscribe)</extracomment>
        <translation>Changes of other computers taken over</translation>
    </message>
    <message>
        <source>„{description}“ ließ sich nicht rückgängig machen: {exc}</source>
        <translation>“{description}” could not be undone: {exc}</translation>
    </message>
    <message>
        <source>Stand {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <source>Nicht gedruckt (Seite zu schmal): {columns}</source>
        <translation>Not printed (page too narrow): {columns}</translation>
    </message>
    <message>
        <source>„{path}“ ließ sich nicht schreiben.</source>
        <translation>“{path}” could not be written.</translation>
    </message>
    <message>
        <source>Druckvorschau – {title}</source>
        <translation>Print preview – {title}</translation>
    </message>
    <message>
        <source>Aufruf: python -m workbench.gui.render_canvas ARBEITSMAPPE ZIELORDNER LEINWAND-ID …</source>
        <translation>Usage: python -m workbench.gui.render_canvas WORKSPACE TARGET_FOLDER CANVAS_ID …</translation>
    </message>
    <message>
        <source>ohne Phase {value}</source>
        <translation>without phase {value}</translation>
    </message>
    <message>
        <source>Überschrift / Handlungsfeld / Maßnahme</source>
        <translation>Heading / field of action / measure</translation>
    </message>
    <message>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Wertekompass</source>
        <translation>Compass of values</translation>
    </message>
    <message>
        <source>Strategiebaum: Überschriften, Handlungsfelder, Maßnahmen</source>
        <translation>Strategy tree: headings, fields of action, measures</translation>
    </message>
    <message>
        <source>Wert {name}: {description} Erfolgsfaktoren: {value}</source>
        <translation>Value {name}: {description} Success factors: {value}</translation>
    </message>
    <message>
        <source>Nicht geteilt</source>
        <extracomment>A server sends no notice when files arrive: it is asked more often (one PROPFIND of the workspace&apos;s folder each time), so an edit on one laptop shows on another within ~3 s.</extracomment>
        <translation>Not shared</translation>
    </message>
    <message>
        <source>Offline – Arbeitsmappe nicht lesbar ({name__})</source>
        <translation>Offline – workspace not readable ({name__})</translation>
    </message>
    <message>
        <source>Synchronisiere …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <source>Abgleich</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Offline – </source>
        <translation>Offline – </translation>
    </message>
    <message>
        <source>Offline – Änderungen warten lokal</source>
        <translation>Offline – changes wait locally</translation>
    </message>
    <message>
        <source>Nur lesend – eigene Änderungen warten lokal</source>
        <translation>Read-only – own changes wait locally</translation>
    </message>
    <message>
        <source>Synchronisiert</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Geteilt über</source>
        <translation>Shared via</translation>
    </message>
    <message>
        <source>Ordner wählen und &amp;teilen …</source>
        <translation>Choose folder and &amp;share …</translation>
    </message>
    <message>
        <source>Geteilter Arbeitsmappe &amp;beitreten …</source>
        <translation>&amp;Join a shared workspace …</translation>
    </message>
    <message>
        <source>Jetzt &amp;synchronisieren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Se&amp;rver (WebDAV) wählen …</source>
        <translation>Choose a se&amp;rver (WebDAV) …</translation>
    </message>
    <message>
        <source>Über einen WebDAV-Server abgleichen (Nextcloud, openDesk, die Cloud der Verwaltung) statt über einen Ordner: teilen oder beitreten.</source>
        <translation>Sync through a WebDAV server (Nextcloud, openDesk, the administration&apos;s cloud) instead of a folder: share or join.</translation>
    </message>
    <message>
        <source>&amp;Kennwort ändern …</source>
        <translation>Change &amp;password …</translation>
    </message>
    <message>
        <source>Das Kennwort der geschützten geteilten Arbeitsmappe für alle Rechner ändern.</source>
        <translation>Change the password of the protected shared workspace for all computers.</translation>
    </message>
    <message>
        <source>Letzter Abgleich</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Ausstehende Änderungen</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Beteiligte Rechner</source>
        <translation>Computers involved</translation>
    </message>
    <message>
        <source>Rechner &amp;entfernen …</source>
        <translation>&amp;Remove computer …</translation>
    </message>
    <message>
        <source>Einen Rechner, der nicht wiederkommt (verloren, ersetzt), aus der geteilten Arbeitsmappe nehmen: der Ordner wartet dann nicht mehr auf ihn.</source>
        <translation>Take a computer that will not come back (lost, replaced) out of the shared workspace: the folder then no longer waits for it.</translation>
    </message>
    <message>
        <source>Hinweise zum gemeinsamen Ordner</source>
        <translation>Notes on the shared folder</translation>
    </message>
    <message>
        <source>Zurückgehaltene &amp;Löschungen übernehmen …</source>
        <translation>Accept held-back &amp;deletions …</translation>
    </message>
    <message>
        <source>Eine Änderungsdatei, die viele Maßnahmen löschen würde, wird erst nach Ihrer Bestätigung übernommen.</source>
        <translation>A change file that would delete many measures is only taken over after your confirmation.</translation>
    </message>
    <message>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Jetziger Wert</source>
        <translation>Present value</translation>
    </message>
    <message>
        <source>Abweichender Wert</source>
        <translation>Differing value</translation>
    </message>
    <message>
        <source>Abweichend von / wann</source>
        <translation>Differing from / when</translation>
    </message>
    <message>
        <source>Jetzigen Wert &amp;behalten</source>
        <translation>&amp;Keep the present value</translation>
    </message>
    <message>
        <source>Abweichenden Wert &amp;übernehmen</source>
        <translation>&amp;Take the differing value</translation>
    </message>
    <message>
        <source>&amp;Kombinieren …</source>
        <translation>&amp;Combine …</translation>
    </message>
    <message>
        <source>Gemeinsam arbeiten: Ordner oder Server</source>
        <translation>Working together: folder or server</translation>
    </message>
    <message>
        <source>Geteilt über:</source>
        <translation>Shared via:</translation>
    </message>
    <message>
        <source>Nichts wartet – alles ist geteilt.</source>
        <translation>Nothing is waiting – everything is shared.</translation>
    </message>
    <message>
        <source>Keine Hinweise: Alles ist in Ordnung.</source>
        <translation>No notes: everything is in order.</translation>
    </message>
    <message>
        <source>Zustand:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Letzter Abgleich:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Ausstehend:</source>
        <translation>Pending:</translation>
    </message>
    <message>
        <source>Rechner:</source>
        <translation>Computers:</translation>
    </message>
    <message>
        <source>Hinweise:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Werte, die beim Abgleich gegen eine gleichzeitige Änderung verloren haben. Nichts geht verloren, bis Sie entscheiden.</source>
        <translation>Values that lost against a simultaneous change during sync. Nothing is lost until you decide.</translation>
    </message>
    <message>
        <source>– nicht geteilt –</source>
        <translation>– not shared –</translation>
    </message>
    <message>
        <source>Nicht geteilt – alle Änderungen bleiben auf diesem Rechner. „Ordner wählen …“ teilt den ganzen Stand.</source>
        <translation>Not shared – all changes stay on this computer. “Choose folder …” shares the whole state.</translation>
    </message>
    <message>
        <source>geänderter Eintrag wartet</source>
        <translation>changed entry waits</translation>
    </message>
    <message>
        <source>geänderte Einträge warten</source>
        <translation>changed entries wait</translation>
    </message>
    <message>
        <source> auf den nächsten Abgleich</source>
        <translation> for the next sync</translation>
    </message>
    <message>
        <source>Noch kein Abgleich seit dem Öffnen</source>
        <translation>No sync since opening yet</translation>
    </message>
    <message>
        <source> (entfernt)</source>
        <translation> (removed)</translation>
    </message>
    <message>
        <source>{value} übernommen, zuletzt aktiv {when}</source>
        <translation>{value} taken over, last active {when}</translation>
    </message>
    <message>
        <source>von ihm ist hier noch nichts übernommen</source>
        <translation>nothing of it has been taken over here yet</translation>
    </message>
    <message>
        <source>Rechner {value}{gone}: {what}</source>
        <translation>Computer {value}{gone}: {what}</translation>
    </message>
    <message>
        <source>Noch keine anderen Rechner gesehen.</source>
        <translation>No other computers seen yet.</translation>
    </message>
    <message>
        <source>Diese Arbeitsmappe ist nicht geteilt.</source>
        <translation>This workspace is not shared.</translation>
    </message>
    <message>
        <source>Keine Hinweise. Hier erscheint, was am gemeinsamen Ordner auffällt (fehlende oder beschädigte Dateien, ein Ordner offline).</source>
        <translation>No notes. What stands out about the shared folder appears here (missing or damaged files, a folder offline).</translation>
    </message>
    <message>
        <source>(Zeile gelöscht)</source>
        <translation>(row deleted)</translation>
    </message>
    <message>
        <source>Regel nach dem Abgleich verletzt</source>
        <translation>Rule violated after sync</translation>
    </message>
    <message>
        <source>Geteilter Arbeitsmappe beitreten</source>
        <translation>Join a shared workspace</translation>
    </message>
    <message>
        <source>Gemeinsamen Ordner wählen</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>Kennwort der geteilten Arbeitsmappe:</source>
        <translation>Password of the shared workspace:</translation>
    </message>
    <message>
        <source>Kennwort zum Schutz der Dateien im Ordner (leer lassen: ohne Schutz):</source>
        <translation>Password to protect the files in the folder (leave empty: without protection):</translation>
    </message>
    <message>
        <source>Server (WebDAV) wählen</source>
        <translation>Choose a server (WebDAV)</translation>
    </message>
    <message>
        <source>Keine Verbindung zu {server}: {value}.</source>
        <translation>No connection to {server}: {value}.</translation>
    </message>
    <message>
        <source>Kennwort zum Schutz der Dateien auf dem Server (leer lassen: ohne Schutz):</source>
        <translation>Password to protect the files on the server (leave empty: no protection):</translation>
    </message>
    <message>
        <source>Dieses System hat keinen Schlüsselbund, der das Passwort sicher aufbewahrt. Werkbank behält es bis zum Beenden; nach dem nächsten Start bitte hier erneut eingeben.</source>
        <translation>This system has no credential store that keeps the password safely. Werkbank keeps it until it is closed; after the next start please enter it here again.</translation>
    </message>
    <message>
        <source>Kennwort ändern</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Neues Kennwort für alle Rechner (mindestens 8 Zeichen):</source>
        <translation>New password for all computers (at least 8 characters):</translation>
    </message>
    <message>
        <source>Neues Kennwort wiederholen:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen nicht überein; das Kennwort bleibt, wie es war.</source>
        <translation>The two entries do not match; the password stays as it was.</translation>
    </message>
    <message>
        <source>Kennwort geändert. Die anderen Rechner fragen beim nächsten Abgleich nach dem neuen Kennwort; bitte geben Sie es ihnen auf sicherem Weg weiter.</source>
        <translation>Password changed. The other computers ask for the new password at their next sync; please pass it on to them by a safe way.</translation>
    </message>
    <message>
        <source>Löschungen übernehmen</source>
        <translation>Accept deletions</translation>
    </message>
    <message>
        <source>Diese Änderungen anderer Rechner würden Maßnahmen löschen:
{listed}

Übernehmen Sie sie nur, wenn die Löschung gewollt ist (bei einer gefälschten oder fehlerhaften Datei: nicht übernehmen und den Absender fragen).</source>
        <translation>These changes of other computers would delete measures:
{listed}

Accept them only if the deletion is intended (for a forged or faulty file: do not accept, and ask the sender).</translation>
    </message>
    <message>
        <source>Rechner entfernen</source>
        <translation>Remove computer</translation>
    </message>
    <message>
        <source>Bitte zuerst in der Liste „Rechner“ den Rechner auswählen, der nicht wiederkommt.</source>
        <translation>Please first select, in the list “Computers”, the computer that will not come back.</translation>
    </message>
    <message>
        <source>Rechner {value} aus der geteilten Arbeitsmappe entfernen? Seine Änderungen bleiben erhalten; der gemeinsame Ordner wartet aber nicht mehr auf ihn. Kommt er doch wieder, macht er als neuer Rechner weiter.</source>
        <translation>Remove computer {value} from the shared workspace? Its changes are kept, but the shared folder no longer waits for it. If it does come back, it carries on as a new computer.</translation>
    </message>
    <message>
        <source>Konflikt lösen</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Kombinieren</source>
        <translation>Combine</translation>
    </message>
    <message>
        <source>Kombinieren lässt sich nur Text. Wählen Sie einen der beiden Werte und ändern Sie ihn danach, wo er steht.</source>
        <translation>Only text can be combined. Choose one of the two values and change it afterwards where it stands.</translation>
    </message>
    <message>
        <source>Neuer Wert:</source>
        <translation>New value:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Leinwände</source>
        <translation>Canvases</translation>
    </message>
    <message>
        <source>Neue:r Teilnehmer:in</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Teilnehmende (namentlich)</source>
        <translation>Participants (by name)</translation>
    </message>
    <message>
        <source>Anonyme Teilnehmende</source>
        <translation>Anonymous participants</translation>
    </message>
    <message>
        <source>Verknüpfte Maßnahmen</source>
        <translation>Linked measures</translation>
    </message>
    <message>
        <source>Maßnahme zum Verknüpfen</source>
        <translation>Measure to link</translation>
    </message>
    <message>
        <source>Maßnahme zum Verknüpfen (Kennung oder Titel)</source>
        <translation>Measure to link (code or title)</translation>
    </message>
    <message>
        <source>Verknüpfung &amp;lösen</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Verknüpfung der ausgewählten Maßnahme lösen</source>
        <translation>Unlink the selected measure</translation>
    </message>
    <message>
        <source>Maßnahmen des Workshops</source>
        <translation>Measures of the workshop</translation>
    </message>
    <message>
        <source>Neue &amp;Leinwand …</source>
        <translation>New &amp;canvas …</translation>
    </message>
    <message>
        <source>Neue Leinwand aus einer Vorlage</source>
        <translation>New canvas from a template</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ausgewählte Leinwand öffnen</source>
        <translation>Open the selected canvas</translation>
    </message>
    <message>
        <source>Leinwand lö&amp;schen</source>
        <translation>De&amp;lete canvas</translation>
    </message>
    <message>
        <source>Ausgewählte Leinwand löschen</source>
        <translation>Delete the selected canvas</translation>
    </message>
    <message>
        <source>{title} ({value} Notizen)</source>
        <translation>{title} ({value} notes)</translation>
    </message>
    <message>
        <source>Workshop ändern</source>
        <translation>Change workshop</translation>
    </message>
    <message>
        <source>Maßnahmen: Bitte wählen Sie eine Maßnahme aus der Liste.</source>
        <translation>Measures: please choose a measure from the list.</translation>
    </message>
    <message>
        <source>Leinwand anlegen</source>
        <translation>Create canvas</translation>
    </message>
    <message>
        <source>Leinwand löschen</source>
        <translation>Delete canvas</translation>
    </message>
    <message>
        <source>Die Leinwand „{name}“ mit allen Notizen löschen? Rückgängig machen ist möglich.</source>
        <translation>Delete the canvas “{name}” with all its notes? It can be undone.</translation>
    </message>
    <message>
        <source>&amp;Neuer Workshop</source>
        <translation>&amp;New workshop</translation>
    </message>
    <message>
        <source>Neuer Workshop (anlegen)</source>
        <translation>New workshop (create)</translation>
    </message>
    <message>
        <source>Workshop &amp;löschen …</source>
        <translation>&amp;Delete workshop …</translation>
    </message>
    <message>
        <source>Ausgewählten Workshop löschen</source>
        <translation>Delete the selected workshop</translation>
    </message>
    <message>
        <source>Workshop anlegen</source>
        <translation>Create workshop</translation>
    </message>
    <message>
        <source>Neuer Workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Workshop löschen</source>
        <translation>Delete workshop</translation>
    </message>
    <message>
        <source>Den Workshop „{title}“ mit allen Leinwänden löschen? Rückgängig machen ist möglich.</source>
        <translation>Delete the workshop “{title}” with all its canvases? It can be undone.</translation>
    </message>
    <message>
        <source>zentral</source>
        <translation>central</translation>
    </message>
    <message>
        <source>dezentral</source>
        <translation>decentral</translation>
    </message>
    <message>
        <source>Netzwerkmaßnahme</source>
        <translation>network measure</translation>
    </message>
    <message>
        <source>Pilotmaßnahme</source>
        <translation>pilot measure</translation>
    </message>
    <message>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Eigenmittel</source>
        <translation>own funds</translation>
    </message>
    <message>
        <source>Fremdmittel</source>
        <translation>external funds</translation>
    </message>
    <message>
        <source>Fördermittel</source>
        <translation>funding</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>in Umsetzung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>eingestellt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in Behandlung</source>
        <translation>being handled</translation>
    </message>
    <message>
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Ereignis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Senatskanzlei</source>
        <translation>Senate Chancellery</translation>
    </message>
    <message>
        <source>Senatsverwaltung</source>
        <translation>Senate Department</translation>
    </message>
    <message>
        <source>Bezirksamt</source>
        <translation>District Office</translation>
    </message>
    <message>
        <source>nachgeordnete Behörde</source>
        <translation>subordinate authority</translation>
    </message>
    <message>
        <source>Zivilgesellschaft</source>
        <translation>civil society</translation>
    </message>
    <message>
        <source>sonstige</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Steuerungsrunde</source>
        <translation>Steering round</translation>
    </message>
    <message>
        <source>Maßnahmenteam</source>
        <translation>Measure team</translation>
    </message>
    <message>
        <source>Expert:innendialog</source>
        <translation>Expert dialogue</translation>
    </message>
    <message>
        <source>Maßnahmenwerkstatt</source>
        <translation>Measure workshop</translation>
    </message>
    <message>
        <source>Entscheidungsrunde</source>
        <translation>Decision round</translation>
    </message>
    <message>
        <source>freies Format</source>
        <translation>free format</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Sachausgaben</source>
        <translation>Material costs</translation>
    </message>
    <message>
        <source>Beratung/Dienstleistungen</source>
        <translation>Consulting/services</translation>
    </message>
    <message>
        <source>Schulung</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Investitionen in Hardware</source>
        <translation>Investments in hardware</translation>
    </message>
    <message>
        <source>Investitionen in Software</source>
        <translation>Investments in software</translation>
    </message>
    <message>
        <source>Investitionen in Infrastruktur</source>
        <translation>Investments in infrastructure</translation>
    </message>
    <message>
        <source>Einzelansätze bis zum Prozentsatz, bei Ausgleich (ANBest-P)</source>
        <translation>Single items up to the percentage, if balanced (ANBest-P)</translation>
    </message>
    <message>
        <source>nur das Gesamtergebnis ist verbindlich (ANBest-Gk)</source>
        <translation>only the overall result is binding (ANBest-Gk)</translation>
    </message>
    <message>
        <source>Einzelansätze sind verbindlich (keine Überschreitung)</source>
        <translation>Single items are binding (no overrun)</translation>
    </message>
    <message>
        <source>Anteilfinanzierung</source>
        <translation>Share financing (Anteilfinanzierung)</translation>
    </message>
    <message>
        <source>Fehlbedarfsfinanzierung</source>
        <translation>Deficit financing (Fehlbedarfsfinanzierung)</translation>
    </message>
    <message>
        <source>Festbetragsfinanzierung</source>
        <translation>Fixed-amount financing (Festbetragsfinanzierung)</translation>
    </message>
    <message>
        <source>Vollfinanzierung</source>
        <translation>Full financing (Vollfinanzierung)</translation>
    </message>
    <message>
        <source>Eigenanteil</source>
        <translation>Own share</translation>
    </message>
    <message>
        <source>Leistungen Dritter</source>
        <translation>Contributions of third parties</translation>
    </message>
    <message>
        <source>andere öffentliche Förderung</source>
        <translation>other public funding</translation>
    </message>
    <message>
        <source>Zwischennachweis</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <source>Verwendungsnachweis</source>
        <translation>Proof of use</translation>
    </message>
    <message>
        <source>nach Bewilligung</source>
        <translation>after approval</translation>
    </message>
    <message>
        <source>nach Ende des Bewilligungszeitraums</source>
        <translation>after the end of the approval period</translation>
    </message>
    <message>
        <source>nach Ende jedes Haushaltsjahres mit Mittelzufluss</source>
        <extracomment>A report for each budget year in which money was received and the purpose was not yet fulfilled (Zwischennachweis: 4 months after each year, ANBest-P/-Gk Nr. 6.1).</extracomment>
        <translation>after the end of every budget year with funds received</translation>
    </message>
    <message>
        <source>Zuwendungsrecht (BHO/LHO): Zuwendungsbescheid, zuwendungsfähige Ausgaben</source>
        <translation>Grant law (BHO/LHO): grant decision, eligible spending</translation>
    </message>
    <message>
        <source>KfW: Zusage, Zuschuss, förderfähige Kosten</source>
        <translation>KfW: commitment, subsidy, eligible costs</translation>
    </message>
    <message>
        <source>Schlüsselergebnisse</source>
        <translation>Key results</translation>
    </message>
    <message>
        <source>Messwert</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <source>Messwerte</source>
        <translation>Measured values</translation>
    </message>
    <message>
        <source>Stand eines Schlüsselergebnisses</source>
        <translation>Progress of a key result</translation>
    </message>
    <message>
        <source>Stände von Schlüsselergebnissen</source>
        <translation>Progress of key results</translation>
    </message>
    <message>
        <source>Planstände</source>
        <translation>Baselines</translation>
    </message>
    <message>
        <source>Datum eines Planstands</source>
        <translation>Date of a baseline</translation>
    </message>
    <message>
        <source>Daten eines Planstands</source>
        <translation>Dates of a baseline</translation>
    </message>
    <message>
        <source>Logbucheintrag</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>Transformatorische Frage</source>
        <translation>Transformative question</translation>
    </message>
    <message>
        <source>{lane} (Fortsetzung)</source>
        <extracomment>Scene units (the section&apos;s pixels) to points: its 13 px text prints at 9.1 pt; the heading&apos;s line and the legend are 9 pt (the painter counts in points on either paper). Landscape papers (mm); „Bericht“ is the text area of a landscape page of the reports (A4 less 2.5 cm margins and room for the caption): printed there at its size.</extracomment>
        <translation>{lane} (continued)</translation>
    </message>
    <message>
        <source>Gruppiert nach {grouping} · {start} bis {end} · Stand {today} · Seite {n} von {of}</source>
        <translation>Grouped by {grouping} · {start} to {end} · as of {today} · page {n} of {of}</translation>
    </message>
    <message>
        <source>Maßnahme (Beginn bis Ende)</source>
        <translation>Measure (start to end)</translation>
    </message>
    <message>
        <source>⚠ Termin passt nicht zu Abhängigkeit oder Meilenstein</source>
        <translation>⚠ Date does not fit a dependency or milestone</translation>
    </message>
    <message>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>Abhängigkeit</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Aufruf: --render-roadmap ARBEITSMAPPE DATEI GRUPPE PAPIER VON BIS PLANSTAND (- für keinen)</source>
        <translation>Usage: --render-roadmap WORKSPACE FILE GROUP PAPER FROM TO BASELINE (- for none)</translation>
    </message>
    <message>
        <source>Phasenwechsel</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Handlungsfeld-Zuordnung</source>
        <translation>Field of action assignment</translation>
    </message>
    <message>
        <source>Handlungsfeld-Zuordnungen</source>
        <translation>Field of action assignments</translation>
    </message>
    <message>
        <source>Beteiligung</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <source>Beteiligungen</source>
        <translation>Involvements</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Überschriften</source>
        <translation>Headings</translation>
    </message>
    <message>
        <source>Werte</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Erfolgsfaktoren</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>Organisationseinheit</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <source>Organisationseinheiten</source>
        <translation>Organisational units</translation>
    </message>
    <message>
        <source>Teilnehmer:in</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Maßnahmen-Verknüpfung</source>
        <translation>Measure link</translation>
    </message>
    <message>
        <source>Maßnahmen-Verknüpfungen</source>
        <translation>Measure links</translation>
    </message>
    <message>
        <source>Zonen</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Haftnotiz</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <source>Haftnotizen</source>
        <translation>Sticky notes</translation>
    </message>
    <message>
        <source>Notizgruppe</source>
        <translation>Note group</translation>
    </message>
    <message>
        <source>Notizgruppen</source>
        <translation>Note groups</translation>
    </message>
    <message>
        <source>Verbindung</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Punkt</source>
        <extracomment>Drawing resolution of the parts (device units per inch); positions are kept in points.</extracomment>
        <translation>Dot</translation>
    </message>
    <message>
        <source>Übernahme</source>
        <translation>Takeover</translation>
    </message>
    <message>
        <source>Übernahmen</source>
        <translation>Takeovers</translation>
    </message>
    <message>
        <source>Förderprogramme</source>
        <translation>Funding programmes</translation>
    </message>
    <message>
        <source>Berichtsfrist</source>
        <translation>Reporting deadline</translation>
    </message>
    <message>
        <source>Berichtsfristen</source>
        <translation>Reporting deadlines</translation>
    </message>
    <message>
        <source>geförderte Maßnahme</source>
        <translation>funded measure</translation>
    </message>
    <message>
        <source>geförderte Maßnahmen</source>
        <translation>funded measures</translation>
    </message>
    <message>
        <source>Auszahlung</source>
        <translation>Payout</translation>
    </message>
    <message>
        <source>Auszahlungen</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>geförderte Stelle</source>
        <translation>funded post</translation>
    </message>
    <message>
        <source>geförderte Stellen</source>
        <translation>funded posts</translation>
    </message>
    <message>
        <source>Jahresbetrag</source>
        <translation>Yearly amount</translation>
    </message>
    <message>
        <source>Jahresbeträge</source>
        <translation>Yearly amounts</translation>
    </message>
    <message>
        <source>Finanzierungszeile</source>
        <translation>Financing line</translation>
    </message>
    <message>
        <source>Finanzierungszeilen</source>
        <translation>Financing lines</translation>
    </message>
    <message>
        <source>Beleg</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Berichtsabschnitt</source>
        <translation>Report section</translation>
    </message>
    <message>
        <source>Berichtsabschnitte</source>
        <translation>Report sections</translation>
    </message>
    <message>
        <source>Programmphase</source>
        <translation>Programme phase</translation>
    </message>
    <message>
        <source>Programmphasen</source>
        <translation>Programme phases</translation>
    </message>
    <message>
        <source>Spaltenzuordnung</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Spaltenzuordnungen</source>
        <translation>Column mappings</translation>
    </message>
    <message>
        <source>Ausgangslage und Problem</source>
        <translation>Situation and problem</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Erfolgskriterien</source>
        <translation>Success criteria</translation>
    </message>
    <message>
        <source>Nicht-Ziele (nicht im Umfang)</source>
        <translation>Non-goals (out of scope)</translation>
    </message>
    <message>
        <source>Entscheidungsbedarf</source>
        <translation>Decisions needed</translation>
    </message>
    <message>
        <source>Messintervall (Monate)</source>
        <translation>Measuring interval (months)</translation>
    </message>
    <message>
        <source>Gesichert am</source>
        <translation>Saved on</translation>
    </message>
    <message>
        <source>der Zuschuss</source>
        <translation>the subsidy</translation>
    </message>
    <message>
        <source>Fortschritt (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Risikoverantwortlich</source>
        <translation>Risk owner</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Verfasser:in</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Bewilligt am</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Förderquote</source>
        <translation>Funding rate</translation>
    </message>
    <message>
        <source>Bewilligte Zuwendung</source>
        <translation>Approved grant</translation>
    </message>
    <message>
        <source>Höchstdauer (Monate)</source>
        <translation>Maximum duration (months)</translation>
    </message>
    <message>
        <source>Gerechnet ab</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Erlaubte Überschreitung je Position (%)</source>
        <translation>Permitted overrun per position (%)</translation>
    </message>
    <message>
        <source>Fördermittelgeber</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Unterzeichnet von</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Vorsteuerabzug</source>
        <translation>Input VAT deduction</translation>
    </message>
    <message>
        <source>Begründung der Abweichung</source>
        <translation>Reason for the deviation</translation>
    </message>
    <message>
        <source>Davon zuwendungsfähig</source>
        <translation>Of which eligible</translation>
    </message>
    <message>
        <source>Einnahme (Quelle)</source>
        <translation>Income (source)</translation>
    </message>
    <message>
        <source>Stellenanteil (%)</source>
        <translation>Share of full time (%)</translation>
    </message>
    <message>
        <source>Angelegt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Geändert am</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>In den Papierkorb gelegt am</source>
        <translation>Moved to the recycle bin on</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Wochen</source>
        <extracomment>Zoom levels: what they are called and how many pixels a day takes.</extracomment>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Quartale</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Zeitplan</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Gruppieren nach</source>
        <extracomment>the measures to show (the measure table&apos;s search and filters), None: all</extracomment>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Zeitraster</source>
        <translation>Time scale</translation>
    </message>
    <message>
        <source>Vergleichen mit Planstand</source>
        <translation>Compare with baseline</translation>
    </message>
    <message>
        <source>keinem Planstand</source>
        <translation>no baseline</translation>
    </message>
    <message>
        <source>Planstand &amp;sichern …</source>
        <translation>&amp;Save baseline …</translation>
    </message>
    <message>
        <source>Die Daten aller Maßnahmen und Meilensteine unter einem Namen festhalten</source>
        <translation>Keep the dates of all measures and milestones under a name</translation>
    </message>
    <message>
        <source>Planstand &amp;löschen …</source>
        <translation>&amp;Delete baseline …</translation>
    </message>
    <message>
        <source>Den gewählten Planstand löschen (lässt sich rückgängig machen)</source>
        <translation>Delete the chosen baseline (can be undone)</translation>
    </message>
    <message>
        <source>Als &amp;PDF/PNG …</source>
        <translation>As &amp;PDF/PNG …</translation>
    </message>
    <message>
        <source>Den Zeitplan für den Druck speichern (A4 oder A3 quer)</source>
        <translation>Save the roadmap for printing (A4 or A3 landscape)</translation>
    </message>
    <message>
        <source>&amp;Heute</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Gruppieren nach:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>&amp;Zeitraster:</source>
        <translation>Time &amp;scale:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Gewählter Balken</source>
        <translation>Chosen bar</translation>
    </message>
    <message>
        <source>&amp;Vergleich:</source>
        <translation>&amp;Compare:</translation>
    </message>
    <message>
        <source>Zeitplan als Tabelle</source>
        <translation>Roadmap as a table</translation>
    </message>
    <message>
        <source>Verglichen mit {name}: {moved} verschoben</source>
        <translation>Compared with {name}: {moved} moved</translation>
    </message>
    <message>
        <source>Planstand sichern</source>
        <translation>Save baseline</translation>
    </message>
    <message>
        <source>Name des Planstands (z. B. „Beschluss Lenkungskreis März“):</source>
        <translation>Name of the baseline (e.g. “Steering committee decision March”):</translation>
    </message>
    <message>
        <source>Planstand {date}</source>
        <translation>Baseline {date}</translation>
    </message>
    <message>
        <source>Planstand „{name}“ sichern</source>
        <translation>Save baseline “{name}”</translation>
    </message>
    <message>
        <source>Planstand löschen</source>
        <translation>Delete baseline</translation>
    </message>
    <message>
        <source>Den Planstand „{name}“ löschen? Das lässt sich rückgängig machen.</source>
        <translation>Delete the baseline “{name}”? This can be undone.</translation>
    </message>
    <message>
        <source>Planstand „{name}“ löschen</source>
        <translation>Delete baseline “{name}”</translation>
    </message>
    <message>
        <source>Zeitplan speichern</source>
        <translation>Save roadmap</translation>
    </message>
    <message>
        <source>Papier (quer):</source>
        <translation>Paper (landscape):</translation>
    </message>
    <message>
        <source>A4 quer</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A3 quer</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf);;PNG-Bild (*.png)</source>
        <translation>PDF document (*.pdf);;PNG picture (*.png)</translation>
    </message>
    <message>
        <source>Zeitplan gespeichert: {path} ({pages})</source>
        <translation>Roadmap saved: {path} ({pages})</translation>
    </message>
    <message>
        <source>Seite</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Seiten</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Planstand</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>nicht im Planstand</source>
        <translation>not in the baseline</translation>
    </message>
    <message>
        <source>&amp;Zeitachse</source>
        <translation>Time &amp;axis</translation>
    </message>
    <message>
        <source>&amp;Tabelle</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>Gefiltert wie die Maßnahmentabelle: {measures} (Filter zurücksetzen im Bereich Maßnahmen)</source>
        <translation>Filtered like the measure table: {measures} (reset the filters in the Measures section)</translation>
    </message>
    <message>
        <source>Heute</source>
        <extracomment>The baseline&apos;s bar: a dark grey outline under the bar (3:1 and more on white).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“ von {code}, fällig am {due}</source>
        <translation>Milestone “{title}” of {code}, due on {due}</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“ verschieben</source>
        <translation>Move milestone “{title}”</translation>
    </message>
    <message>
        <source>Zeitraum von {code} ändern</source>
        <translation>Change the period of {code}</translation>
    </message>
    <message>
        <source>Höhe</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Breite</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Zettelfarbe</source>
        <translation>Note colour</translation>
    </message>
    <message>
        <source>Zettel</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reihenfolge</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Übernommen als</source>
        <translation>Taken over as</translation>
    </message>
    <message>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Position (waagerecht)</source>
        <translation>Position (horizontal)</translation>
    </message>
    <message>
        <source>Position (senkrecht)</source>
        <translation>Position (vertical)</translation>
    </message>
    <message>
        <source>Bewilligungszeitraum</source>
        <translation>Approval period</translation>
    </message>
    <message>
        <source>lt. {decision}</source>
        <translation>as per {decision}</translation>
    </message>
    <message>
        <source>{eligible}e {spending}</source>
        <translation>{eligible} {spending}</translation>
    </message>
    <message>
        <source>{eligible}en {spending}</source>
        <translation>{eligible} {spending}</translation>
    </message>
    <message>
        <source>Zuwendungsbescheid</source>
        <translation>Grant decision</translation>
    </message>
    <message>
        <source>Ausgaben</source>
        <translation>Spending</translation>
    </message>
    <message>
        <source>zuwendungsfähig</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>des Zuwendungsbescheids</source>
        <translation>of the grant decision</translation>
    </message>
    <message>
        <source>bewilligt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>die Zuwendung</source>
        <translation>the grant</translation>
    </message>
    <message>
        <source>dem Zuwendungsbescheid</source>
        <translation>the grant decision</translation>
    </message>
    <message>
        <source>Zusage</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Zuschuss</source>
        <translation>Subsidy</translation>
    </message>
    <message>
        <source>Zuschussempfänger</source>
        <translation>Subsidy recipient</translation>
    </message>
    <message>
        <source>förderfähig</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>der Zusage</source>
        <translation>of the commitment</translation>
    </message>
    <message>
        <source>zugesagt</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>Werkbank ist unvollständig installiert: der Ordner „{name}“ fehlt.</source>
        <translation>Werkbank is not completely installed: the folder “{name}” is missing.</translation>
    </message>
    <message>
        <source>Gelb</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Rosa</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Grün</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blau</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Lila</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Weiß</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Grau</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Diese Leinwand gibt es nicht (mehr).</source>
        <extracomment>Sticky-note colours: code → (fill, German name). Text on each is dark enough for a projector (contrast ≥ 7:1 with #1A1A1A); meaning never rests on colour alone. The point of a note (from its top-left corner) that decides its zone.</extracomment>
        <translation>This canvas does not exist (any more).</translation>
    </message>
    <message>
        <source>Diese Haftnotiz gibt es nicht (mehr) – vielleicht wurde sie auf einem anderen Rechner gelöscht.</source>
        <translation>This sticky note does not exist (any more) – perhaps it was deleted on another computer.</translation>
    </message>
    <message>
        <source>Dieses Feld gibt es nicht oder es ist nicht änderbar.</source>
        <translation>This field does not exist or cannot be changed.</translation>
    </message>
    <message>
        <source>Diese Zone gibt es nicht (mehr).</source>
        <translation>This zone does not exist (any more).</translation>
    </message>
    <message>
        <source>Die Zone „{title}“ ist gesperrt: {what} ist dort nicht möglich. Entsperren Sie die Zone, um sie zu ändern.</source>
        <translation>The zone “{title}” is locked: {what} is not possible there. Unlock the zone to change it.</translation>
    </message>
    <message>
        <source>Die Farbe „{value}“ gibt es nicht.</source>
        <translation>The colour “{value}” does not exist.</translation>
    </message>
    <message>
        <source>Eine Haftnotiz fasst höchstens {MAX_TEXT} Zeichen.</source>
        <translation>A sticky note holds at most {MAX_TEXT} characters.</translation>
    </message>
    <message>
        <source>Die Kennzeichnung ist länger als {MAX_LABEL} Zeichen.</source>
        <translation>The label is longer than {MAX_LABEL} characters.</translation>
    </message>
    <message>
        <source>Dieses Feld gibt es nicht.</source>
        <translation>This field does not exist.</translation>
    </message>
    <message>
        <source>eine neue Notiz</source>
        <translation>a new note</translation>
    </message>
    <message>
        <source>Ändern</source>
        <translation>Changing</translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation>Moving</translation>
    </message>
    <message>
        <source>Hineinschieben</source>
        <translation>Moving in</translation>
    </message>
    <message>
        <source>Eine Notiz kann nicht mit sich selbst verbunden werden.</source>
        <translation>A note cannot be connected to itself.</translation>
    </message>
    <message>
        <source>Verbinden lassen sich nur Notizen derselben Leinwand.</source>
        <translation>Only notes of the same canvas can be connected.</translation>
    </message>
    <message>
        <source>Diese beiden Notizen sind schon verbunden.</source>
        <translation>These two notes are already connected.</translation>
    </message>
    <message>
        <source>Diese Verbindung gibt es nicht (mehr).</source>
        <translation>This connector does not exist (any more).</translation>
    </message>
    <message>
        <source>Wählen Sie zuerst die Notizen, die eine Gruppe bilden sollen.</source>
        <translation>First select the notes that are to form a group.</translation>
    </message>
    <message>
        <source>Eine Gruppe braucht eine Überschrift.</source>
        <translation>A group needs a heading.</translation>
    </message>
    <message>
        <source>Diese Gruppe gibt es nicht (mehr).</source>
        <translation>This group does not exist (any more).</translation>
    </message>
    <message>
        <source>Wählen Sie, wer den Punkt vergibt.</source>
        <translation>Choose who gives the dot.</translation>
    </message>
    <message>
        <source>„{voter}“ nimmt an diesem Workshop nicht teil.</source>
        <translation>“{voter}” does not take part in this workshop.</translation>
    </message>
    <message>
        <source>{voter} hat alle {dots_per_participant} Punkte vergeben.</source>
        <translation>{voter} has given all {dots_per_participant} dots.</translation>
    </message>
    <message>
        <source>{voter} hat auf diese Notiz keinen Punkt gesetzt.</source>
        <translation>{voter} has put no dot on this note.</translation>
    </message>
    <message>
        <source>Die Leinwandvorlage „{key}“ gibt es nicht.</source>
        <translation>The canvas template “{key}” does not exist.</translation>
    </message>
    <message>
        <source>{where}: „{name}“ muss eine Zahl sein.</source>
        <translation>{where}: “{name}” must be a number.</translation>
    </message>
    <message>
        <source>{where}: „{name}“ = {value} liegt außerhalb von {low:g} bis {MAX_SIZE:g}.</source>
        <translation>{where}: “{name}” = {value} lies outside {low:g} to {MAX_SIZE:g}.</translation>
    </message>
    <message>
        <source>{where}: „{name}“ fehlt oder ist kein Text.</source>
        <translation>{where}: “{name}” is missing or not text.</translation>
    </message>
    <message>
        <source>Die Datei enthält kein JSON-Objekt.</source>
        <translation>The file contains no JSON object.</translation>
    </message>
    <message>
        <source>Unbekanntes Vorlagenformat {value!r} (erwartet {TEMPLATE_FORMAT}).</source>
        <translation>Unknown template format {value!r} (expected {TEMPLATE_FORMAT}).</translation>
    </message>
    <message>
        <source>„zones“ fehlt oder ist leer.</source>
        <translation>“zones” is missing or empty.</translation>
    </message>
    <message>
        <source>Mehr als {MAX_ZONES} Zonen.</source>
        <translation>More than {MAX_ZONES} zones.</translation>
    </message>
    <message>
        <source>Zone {number}</source>
        <translation>Zone {number}</translation>
    </message>
    <message>
        <source>{where} ist kein JSON-Objekt.</source>
        <translation>{where} is not a JSON object.</translation>
    </message>
    <message>
        <source>{where}: Der Schlüssel „{key}“ kommt doppelt vor.</source>
        <translation>{where}: the key “{key}” occurs twice.</translation>
    </message>
    <message>
        <source>{where}: Die Farbe {color!r} ist keine Farbe der Form #RRGGBB.</source>
        <translation>{where}: the colour {color!r} is not a colour of the form #RRGGBB.</translation>
    </message>
    <message>
        <source>{where}: Notizfarbe {note_color!r} ist unbekannt (möglich: {value}).</source>
        <translation>{where}: note colour {note_color!r} is unknown (possible: {value}).</translation>
    </message>
    <message>
        <source>{where} („{title}“) ragt über den Rand der Leinwand.</source>
        <translation>{where} (“{title}”) reaches over the edge of the canvas.</translation>
    </message>
    <message>
        <source>Die Datei ist größer als 2 MB.</source>
        <translation>The file is larger than 2 MB.</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ ist nicht lesbar: {value}.</source>
        <translation>Template “{name}” is not readable: {value}.</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ ist nicht in UTF-8 gespeichert.</source>
        <translation>Template “{name}” is not saved in UTF-8.</translation>
    </message>
    <message>
        <source>Vorlage „{name}“: kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg}).</source>
        <translation>Template “{name}”: no valid JSON (line {lineno}, column {colno}: {msg}).</translation>
    </message>
    <message>
        <source>Vorlage „{name}“: zu tief verschachtelt.</source>
        <translation>Template “{name}”: nested too deeply.</translation>
    </message>
    <message>
        <source>Vorlage „{name}“: {exc}</source>
        <translation>Template “{name}”: {exc}</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ hat einen falschen Aufbau ({name__}).</source>
        <translation>Template “{name}” has a wrong structure ({name__}).</translation>
    </message>
    <message>
        <source>{exc} Die Vorlage wird übersprungen.</source>
        <translation>{exc} The template is skipped.</translation>
    </message>
    <message>
        <source>Vorlage „{name}“: Der Schlüssel „{key}“ ist schon vergeben. Die Vorlage wird übersprungen.</source>
        <translation>Template “{name}”: the key “{key}” is already taken. The template is skipped.</translation>
    </message>
    <message>
        <source>Die Leinwand gibt es nicht (mehr).</source>
        <translation>The canvas does not exist (any more).</translation>
    </message>
    <message>
        <source>Bitte geben Sie der Vorlage einen Namen.</source>
        <translation>Please give the template a name.</translation>
    </message>
    <message>
        <source>Eine Vorlage „{value}“ gibt es schon ({name}).</source>
        <translation>A template “{value}” already exists ({name}).</translation>
    </message>
    <message>
        <source>Die Vorlage ließ sich nicht speichern ({path}): {value}.</source>
        <translation>The template could not be saved ({path}): {value}.</translation>
    </message>
    <message>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>{label} „{name}“ der Maßnahme {code}</source>
        <translation>{label} “{name}” of measure {code}</translation>
    </message>
    <message>
        <source>Maßnahme {code} „{title}“</source>
        <translation>Measure {code} “{title}”</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe ist beschädigt. So kommen Sie an Ihre Daten: (1) Im Fenster „Datei → Kopie speichern unter …“ oder mit „workbench rescue PFAD NEU.werkbank“ wird alles Lesbare in eine neue Arbeitsmappe gerettet. (2) Neben der Datei liegt eine automatische Sicherung („….vor-aktualisierung-….werkbank“), falls Werkbank die Datei einmal aktualisiert hat. (3) Ist die Arbeitsmappe geteilt, bringt ein Beitritt mit einer neuen, leeren Arbeitsmappe den Stand aus dem gemeinsamen Ordner zurück.</source>
        <extracomment>What to do with a damaged workspace file, in every place that finds one.</extracomment>
        <translation>The workspace is damaged. This is how you get to your data: (1) In the window “File → Save a copy as …” or with “workbench rescue PATH NEW.werkbank” everything readable is rescued into a new workspace. (2) Beside the file lies an automatic backup (“….vor-aktualisierung-….werkbank”), if Werkbank has ever updated the file. (3) If the workspace is shared, joining with a new, empty workspace brings the state back from the shared folder.</translation>
    </message>
    <message>
        <source>Tabelle {table}, Zeile {row}, Spalte {column}</source>
        <extracomment>What SQLite&apos;s typeof() may say of a column of each kind (NULL where it may be empty).</extracomment>
        <translation>Table {table}, row {row}, column {column}</translation>
    </message>
    <message>
        <source>Wert vom falschen Typ ({stored} statt {expected}); Werkbank hat ihn nicht geschrieben. „workbench rescue PFAD NEU.werkbank“ rettet alles Übrige in eine neue Arbeitsmappe und leert solche Werte.</source>
        <translation>Value of a wrong type ({stored} instead of {expected}); Werkbank did not write it. “workbench rescue PATH NEW.werkbank” rescues everything else into a new workspace and empties such values.</translation>
    </message>
    <message>
        <source>ganze Zahl</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>Zahl</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Datum JJJJ-MM-TT</source>
        <translation>date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>SQLite meldet: {line}</source>
        <translation>SQLite reports: {line}</translation>
    </message>
    <message>
        <source>Tabelle {table}, Zeile {rowid}</source>
        <extracomment>Rows searched for control characters at a time (one regular-expression search each).</extracomment>
        <translation>Table {table}, row {rowid}</translation>
    </message>
    <message>
        <source>verweist auf eine fehlende Zeile in {parent}</source>
        <translation>refers to a missing row in {parent}</translation>
    </message>
    <message>
        <source>Handlungsfelder: Die Maßnahme hat kein Handlungsfeld.</source>
        <translation>Fields of action: the measure has no field of action.</translation>
    </message>
    <message>
        <source>Kennung {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>{count} Maßnahmen tragen dieselbe Kennung.</source>
        <translation>{count} measures carry the same code.</translation>
    </message>
    <message>
        <source>Zeitplan {code} „{title}“</source>
        <translation>Roadmap {code} “{title}”</translation>
    </message>
    <message>
        <source>{kind} {grant}, {where}</source>
        <translation>{kind} {grant}, {where}</translation>
    </message>
    <message>
        <source>{where}, Feld „{value}“</source>
        <translation>{where}, field “{value}”</translation>
    </message>
    <message>
        <source>{what}: die Zeile wurde gelöscht; {other_author} hatte den Wert „{other_shown}“ eingetragen ({other_time})</source>
        <translation>{what}: the row was deleted; {other_author} had entered the value “{other_shown}” ({other_time})</translation>
    </message>
    <message>
        <source>{what}: nach dem Abgleich verletzt die Zeile eine Regel – {other}; jetzt „{current_shown}“</source>
        <translation>{what}: after the sync the row violates a rule – {other}; now “{current_shown}”</translation>
    </message>
    <message>
        <source> (von {current_author})</source>
        <translation> (by {current_author})</translation>
    </message>
    <message>
        <source>{what}: gilt jetzt „{current_shown}“{by}; nicht übernommen „{other_shown}“ (von {other_author}, {other_time})</source>
        <translation>{what}: “{current_shown}” applies now{by}; not taken over “{other_shown}” (by {other_author}, {other_time})</translation>
    </message>
    <message>
        <source>{label} (gelöscht)</source>
        <translation>{label} (deleted)</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(without a name)</translation>
    </message>
    <message>
        <source>(gelöscht)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>diesem Rechner</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Rechner {value}</source>
        <translation>Computer {value}</translation>
    </message>
    <message>
        <source>Einen offenen Konflikt {conflict_id} gibt es nicht.</source>
        <translation>There is no open conflict {conflict_id}.</translation>
    </message>
    <message>
        <source>{value} {value2} gibt es hier nicht (mehr).</source>
        <translation>{value} {value2} does not exist here (any more).</translation>
    </message>
    <message>
        <source>Unbekannte Wahl „{choice}“ (current, other, value).</source>
        <translation>Unknown choice “{choice}” (current, other, value).</translation>
    </message>
    <message>
        <source>Die Zeile wurde anderswo gelöscht; der Wert bleibt hier als Notiz erhalten und kann nur verworfen werden („current“).</source>
        <translation>The row was deleted elsewhere; the value is kept here as a note and can only be discarded (“current”).</translation>
    </message>
    <message>
        <source>Bei einer verletzten Regel gibt es keinen anderen Wert; bitte einen neuen Wert angeben („value=…“) oder den Stand lassen („current“).</source>
        <translation>A violated rule has no other value; please give a new value (“value=…”) or leave the state (“current”).</translation>
    </message>
    <message>
        <source>Maßnahmensteckbrief</source>
        <translation>Measure fact sheet</translation>
    </message>
    <message>
        <source>Projektauftrag (PMflex)</source>
        <translation>Project order (PMflex)</translation>
    </message>
    <message>
        <source>Statusbericht (PMflex)</source>
        <translation>Status report (PMflex)</translation>
    </message>
    <message>
        <source>Workshop-Dokumentation</source>
        <translation>Workshop documentation</translation>
    </message>
    <message>
        <source>Maßnahmenliste</source>
        <translation>Measure list</translation>
    </message>
    <message>
        <source>Kosten- und Finanzierungsplan</source>
        <translation>Cost and financing plan</translation>
    </message>
    <message>
        <source>Belegliste</source>
        <translation>Receipt list</translation>
    </message>
    <message>
        <source>Zahlenmäßiger Nachweis</source>
        <translation>Statement of figures</translation>
    </message>
    <message>
        <source>Für einen {label} wählen Sie eine Maßnahme (--measure).</source>
        <translation>For a {label} choose a measure (--measure).</translation>
    </message>
    <message>
        <source>Für {label} wählen Sie eine Zuwendung (--grant).</source>
        <translation>For {label} choose a grant (--grant).</translation>
    </message>
    <message>
        <source>Diesen Nachweis gibt es bei dieser Zuwendung nicht (mehr).</source>
        <translation>This report does not exist (any more) for this grant.</translation>
    </message>
    <message>
        <source>Wählen Sie den Workshop, dessen Dokumentation entstehen soll (--workshop).</source>
        <translation>Choose the workshop whose documentation is to be written (--workshop).</translation>
    </message>
    <message>
        <source>Die Bilder der Leinwände fehlen: Sie werden im Fenster oder über die Kommandozeile (workbench export workshop …) gezeichnet.</source>
        <translation>The pictures of the canvases are missing: they are drawn in the window or through the command line (workbench export workshop …).</translation>
    </message>
    <message>
        <source>Die Liste hat {value} Fehler; es wird nichts übernommen. Erster Fehler: {value2}</source>
        <translation>The list has {value} error(s); nothing is taken over. First error: {value2}</translation>
    </message>
    <message>
        <source>Maßnahmen, Zeile {row}: {exc}</source>
        <translation>Measures, row {row}: {exc}</translation>
    </message>
    <message>
        <source>Maßnahmen, Zeile {row} ({code}): {exc}</source>
        <translation>Measures, row {row} ({code}): {exc}</translation>
    </message>
    <message>
        <source>Diese Zuwendung gibt es nicht (mehr).</source>
        <translation>This grant does not exist (any more).</translation>
    </message>
    <message>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation>The end lies before the start.</translation>
    </message>
    <message>
        <source>Die Förderquote liegt zwischen 0 und 100 %.</source>
        <translation>The funding rate lies between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Eine der Maßnahmen gibt es nicht (mehr).</source>
        <translation>One of the measures does not exist (any more).</translation>
    </message>
    <message>
        <source>Dieses Förderprogramm gibt es nicht (mehr).</source>
        <translation>This funding programme does not exist (any more).</translation>
    </message>
    <message>
        <source>Das Feld darf nicht leer sein.</source>
        <extracomment>Each rule of RULES as an SQL condition that holds for every row the rule refuses (it may hold for more): ``check`` validates only the rows it selects, not 300,000. tests/services/test_validation_sql.py holds each against its rule on boundary values. What str.strip() removes: a required text of only these is empty.</extracomment>
        <translation>The field must not be empty.</translation>
    </message>
    <message>
        <source>Die erlaubte Überschreitung liegt zwischen 0 und 100 %.</source>
        <translation>The permitted overrun lies between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Beleg {number} vom {value}</source>
        <translation>Receipt {number} of {value}</translation>
    </message>
    <message>
        <source>wurde am {value} bezahlt, außerhalb des Bewilligungszeitraums ({period}).</source>
        <translation>was paid on {value}, outside the approval period ({period}).</translation>
    </message>
    <message>
        <source>Die Umsatzsteuer ({value}) passt nicht zum Bruttobetrag ({value2}).</source>
        <translation>The VAT ({value}) does not fit the gross amount ({value2}).</translation>
    </message>
    <message>
        <source>über {value} ist keiner Planposition zugeordnet.</source>
        <translation>over {value} is assigned to no plan position.</translation>
    </message>
    <message>
        <source>Auszahlung vom {value}</source>
        <translation>Payout of {value}</translation>
    </message>
    <message>
        <source>Position {number} „{name}“</source>
        <translation>Position {number} “{name}”</translation>
    </message>
    <message>
        <source>{value} ausgegeben bei {value2} Plan (+{value3})</source>
        <translation>{value} spent against {value2} plan (+{value3})</translation>
    </message>
    <message>
        <source>{over}; wegen behördlicher Auflagen erlaubt.</source>
        <translation>{over}; permitted because of official conditions.</translation>
    </message>
    <message>
        <source>{over}; erlaubt sind höchstens {allowed} % über Plan.</source>
        <translation>{over}; at most {allowed} % over plan are permitted.</translation>
    </message>
    <message>
        <source>Phase {name}</source>
        <translation>Phase {name}</translation>
    </message>
    <message>
        <source>Die {eligible_spending} ({value}) liegen über dem Plan ({value2}); die Mehrausgaben trägt der Empfänger. {grant} lt. Abrechnung: {value3} (höchstens {value4}).</source>
        <translation>The {eligible_spending} ({value}) exceed the plan ({value2}); the recipient bears the excess. {grant} as settled: {value3} (at most {value4}).</translation>
    </message>
    <message>
        <source>hat kein Zahlungsdatum; abgerechnet werden nur bezahlte {spending}.</source>
        <translation>has no payment date; only paid {spending} are settled.</translation>
    </message>
    <message>
        <source>Nach der Regel für Überschreitungen ({rule}) werden {value} der {eligible_spending} nicht anerkannt; {grant} lt. Abrechnung: {value2}.</source>
        <translation>Under the rule for over-runs ({rule}), {value} of the {eligible_spending} are not recognised; {grant} as settled: {value2}.</translation>
    </message>
    <message>
        <source>{source} {value} (lt. Finanzierungsplan {value2})</source>
        <translation>{source} {value} (financing plan {value2})</translation>
    </message>
    <message>
        <source>Neue Deckungsmittel von {value}: {sources}. Bei {kind} ermäßigt sich {the_grant} um {value2} auf {value3} (ANBest-P Nr. 2.1).</source>
        <translation>New funds of {value}: {sources}. Under {kind}, {the_grant} falls by {value2} to {value3} (ANBest-P no. 2.1).</translation>
    </message>
    <message>
        <source>Maßnahmebeginn {value}</source>
        <extracomment>A deadline this many days ahead or fewer is named as coming (a warning).</extracomment>
        <translation>Begin of the measure {value}</translation>
    </message>
    <message>
        <source>liegt vor der Zustimmung zum vorzeitigen Maßnahmebeginn vom {value}.</source>
        <translation>lies before the consent to an early start of {value}.</translation>
    </message>
    <message>
        <source>liegt vor {decision} vom {value}, ohne Zustimmung zum vorzeitigen Maßnahmebeginn.</source>
        <translation>lies before {decision} of {value}, without consent to an early start.</translation>
    </message>
    <message>
        <source>Bestellung</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Rechnung</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>{what} vom {value} liegt vor dem Maßnahmebeginn ({value2})</source>
        <translation>{what} of {value} lies before the begin of the measure ({value2})</translation>
    </message>
    <message>
        <source>{value} angefordert, aber nur {value2} sind abrufbar ({kind}): Anteil {share} an den bis dahin bezahlten {eligible_spending} ({value3}) und den innerhalb von zwei Monaten fälligen Zahlungen ({value4}), abzüglich bereits ausgezahlter oder abgerufener Mittel ({value5}).</source>
        <translation>{value} requested, but only {value2} may be requested ({kind}): a share of {share} of the {eligible_spending} paid until then ({value3}) and the payments due within two months ({value4}), less funds already paid out or requested ({value5}).</translation>
    </message>
    <message>
        <source>Bis {value} sind vom bis dahin ausgezahlten Geld ({value2}) nur {value3} für bezahlte {spending} verwendet; {value4} lagen länger als zwei Monate (der Fördermittelgeber kann Zinsen verlangen).</source>
        <translation>By {value}, of the money paid out until then ({value2}) only {value3} were used for paid {spending}; {value4} lay longer than two months (the funder may charge interest).</translation>
    </message>
    <message>
        <source>{over}; einzelne Ansätze sind nach {decision} verbindlich.</source>
        <translation>{over}; single positions are binding under {decision}.</translation>
    </message>
    <message>
        <source>{grant} im Finanzierungsplan {value} = {value2} der {eligible_spending} ({value3}); {approved} ist eine Förderquote von {value4} %.</source>
        <translation>{grant} in the financing plan {value} = {value2} of the {eligible_spending} ({value3}); the rate {approved} is {value4} %.</translation>
    </message>
    <message>
        <source>{the_grant} ({value}) übersteigt die Obergrenze der Phase ({value2}).</source>
        <translation>{the_grant} ({value}) exceeds the phase&apos;s cap ({value2}).</translation>
    </message>
    <message>
        <source>Der Bewilligungszeitraum dauert {months} Monate; erlaubt sind höchstens {max_months}.</source>
        <translation>The approval period lasts {months} months; at most {max_months} are permitted.</translation>
    </message>
    <message>
        <source>{label} {year} (fällig am {value})</source>
        <translation>{label} {year} (due on {value})</translation>
    </message>
    <message>
        <source>Die Frist ist seit {days} Tagen abgelaufen (Mittel aus {year}).</source>
        <translation>The deadline passed {days} days ago (funds from {year}).</translation>
    </message>
    <message>
        <source>in {days} Tagen fällig.</source>
        <translation>due in {days} days.</translation>
    </message>
    <message>
        <source>{label} (fällig am {value})</source>
        <translation>{label} (due on {value})</translation>
    </message>
    <message>
        <source>Die Frist ist seit {days} Tagen abgelaufen.</source>
        <translation>The deadline passed {days} days ago.</translation>
    </message>
    <message>
        <source>Finanzierungsplan {year}</source>
        <translation>Financing plan {year}</translation>
    </message>
    <message>
        <source>{spending} {value} ≠ Finanzierung {value2}.</source>
        <translation>{spending} {value} ≠ financing {value2}.</translation>
    </message>
    <message>
        <source>{grant} im Plan {value} ≠ {grant} {approved} {value2}.</source>
        <translation>{grant} in the plan {value} ≠ {grant} {approved} {value2}.</translation>
    </message>
    <message>
        <source>Finanzierungsplan</source>
        <translation>Financing plan</translation>
    </message>
    <message>
        <source>Ein Ziel gehört immer zu einer Maßnahme.</source>
        <extracomment>Each list item class: the column naming its parent, the parent&apos;s class, and what users are told when the parent is missing.</extracomment>
        <translation>A goal always belongs to a measure.</translation>
    </message>
    <message>
        <source>Ein Schlüsselergebnis gehört immer zu einem Ziel.</source>
        <translation>A key result always belongs to a goal.</translation>
    </message>
    <message>
        <source>Ein Indikator gehört immer zu einer Maßnahme.</source>
        <translation>An indicator always belongs to a measure.</translation>
    </message>
    <message>
        <source>Ein Messwert gehört immer zu einem Indikator.</source>
        <translation>A measured value always belongs to an indicator.</translation>
    </message>
    <message>
        <source>Ein Meilenstein gehört immer zu einer Maßnahme.</source>
        <translation>A milestone always belongs to a measure.</translation>
    </message>
    <message>
        <source>Ein Risiko gehört immer zu einer Maßnahme.</source>
        <translation>A risk always belongs to a measure.</translation>
    </message>
    <message>
        <source>Ein Logbucheintrag gehört immer zu einer Maßnahme.</source>
        <translation>A log entry always belongs to a measure.</translation>
    </message>
    <message>
        <source>Eine transformatorische Frage gehört immer zu einer Maßnahme.</source>
        <translation>A transformative question always belongs to a measure.</translation>
    </message>
    <message>
        <source>Eine Abhängigkeit gehört immer zu einer Maßnahme.</source>
        <translation>A dependency always belongs to a measure.</translation>
    </message>
    <message>
        <source>Teilnehmende gehören immer zu einem Workshop.</source>
        <translation>Participants always belong to a workshop.</translation>
    </message>
    <message>
        <source>Eine Kostenposition gehört immer zu einer Zuwendung.</source>
        <translation>A cost position always belongs to a grant.</translation>
    </message>
    <message>
        <source>Geplante Kosten gehören zu einer Kostenposition.</source>
        <translation>Planned costs belong to a cost position.</translation>
    </message>
    <message>
        <source>Eine Finanzierungszeile gehört zu einer Zuwendung.</source>
        <translation>A financing line belongs to a grant.</translation>
    </message>
    <message>
        <source>Ein Beleg gehört immer zu einer Zuwendung.</source>
        <translation>A receipt always belongs to a grant.</translation>
    </message>
    <message>
        <source>Ein Mittelabruf gehört immer zu einer Zuwendung.</source>
        <translation>A funds request always belongs to a grant.</translation>
    </message>
    <message>
        <source>Eine Auszahlung gehört immer zu einer Zuwendung.</source>
        <translation>A payout always belongs to a grant.</translation>
    </message>
    <message>
        <source>Eine geförderte Stelle gehört immer zu einer Zuwendung.</source>
        <translation>A funded post always belongs to a grant.</translation>
    </message>
    <message>
        <source>Ein Nachweis gehört immer zu einer Zuwendung.</source>
        <translation>A report always belongs to a grant.</translation>
    </message>
    <message>
        <source>Ein Berichtsabschnitt gehört zu einem Nachweis.</source>
        <translation>A report section belongs to a report.</translation>
    </message>
    <message>
        <source>Eine Phase gehört zu einem Förderprogramm.</source>
        <translation>A phase belongs to a funding programme.</translation>
    </message>
    <message>
        <source>Eine Berichtsfrist gehört zu einem Förderprogramm.</source>
        <translation>A reporting deadline belongs to a funding programme.</translation>
    </message>
    <message>
        <source>{value} „{item_id}“ gibt es nicht (mehr).</source>
        <translation>{value} “{item_id}” does not exist (any more).</translation>
    </message>
    <message>
        <source>Die Maßnahme, von der abgehangen wird, gibt es nicht.</source>
        <translation>The measure depended on does not exist.</translation>
    </message>
    <message>
        <source>{what} „{text}“ gibt es nicht (möglich: {known}).</source>
        <translation>{what} “{text}” does not exist (possible: {known}).</translation>
    </message>
    <message>
        <source>„{text}“ passt auf mehrere Einträge: {options}.</source>
        <translation>“{text}” matches several entries: {options}.</translation>
    </message>
    <message>
        <source>Das Handlungsfeld</source>
        <translation>The field of action</translation>
    </message>
    <message>
        <source>Problemstellung</source>
        <translation>Problem statement</translation>
    </message>
    <message>
        <source>Ziele und Schlüsselergebnisse</source>
        <translation>Goals and key results</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Noch keine Ziele erfasst.</source>
        <translation>No goals recorded yet.</translation>
    </message>
    <message>
        <source>Zuletzt</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>{code} „{title}“ (ID {value})</source>
        <translation>{code} “{title}” (ID {value})</translation>
    </message>
    <message>
        <source>„{key}“ passt auf {n_candidates} Maßnahmen: {listed}. Bitte mit dem Anfang der ID angeben.</source>
        <translation>“{key}” matches {n_candidates} measures: {listed}. Please give the start of the ID.</translation>
    </message>
    <message>
        <source>Die Maßnahme „{key}“ gibt es nicht (mehr).</source>
        <translation>The measure “{key}” does not exist (any more).</translation>
    </message>
    <message>
        <source>Das Handlungsfeld „{value}“ gibt es nicht.</source>
        <translation>The field of action “{value}” does not exist.</translation>
    </message>
    <message>
        <source>„{ref}“ gibt es nicht.</source>
        <translation>“{ref}” does not exist.</translation>
    </message>
    <message>
        <source>Maßnahme angelegt</source>
        <translation>Measure created</translation>
    </message>
    <message>
        <source>Die Phase wird mit „Phase wechseln“ geändert, damit der Verlauf stimmt.</source>
        <translation>The phase is changed with “Change phase”, so that the history is right.</translation>
    </message>
    <message>
        <source>Die Organisationseinheit „{unit_id}“ gibt es nicht.</source>
        <translation>The organisational unit “{unit_id}” does not exist.</translation>
    </message>
    <message>
        <source>Die Phase „{phase_id}“ gibt es nicht.</source>
        <translation>The phase “{phase_id}” does not exist.</translation>
    </message>
    <message>
        <source>Die Maßnahme ist nicht gelöscht.</source>
        <translation>The measure is not deleted.</translation>
    </message>
    <message>
        <source>Eine leere Notiz lässt sich nicht übernehmen.</source>
        <extracomment>What a note in a zone most likely becomes, by words of the zone&apos;s key or title (first match wins); a zone that says nothing proposes a log book entry, never a risk.</extracomment>
        <translation>An empty note cannot be taken over.</translation>
    </message>
    <message>
        <source>Wählen Sie das Handlungsfeld der neuen Maßnahme.</source>
        <translation>Choose the field of action of the new measure.</translation>
    </message>
    <message>
        <source>Wählen Sie das Ziel, zu dem das Schlüsselergebnis gehört.</source>
        <translation>Choose the goal the key result belongs to.</translation>
    </message>
    <message>
        <source>Wählen Sie die Maßnahme, in die die Notiz übernommen wird.</source>
        <translation>Choose the measure the note is taken over into.</translation>
    </message>
    <message>
        <source>{value}
(aus dem Workshop „{title}“)</source>
        <translation>{value}
(from the workshop “{title}”)</translation>
    </message>
    <message>
        <source>Aus dem Workshop {name}</source>
        <translation>From the workshop {name}</translation>
    </message>
    <message>
        <source>(gelöschter Workshop)</source>
        <translation>(deleted workshop)</translation>
    </message>
    <message>
        <source>„{description}“ wurde nicht gespeichert: {value}. Der gespeicherte Stand ist unverändert.</source>
        <extracomment>Who made the change (a view, in the window): it shows the change already and is not told of it again. None: nobody in particular (undo, a sync, the command line).</extracomment>
        <translation>“{description}” was not saved: {value}. The saved state is unchanged.</translation>
    </message>
    <message>
        <source>die Arbeitsmappe ist gerade von einem anderen Programm gesperrt</source>
        <translation>the workspace is locked by another program right now</translation>
    </message>
    <message>
        <source>die Arbeitsmappe ist schreibgeschützt</source>
        <translation>the workspace is read-only</translation>
    </message>
    <message>
        <source>die Datei ist beschädigt (bitte „workbench check“ ausführen)</source>
        <translation>the file is damaged (please run “workbench check”)</translation>
    </message>
    <message>
        <source>die Datei ließ sich nicht schreiben ({text})</source>
        <translation>the file could not be written ({text})</translation>
    </message>
    <message>
        <source>{value} Fehler; es wird nichts übernommen. Erster Fehler: {value2}</source>
        <translation>{value} error(s); nothing is taken over. First error: {value2}</translation>
    </message>
    <message>
        <source>{url} (Benutzer {user})</source>
        <translation>{url} (user {user})</translation>
    </message>
    <message>
        <source>„{url}“ ist keine Serveradresse (erwartet: https://…/remote.php/dav/files/BENUTZER/ORDNER).</source>
        <translation>“{url}” is no server address (expected: https://…/remote.php/dav/files/USER/FOLDER).</translation>
    </message>
    <message>
        <source>Die Adresse enthält ein Passwort („benutzer:passwort@“). Werkbank speichert und zeigt Adressen; bitte die Adresse ohne Passwort angeben und das Passwort in sein eigenes Feld (Kommandozeile: WERKBANK_PASSWORD oder die Abfrage).</source>
        <translation>The address holds a password (“user:password@”). Werkbank stores and shows addresses; please give the address without the password and the password in its own field (command line: WERKBANK_PASSWORD or the prompt).</translation>
    </message>
    <message>
        <source>„{url}“ ist unverschlüsselt (http): Passwort und Daten gingen im Klartext durchs Netz. Bitte die https-Adresse verwenden; nur in einem geschützten Netz ausdrücklich erlauben (Fenster: „Unverschlüsselte Verbindung erlauben“, Kommandozeile: --allow-http).</source>
        <translation>“{url}” is unencrypted (http): password and data would travel the network in clear. Please use the https address; allow it explicitly only in a protected network (window: “Allow unencrypted connection”, command line: --allow-http).</translation>
    </message>
    <message>
        <source>Für {server} ist kein Passwort gespeichert. Bitte unter Synchronisation → „Server wählen …“ das (App-)Passwort eingeben (Kommandozeile: WERKBANK_PASSWORD oder die Eingabe beim Abgleich).</source>
        <translation>No password is stored for {server}. Please enter the (app) password under Synchronisation → “Choose a server …” (command line: WERKBANK_PASSWORD or the prompt when syncing).</translation>
    </message>
    <message>
        <source>Die Zertifikatsdatei „{path}“ ist nicht verwendbar: {value}.</source>
        <translation>The certificate file “{path}” cannot be used: {value}.</translation>
    </message>
    <message>
        <source>„{path}“ ist kein Ordner.</source>
        <translation>“{path}” is not a folder.</translation>
    </message>
    <message>
        <source>Der Ordner „{path}“ ließ sich nicht anlegen: {value}.</source>
        <translation>The folder “{path}” could not be created: {value}.</translation>
    </message>
    <message>
        <source>Verbunden; den Ordner gibt es auf dem Server noch nicht – er wird beim Teilen angelegt.</source>
        <translation>Connected; the folder does not exist on the server yet – it is created when sharing.</translation>
    </message>
    <message>
        <source>Verbunden; im Ordner ist noch keine Arbeitsmappe geteilt.</source>
        <translation>Connected; no workspace is shared in the folder yet.</translation>
    </message>
    <message>
        <source>Verbunden; geteilt: {names}.</source>
        <translation>Connected; shared: {names}.</translation>
    </message>
    <message>
        <source>Im Ordner „{path}“ liegen {n_shared} gemeinsame Arbeitsmappen; zum Beitreten muss es genau eine sein.</source>
        <translation>The folder “{path}” holds {n_shared} shared workspaces; to join there must be exactly one.</translation>
    </message>
    <message>
        <source>Beitreten geht nur mit einer leeren Arbeitsmappe; diese enthält schon eigene Daten.</source>
        <translation>Joining only works with an empty workspace; this one already contains data of its own.</translation>
    </message>
    <message>
        <source>Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; bitte das Kennwort angeben.</source>
        <translation>This shared workspace is protected with a password; please give the password.</translation>
    </message>
    <message>
        <source>Ein Kennwort wurde angegeben, aber die Arbeitsmappe in diesem Ordner ist nicht geschützt. Werkbank tritt ihr so nicht bei: bitte bei der Person nachfragen, die sie geteilt hat (der Schutz könnte entfernt worden sein).</source>
        <translation>A password was given, but the workspace in this folder is not protected. Werkbank does not join it like this: please ask the person who shared it (the protection might have been removed).</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe ist in diesem Ordner ohne Kennwort geteilt</source>
        <translation>The workspace is shared in this folder without a password</translation>
    </message>
    <message>
        <source>; Werkbank kannte sie als geschützt – der Schutz wurde im Ordner entfernt. Nichts wurde übernommen.</source>
        <translation>; Werkbank knew it as protected – the protection was removed in the folder. Nothing was taken over.</translation>
    </message>
    <message>
        <source>. Ein Kennwort lässt sich nicht nachträglich beim erneuten Teilen setzen.</source>
        <translation>. A password cannot be set afterwards when sharing again.</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe ließ sich im Ordner „{path}“ nicht teilen: {value}.</source>
        <translation>The workspace could not be shared in the folder “{path}”: {value}.</translation>
    </message>
    <message>
        <source>Das Kennwort braucht mindestens {n} Zeichen: es schützt alle Dateien im gemeinsamen Ordner vor jedem, der den Ordner lesen kann (ein kurzes ist in Minuten erraten).</source>
        <extracomment>A passphrase protects every file of the share from whoever can read the folder.</extracomment>
        <translation>The passphrase needs at least {n} characters: it protects every file in the shared folder from anyone who can read the folder (a short one is guessed in minutes).</translation>
    </message>
    <message>
        <source>Diese Arbeitsmappe ist ohne Kennwort geteilt; ein Kennwort lässt sich nur beim Teilen in einem neuen Ordner setzen.</source>
        <translation>This workspace is shared without a password; a password can only be set when sharing in a new folder.</translation>
    </message>
    <message>
        <source>Das Kennwort ließ sich nicht ändern: {exc}</source>
        <translation>The password could not be changed: {exc}</translation>
    </message>
    <message>
        <source>Kennwort geändert, aber der Schnappschuss für neue Rechner ließ sich nicht schreiben: {exc}</source>
        <translation>Password changed, but the snapshot for new computers could not be written: {exc}</translation>
    </message>
    <message>
        <source>Für diese Arbeitsmappe ist kein gemeinsamer Ordner gewählt.</source>
        <translation>No shared folder is chosen for this workspace.</translation>
    </message>
    <message>
        <source>Kennung neu vergeben</source>
        <translation>Give a new code</translation>
    </message>
    <message>
        <source>Die Kennung der Maßnahme „{title}“ war auch anderswo vergeben; sie heißt jetzt {code}.</source>
        <translation>The code of the measure “{title}” was also given elsewhere; it is now called {code}.</translation>
    </message>
    <message>
        <source>Der Schnappschuss konnte nicht geschrieben werden: {exc}</source>
        <translation>The snapshot could not be written: {exc}</translation>
    </message>
    <message>
        <source>Server {url} (Benutzer {user})</source>
        <extracomment>Entries (a measure, a receipt …) with changes not yet written to the folder: what a user counts, where pending_ops counts single field values.</extracomment>
        <translation>Server {url} (user {user})</translation>
    </message>
    <message>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Rechner {value}, Datei {seq}: würde {measures} Maßnahmen löschen</source>
        <translation>Computer {value}, file {seq}: would delete {measures} measures</translation>
    </message>
    <message>
        <source>auf Kurs</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>gefährdet</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>nicht auf Kurs</source>
        <translation>off track</translation>
    </message>
    <message>
        <source>ohne Ziel</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>Messung fällig</source>
        <translation>measurement due</translation>
    </message>
    <message>
        <source>kein Trend (weniger als zwei Werte)</source>
        <translation>no trend (fewer than two values)</translation>
    </message>
    <message>
        <source>{arrow} {value} je Jahr</source>
        <translation>{arrow} {value} per year</translation>
    </message>
    <message>
        <source>(zum Ziel hin)</source>
        <translation>(towards the target)</translation>
    </message>
    <message>
        <source>(vom Ziel weg)</source>
        <translation>(away from the target)</translation>
    </message>
    <message>
        <source>{code} {name}: {values}</source>
        <translation>{code} {name}: {values}</translation>
    </message>
    <message>
        <source>zuletzt {value} am {day}</source>
        <translation>latest {value} on {day}</translation>
    </message>
    <message>
        <source>Ausgangswert {baseline}, Zielwert {target}</source>
        <translation>baseline {baseline}, target {target}</translation>
    </message>
    <message>
        <source>noch {value} bis zum Ziel</source>
        <translation>{value} still to go to the target</translation>
    </message>
    <message>
        <source>Ziel erreicht</source>
        <translation>target reached</translation>
    </message>
    <message>
        <source>Trend {trend}</source>
        <translation>trend {trend}</translation>
    </message>
    <message>
        <source>{name}: {total} – {list}</source>
        <translation>{name}: {total} – {list}</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{total} der Maßnahmen: {list}. Die Balken zeigen je Handlungsfeld und je Erfolgsfaktor, wie viele auf Kurs, gefährdet oder nicht auf Kurs sind, wie viele kein Ziel haben und bei wie vielen eine Messung fällig ist (kein Wert im Messintervall).</source>
        <translation>{total} of the measures: {list}. The bars show per field of action and per success factor how many are on track, at risk or off track, how many have no target and how many are due for a measurement (no value within the measuring interval).</translation>
    </message>
    <message>
        <source>ohne Handlungsfeld</source>
        <translation>without field of action</translation>
    </message>
    <message>
        <source>ohne Erfolgsfaktor</source>
        <translation>without success factor</translation>
    </message>
    <message>
        <source>Keine zurückgehaltene Datei „{which}“ (zurückgehalten: {listed}).</source>
        <translation>No held-back file “{which}” (held back: {listed}).</translation>
    </message>
    <message>
        <source>Einen Rechner „{replica_prefix}“ gibt es hier nicht eindeutig (bekannte andere Rechner: {known}).</source>
        <translation>There is no unique computer “{replica_prefix}” here (other known computers: {known}).</translation>
    </message>
    <message>
        <source>Der Text enthält ein Steuerzeichen (z. B. aus einer kopierten Tabelle), das kein Dokument aufnehmen kann; bitte entfernen.</source>
        <extracomment>Text columns that must not be empty, per table.</extracomment>
        <translation>The text contains a control character (e.g. from a copied table) that no document can take; please remove it.</translation>
    </message>
    <message>
        <source>Der Betrag liegt über dem höchsten Betrag ({value}).</source>
        <translation>The amount lies above the highest amount ({value}).</translation>
    </message>
    <message>
        <source>{value}{unit} liegt über {high}{unit}.</source>
        <translation>{value}{unit} lies above {high}{unit}.</translation>
    </message>
    <message>
        <source>{value}{unit} liegt unter {low}{unit}.</source>
        <translation>{value}{unit} lies below {low}{unit}.</translation>
    </message>
    <message>
        <source>Das Ende ({value}) liegt vor dem Beginn ({value2}).</source>
        <translation>The end ({value}) lies before the start ({value2}).</translation>
    </message>
    <message>
        <source>Das Budget darf nicht negativ sein.</source>
        <translation>The budget must not be negative.</translation>
    </message>
    <message>
        <source>Die Ist-Kosten dürfen nicht negativ sein.</source>
        <translation>The actual costs must not be negative.</translation>
    </message>
    <message>
        <source>Ein Messwert braucht ein Messdatum.</source>
        <translation>A measured value needs a date of measurement.</translation>
    </message>
    <message>
        <source>Ein Messwert braucht einen Wert.</source>
        <translation>A measured value needs a value.</translation>
    </message>
    <message>
        <source>Ein Logbucheintrag braucht ein Datum.</source>
        <translation>A log entry needs a date.</translation>
    </message>
    <message>
        <source>Eine Maßnahme kann nicht von sich selbst abhängen.</source>
        <translation>A measure cannot depend on itself.</translation>
    </message>
    <message>
        <source>Die Umsatzsteuer liegt zwischen 0 und dem Bruttobetrag.</source>
        <translation>The VAT lies between 0 and the gross amount.</translation>
    </message>
    <message>
        <source>Der zuwendungsfähige Teil liegt zwischen 0 und dem Betrag.</source>
        <translation>The eligible part lies between 0 and the amount.</translation>
    </message>
    <message>
        <source>Der Stellenanteil liegt über 0 und höchstens bei 100 %.</source>
        <translation>The share of full time lies above 0 and at most at 100 %.</translation>
    </message>
    <message>
        <source>„{text}“ ist weder ja noch nein.</source>
        <translation>“{text}” is neither yes nor no.</translation>
    </message>
    <message>
        <source>Die Maßnahme „{value}“ gibt es nicht.</source>
        <translation>The measure “{value}” does not exist.</translation>
    </message>
    <message>
        <source>Teilnehmer:in {i}</source>
        <translation>Participant {i}</translation>
    </message>
    <message>
        <source>nichts lesbar: in der Datei ließ sich keine Zeile lesen.</source>
        <extracomment>Where a table&apos;s own pages are damaged (its last row unknown), this many windows of BATCH rows are tried one by one before giving up (not a thousand: a file with nothing readable ends in seconds, not in an hour).</extracomment>
        <translation>nothing readable: not one row of the file could be read.</translation>
    </message>
    <message>
        <source>{copied} Zeilen gerettet</source>
        <translation>{copied} rows rescued</translation>
    </message>
    <message>
        <source>; nicht lesbar: {lost} Zeilen in {where}</source>
        <translation>; not readable: {lost} rows in {where}</translation>
    </message>
    <message>
        <source>; {n} Werte vom falschen Typ geleert</source>
        <translation>; {n} values of a wrong type emptied</translation>
    </message>
    <message>
        <source>; {orphans} Zeilen ohne ihr übergeordnetes Element weggelassen</source>
        <translation>; {orphans} rows without their parent left out</translation>
    </message>
    <message>
        <source>{value} (gerettet)</source>
        <translation>{value} (rescued)</translation>
    </message>
    <message>
        <source>In „{name}“ ließ sich nichts lesen (keine einzige Zeile); es wurde keine neue Arbeitsmappe angelegt.</source>
        <translation>Nothing in “{name}” could be read (not a single row); no new workspace was created.</translation>
    </message>
    <message>
        <source>„{path}“ lässt sich nicht lesen: {exc}.</source>
        <extracomment>Marks a SQLite file as a Werkbank workspace (``PRAGMA application_id``), &quot;WBNK&quot;. The file ending users see in file dialogs. The newest schema, empty, made once per process by the migrations in memory: a new workspace file starts as a copy of it (15 migrations with their table rebuilds took a quarter of a second for every new file). Guarded: windows and syncs run in threads.</extracomment>
        <translation>“{path}” cannot be read: {exc}.</translation>
    </message>
    <message>
        <source>Der Datenträger von „{name}“ ist voll; Werkbank öffnet die Arbeitsmappe wieder, sobald dort Platz frei ist. Die Datei ist unverändert.</source>
        <translation>The disk of “{name}” is full; Werkbank opens the workspace again as soon as there is free space. The file is unchanged.</translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt oder keine Werkbank-Arbeitsmappe ({exc}).</source>
        <translation>“{name}” is damaged or not a Werkbank workspace ({exc}).</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe „{path}“ gibt es nicht.</source>
        <translation>The workspace “{path}” does not exist.</translation>
    </message>
    <message>
        <source>„{path}“ ist ein Ordner, keine Arbeitsmappe.</source>
        <translation>“{path}” is a folder, not a workspace.</translation>
    </message>
    <message>
        <source>„{path}“ lässt sich nicht lesen: {strerror}.</source>
        <translation>“{path}” cannot be read: {strerror}.</translation>
    </message>
    <message>
        <source>„{name}“ ist keine Werkbank-Arbeitsmappe (die Datei ist keine SQLite-Datenbank).</source>
        <translation>“{name}” is not a Werkbank workspace (the file is not an SQLite database).</translation>
    </message>
    <message>
        <source>„{name}“ ist eine SQLite-Datenbank, aber keine Werkbank-Arbeitsmappe.</source>
        <translation>“{name}” is an SQLite database, but not a Werkbank workspace.</translation>
    </message>
    <message>
        <source>„{name}“ wurde mit einer neueren Werkbank-Version angelegt (Schema {revision}). Bitte installieren Sie die aktuelle Werkbank-Version; die Datei wurde nicht verändert.</source>
        <translation>“{name}” was created with a newer Werkbank version (schema {revision}). Please install the current Werkbank version; the file was not changed.</translation>
    </message>
    <message>
        <source>„{name}“ ist schreibgeschützt (oder ihr Ordner). Werkbank braucht Schreibrechte für die Datei und ihren Ordner; die Datei wurde nicht verändert.</source>
        <translation>“{name}” is read-only (or its folder). Werkbank needs write permission for the file and its folder; the file was not changed.</translation>
    </message>
    <message>
        <source>Die Kopie „{target}“ konnte nicht geschrieben werden: den Ordner „{parent}“ gibt es nicht.</source>
        <translation>The copy “{target}” could not be written: the folder “{parent}” does not exist.</translation>
    </message>
    <message>
        <source>Die Kopie „{target}“ konnte nicht geschrieben werden: {reason}.</source>
        <translation>The copy “{target}” could not be written: {reason}.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht auf das neue Format gebracht werden ({exc}). Die Datei ist unverändert.</source>
        <extracomment>Schema objects someone had added to the file, removed on opening (named).</extracomment>
        <translation>“{name}” could not be brought to the new format ({exc}). The file is unchanged.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht auf das neue Format gebracht werden ({exc}). Eine Sicherung liegt unter „{backup_path}“.</source>
        <translation>“{name}” could not be brought to the new format ({exc}). A backup is at “{backup_path}”.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Sicht</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>„{path}“ gibt es schon; Werkbank überschreibt keine Datei.</source>
        <translation>“{path}” already exists; Werkbank does not overwrite a file.</translation>
    </message>
    <message>
        <source>Im Ordner „{parent}“ darf Werkbank nicht schreiben.</source>
        <translation>Werkbank may not write in the folder “{parent}”.</translation>
    </message>
    <message>
        <source>„{path}“ konnte nicht angelegt werden: {exc}.</source>
        <translation>“{path}” could not be created: {exc}.</translation>
    </message>
    <message>
        <source>Die Kopie kann nicht die geöffnete Arbeitsmappe selbst ersetzen.</source>
        <translation>The copy cannot replace the open workspace itself.</translation>
    </message>
    <message>
        <source>ist kein Text</source>
        <translation>is not text</translation>
    </message>
    <message>
        <source>enthält Steuerzeichen</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <source>ist länger als {limit} Zeichen</source>
        <translation>is longer than {limit} characters</translation>
    </message>
    <message>
        <source>ist keine ganze Zahl</source>
        <translation>is not a whole number</translation>
    </message>
    <message>
        <source>liegt außerhalb des Zahlenbereichs</source>
        <translation>lies outside the range of numbers</translation>
    </message>
    <message>
        <source>ist keine Zahl</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>ist kein Ja/Nein-Wert</source>
        <translation>is not a yes/no value</translation>
    </message>
    <message>
        <source>ist kein Datum</source>
        <translation>is not a date</translation>
    </message>
    <message>
        <source>liegt außerhalb des zulässigen Datumsbereichs</source>
        <translation>lies outside the permitted range of dates</translation>
    </message>
    <message>
        <source>ist kein Zeitpunkt</source>
        <translation>is not a point in time</translation>
    </message>
    <message>
        <source>ist keine der erlaubten Möglichkeiten</source>
        <translation>is none of the permitted choices</translation>
    </message>
    <message>
        <source>liegt über dem höchsten Betrag</source>
        <translation>lies above the highest amount</translation>
    </message>
    <message>
        <source>hat eine falsche Art</source>
        <translation>has a wrong kind</translation>
    </message>
    <message>
        <source>fehlt (Pflichtfeld)</source>
        <translation>is missing (required field)</translation>
    </message>
    <message>
        <source>ist kein lesbarer Wert</source>
        <translation>is not a readable value</translation>
    </message>
    <message>
        <source>gehört zu keinem bekannten Feld</source>
        <translation>belongs to no known field</translation>
    </message>
    <message>
        <source>kein gültiger Zeitstempel: {text!r}</source>
        <extracomment>What Stamp.text() writes: fixed width, so text order is time order. An operation stamped more than this far ahead of the reader&apos;s clock is held back. ... unless its writer&apos;s clock is right again and the stamps lie at most this far ahead (a date set a few days wrong once): then it is taken at once (SYNC.md rule 9). A laptop whose clock differs from the share&apos;s by more than this is wrong (not a time zone set wrong on a FAT stick – those are whole hours up to 14 – nor a slow drift): it says so, and stamps by the share&apos;s time until its clock is right again.</extracomment>
        <translation>not a valid timestamp: {text!r}</translation>
    </message>
    <message>
        <source>Der gemeinsame Ordner „{root}“ {what}. Werkbank arbeitet weiter und gleicht ab, sobald er wieder da ist; nichts geht verloren.</source>
        <translation>The shared folder “{root}” {what}. Werkbank carries on and syncs as soon as it is back; nothing is lost.</translation>
    </message>
    <message>
        <source>ist nicht erreichbar (nicht verbunden oder keine Ordner)</source>
        <extracomment>The largest workspace.json read. The shared workspace.json as last read, with the version it had (a server&apos;s ETag).</extracomment>
        <translation>cannot be reached (not connected or not a folder)</translation>
    </message>
    <message>
        <source>„{info}“ ist keine gewöhnliche Datei.</source>
        <translation>“{info}” is not a regular file.</translation>
    </message>
    <message>
        <source>enthält diese geteilte Arbeitsmappe nicht mehr (ist das richtige Laufwerk verbunden?)</source>
        <translation>no longer contains this shared workspace (is the right drive connected?)</translation>
    </message>
    <message>
        <source>enthält diese geteilte Arbeitsmappe gerade nicht</source>
        <translation>does not hold this shared workspace right now</translation>
    </message>
    <message>
        <source>kein gültiges JSON (Zeile {line}, Spalte {column})</source>
        <translation>not valid JSON (line {line}, column {column})</translation>
    </message>
    <message>
        <source>keine UTF-8-Textdatei</source>
        <translation>not a UTF-8 text file</translation>
    </message>
    <message>
        <source>„{info}“ ist nicht lesbar: {exc}.</source>
        <translation>“{info}” is not readable: {exc}.</translation>
    </message>
    <message>
        <source>Der gemeinsame Ordner „{base}“ wurde mit einer neueren Werkbank-Version angelegt; bitte Werkbank aktualisieren.</source>
        <translation>The shared folder “{base}” was created with a newer Werkbank version; please update Werkbank.</translation>
    </message>
    <message>
        <source>Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; bitte beim Beitreten das Kennwort angeben.</source>
        <translation>This shared workspace is protected with a password; please give the password when joining.</translation>
    </message>
    <message>
        <source>Das Kennwort der geteilten Arbeitsmappe wurde auf einem anderen Rechner geändert. Bitte das neue Kennwort eingeben (Synchronisation → „Ordner wählen und teilen …“ mit demselben Ordner). Bis dahin warten die eigenen Änderungen hier; nichts geht verloren.</source>
        <translation>The password of the shared workspace was changed on another computer. Please enter the new password (Synchronisation → “Choose folder and share …” with the same folder). Until then your own changes wait here; nothing is lost.</translation>
    </message>
    <message>
        <source>Die Schutzangaben in „{info}“ wurden verändert oder entfernt. Werkbank übernimmt und schreibt nichts, bis das geklärt ist (z. B. die workspace.json aus einer Sicherung zurückholen).</source>
        <translation>The protection details in “{info}” were changed or removed. Werkbank takes over and writes nothing until this is cleared up (e.g. restore workspace.json from a backup).</translation>
    </message>
    <message>
        <source>„{folder}“ ist eine Verknüpfung; Werkbank schreibt nicht durch Verknüpfungen im gemeinsamen Ordner. Bitte die Verknüpfung entfernen.</source>
        <extracomment>A notice shows at most this much; a name in it at most 100 characters at a stretch. Keys of earlier passphrases: files written before a change are still read.</extracomment>
        <translation>“{folder}” is a link; Werkbank does not write through links in the shared folder. Please remove the link.</translation>
    </message>
    <message>
        <source>Fremde Datei im gemeinsamen Ordner ignoriert: {name}</source>
        <extracomment>A change file deleting more measures than this waits for a person&apos;s confirmation. The change files refused for good (&quot;replica/name&quot; → the version they were refused at): not fetched or unpacked again until they change (a bomb costs once, not every 3 s).</extracomment>
        <translation>Foreign file in the shared folder ignored: {name}</translation>
    </message>
    <message>
        <source>Verknüpfung im gemeinsamen Ordner ignoriert: changes/{name}</source>
        <translation>Link in the shared folder ignored: changes/{name}</translation>
    </message>
    <message>
        <source>Fremder Eintrag ignoriert: changes/{name}</source>
        <translation>Foreign entry ignored: changes/{name}</translation>
    </message>
    <message>
        <source>Verknüpfung ignoriert: changes/{name}/{name2}</source>
        <translation>Link ignored: changes/{name}/{name2}</translation>
    </message>
    <message>
        <source>Fremde Datei ignoriert: changes/{name}/{name2}</source>
        <translation>Foreign file ignored: changes/{name}/{name2}</translation>
    </message>
    <message>
        <source>eine identische Kopie</source>
        <translation>an identical copy</translation>
    </message>
    <message>
        <source>eine ABWEICHENDE Kopie – bitte prüfen, welches Programm sie angelegt hat</source>
        <translation>a DIFFERING copy – please check which program created it</translation>
    </message>
    <message>
        <source>{name} ist {what} von {value} (ignoriert).</source>
        <translation>{name} is {what} of {value} (ignored).</translation>
    </message>
    <message>
        <source>Änderungsdatei „{name}“ gehört nicht an diese Stelle (Absender oder Nummer passt nicht).</source>
        <translation>Change file “{name}” does not belong in this place (sender or number does not fit).</translation>
    </message>
    <message>
        <source>Änderungsdatei „{name}“ stammt aus einer anderen Arbeitsmappe.</source>
        <translation>Change file “{name}” comes from another workspace.</translation>
    </message>
    <message>
        <source>Die Änderungen von Rechner {value} vor {first} sind im gemeinsamen Ordner schon aufgeräumt, aber auf diesem Rechner nicht angekommen. Bitte die Arbeitsmappe als neue, leere Arbeitsmappe erneut beitreten.</source>
        <translation>The changes of computer {value} before {first} are already tidied up in the shared folder but have not arrived on this computer. Please join the workspace again as a new, empty workspace.</translation>
    </message>
    <message>
        <source>Änderungsdatei {value} von Rechner {value2} würde {n_gone} Maßnahmen löschen. Sie wird erst übernommen, wenn das jemand bestätigt (Synchronisation → „Zurückgehaltene Löschungen übernehmen …“ oder „workbench sync PFAD --accept-deletions {value2}/{seq}“).</source>
        <translation>Change file {value} of computer {value2} would delete {n_gone} measures. It is only taken over when someone confirms it (Synchronisation → “Accept held-back deletions …” or “workbench sync PATH --accept-deletions {value2}/{seq}”).</translation>
    </message>
    <message>
        <source>von diesem Rechner wartet nichts.</source>
        <translation>nothing waits from this computer.</translation>
    </message>
    <message>
        <source>1 eigene Änderung wartet hier und wird gesendet, sobald der Ordner wieder beschreibbar ist.</source>
        <translation>1 change of your own waits here and is sent as soon as the folder is writable again.</translation>
    </message>
    <message>
        <source>{n} eigene Änderungen warten hier und werden gesendet, sobald der Ordner wieder beschreibbar ist.</source>
        <translation>{n} changes of your own wait here and are sent as soon as the folder is writable again.</translation>
    </message>
    <message>
        <source>Änderungsdatei {value} von Rechner {value2} ist auf {value3} gestempelt, mehr als einen Tag in der Zukunft der Uhr dieses Rechners ({value4}): zurückgehalten bis {value5}, spätere Dateien von Rechner {value2} warten dahinter. Die Uhr von Rechner {value2} ging vermutlich vor; geht die Uhr dieses Rechners nach, bitte sie stellen.</source>
        <translation>Change file {value} from computer {value2} is stamped {value3}, more than a day ahead of this computer’s clock ({value4}): held back until {value5}; later files of computer {value2} wait behind it. Computer {value2}’s clock was probably fast; if this computer’s clock is slow, please set it.</translation>
    </message>
    <message>
        <source> (und {more} weitere)</source>
        <translation> (and {more} more)</translation>
    </message>
    <message>
        <source>Rechner {value} stempelte Änderungen bis {value2}, weil seine Uhr zeitweise vorging; sie geht wieder richtig, daher sind seine Änderungen übernommen. Was dort in dieser Zeit geändert wurde, gilt bis {value2} vor gleichzeitigen Änderungen anderer Rechner.</source>
        <translation>Computer {value} stamped changes up to {value2} because its clock was ahead for a while; it is right again, so its changes have been applied. What was changed there during that time takes precedence over simultaneous changes on other computers until {value2}.</translation>
    </message>
    <message>
        <source>Der gemeinsame Ordner „{root}“ ist schreibgeschützt ({value}). Die Änderungen der anderen werden übernommen; {mine}</source>
        <translation>The shared folder “{root}” is read-only ({value}). The changes of the others are taken over; {mine}</translation>
    </message>
    <message>
        <source>Der gemeinsame Ordner ließ sich nicht aufräumen ({value}); nächster Versuch morgen.</source>
        <translation>The shared folder could not be tidied up ({value}); next attempt tomorrow.</translation>
    </message>
    <message>
        <source>Der gemeinsame Ordner „{root}“ ist nicht erreichbar ({value}). Werkbank arbeitet weiter und gleicht später ab; nichts geht verloren.</source>
        <extracomment>What a read-only share (or one this user may not write) answers to a write.</extracomment>
        <translation>The shared folder “{root}” cannot be reached ({value}). Werkbank carries on and syncs later; nothing is lost.</translation>
    </message>
    <message>
        <source>Änderungsdatei {value} von Rechner {value2}: {value3} nicht übernommen, z. B. {value4}, Feld „{value5}“: der Wert {why}{value6}. Die übrigen Änderungen wurden übernommen; bitte den Absender prüfen.</source>
        <translation>Change file {value} of computer {value2}: {value3} not taken over, e.g. {value4}, field “{value5}”: the value {why}{value6}. The other changes were taken over; please check the sender.</translation>
    </message>
    <message>
        <source>„{name}“ ist unvollständig oder beschädigt (nicht entpackbar)</source>
        <extracomment>Format 2 adds the operations &quot;resolve&quot; (a conflict was decided) and &quot;retire&quot; (a laptop was removed); files are compressed. Format 1 files (uncompressed) are still read. What a compressed file may unpack to at the most (a compression bomb stops there), and how many times its packed size (with a floor for small files). Marks a compressed file (zlib); what follows is the compressed body. Copies that sync clients make of a file: &quot;00000012 (1).wbc&quot;, &quot;...conflicted copy...&quot;, &quot;.sync-conflict-...&quot; – recognised by starting with a change file&apos;s number. The writer&apos;s clock when it wrote the file (ms, corrected by the share&apos;s time where the laptop knows it is wrong): tells the others whether that clock is right now, whatever stamps the file carries (SYNC.md rule 9). None in files of older versions. A snapshot says at its start how many bytes it unpacks to (its checksum&apos;s line, then ``{&quot;!bytes&quot;:&quot;000000123456&quot;,`` – sorted first, fixed width, ignored by older readers).</extracomment>
        <translation>“{name}” is incomplete or damaged (cannot be unpacked)</translation>
    </message>
    <message>
        <source>„{name}“ entpackt zu mehr als {value} MB</source>
        <translation>“{name}” unpacks to more than {value} MB</translation>
    </message>
    <message>
        <source>„{name}“ ist unvollständig oder beschädigt</source>
        <translation>“{name}” is incomplete or damaged</translation>
    </message>
    <message>
        <source>Datei gibt es schon</source>
        <extracomment>What a file system without hard links answers to os.link.</extracomment>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>ist eine Verknüpfung und wird nicht gelesen</source>
        <extracomment>What a file read piece by piece is read in (a snapshot: never held whole).</extracomment>
        <translation>is a link and is not read</translation>
    </message>
    <message>
        <source>ist keine gewöhnliche Datei und wird nicht gelesen</source>
        <translation>is not a regular file and is not read</translation>
    </message>
    <message>
        <source>ist zu groß ({value} MB, höchstens {value2} MB)</source>
        <translation>is too large ({value} MB, at most {value2} MB)</translation>
    </message>
    <message>
        <source>ist zu groß</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>„{name}“ gibt an, zu {value} MB zu entpacken – mehr als die erlaubten {value2} MB</source>
        <translation>“{name}” states that it unpacks to {value} MB – more than the {value2} MB allowed</translation>
    </message>
    <message>
        <source>„{name}“ entpackt zu mehr, als es angibt ({value} Bytes)</source>
        <translation>“{name}” unpacks to more than it states ({value} bytes)</translation>
    </message>
    <message>
        <source>Änderungsdatei „{name}“: {what}.</source>
        <translation>Change file “{name}”: {what}.</translation>
    </message>
    <message>
        <source>zu groß</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>Änderungsdatei „{name}“ ist unvollständig oder beschädigt (kein lesbares JSON).</source>
        <translation>Change file “{name}” is incomplete or damaged (no readable JSON).</translation>
    </message>
    <message>
        <source>falscher Aufbau</source>
        <translation>wrong structure</translation>
    </message>
    <message>
        <source>Prüfsumme fehlt</source>
        <translation>checksum missing</translation>
    </message>
    <message>
        <source>Prüfsumme stimmt nicht (Datei verändert oder unvollständig)</source>
        <translation>checksum does not match (file changed or incomplete)</translation>
    </message>
    <message>
        <source>Format {version!r} ist neuer als diese Werkbank-Version</source>
        <translation>format {version!r} is newer than this Werkbank version</translation>
    </message>
    <message>
        <source>Absender fehlt</source>
        <translation>sender missing</translation>
    </message>
    <message>
        <source>Nummer fehlt</source>
        <translation>number missing</translation>
    </message>
    <message>
        <source>Versionsvektor ungültig</source>
        <translation>version vector invalid</translation>
    </message>
    <message>
        <source>Operationen fehlen</source>
        <translation>operations missing</translation>
    </message>
    <message>
        <source>Operation ungültig</source>
        <translation>operation invalid</translation>
    </message>
    <message>
        <source>Schreibzeit ungültig</source>
        <translation>invalid write time</translation>
    </message>
    <message>
        <source>Änderungsdatei „{name}“ {exc}.</source>
        <translation>Change file “{name}” {exc}.</translation>
    </message>
    <message>
        <source>Änderungsdatei „{name}“ ist gerade nicht lesbar ({strerror}); nächster Versuch beim nächsten Abgleich.</source>
        <translation>Change file “{name}” cannot be read right now ({strerror}); next attempt at the next sync.</translation>
    </message>
    <message>
        <source>Änderungsdatei „{name}“ ist verschlüsselt; für diese Arbeitsmappe ist kein Kennwort hinterlegt.</source>
        <translation>Change file “{name}” is encrypted; no password is stored for this workspace.</translation>
    </message>
    <message>
        <source>Änderungsdatei {exc}.</source>
        <translation>Change file {exc}.</translation>
    </message>
    <message>
        <source>Dieser Rechner ({value}) war aus der gemeinsamen Arbeitsmappe entfernt worden.</source>
        <translation>This computer ({value}) had been removed from the shared workspace.</translation>
    </message>
    <message>
        <source>Diese Arbeitsmappe ist eine Kopie (oder eine zurückgeholte Sicherung) einer anderen, die unter derselben Kennung {value} in den gemeinsamen Ordner schreibt.</source>
        <translation>This workspace is a copy (or a restored backup) of another one that writes into the shared folder under the same ID {value}.</translation>
    </message>
    <message>
        <source>{why} Sie schreibt ab jetzt als eigener Rechner {value} und übernimmt die Änderungen der anderen; nichts geht verloren.</source>
        <translation>{why} From now on it writes as a computer of its own, {value}, and takes over the changes of the others; nothing is lost.</translation>
    </message>
    <message>
        <source>lässt sich nicht anlegen ({exc})</source>
        <extracomment>Bookkeeping stamps merge like every field but never make a conflict worth showing. Operations set aside: (operation, why), for the notice naming file and laptop.</extracomment>
        <translation>cannot be created ({exc})</translation>
    </message>
    <message>
        <source>lässt sich nicht eintragen ({exc})</source>
        <translation>cannot be registered ({exc})</translation>
    </message>
    <message>
        <source>Die Schutzangaben in workspace.json sind ungültig ({what}); der Ordner wird nicht verwendet.</source>
        <extracomment>Bounds on the key derivation a folder may ask for: scrypt needs 128·n·r bytes of memory; a forged workspace.json must not make a laptop allocate gigabytes.</extracomment>
        <translation>The protection details in workspace.json are invalid ({what}); the folder is not used.</translation>
    </message>
    <message>
        <source>unbekanntes Verfahren</source>
        <translation>unknown method</translation>
    </message>
    <message>
        <source>n, r und p müssen ganze Zahlen sein</source>
        <translation>n, r and p must be whole numbers</translation>
    </message>
    <message>
        <source>n ist keine Zweierpotenz</source>
        <translation>n is not a power of two</translation>
    </message>
    <message>
        <source>verlangt mehr Speicher oder Rechenzeit als erlaubt</source>
        <translation>demands more memory or computing time than permitted</translation>
    </message>
    <message>
        <source>„{field}“ fehlt oder ist kein gültiges Base64</source>
        <translation>“{field}” is missing or not valid Base64</translation>
    </message>
    <message>
        <source>Das Kennwort passt nicht zu dieser geteilten Arbeitsmappe.</source>
        <translation>The password does not fit this shared workspace.</translation>
    </message>
    <message>
        <source>ist nicht verschlüsselt, obwohl die Arbeitsmappe geschützt ist</source>
        <translation>is not encrypted although the workspace is protected</translation>
    </message>
    <message>
        <source>besteht die Echtheitsprüfung nicht (verändert, beschädigt oder aus einer anderen Arbeitsmappe) und wird nicht übernommen</source>
        <translation>fails the authenticity check (changed, damaged or from another workspace) and is not taken over</translation>
    </message>
    <message>
        <source>Dieser Rechner war so lange nicht dabei, dass ältere Änderungen im Ordner schon aufgeräumt sind; er hat den Stand aus dem Schnappschuss {name} übernommen. Eigene noch nicht gesendete Änderungen bleiben erhalten.</source>
        <extracomment>The largest snapshot read (a 10,000-measure workspace makes about 25 MB compressed), and what it may unpack to.</extracomment>
        <translation>This computer was away so long that older changes in the folder are already tidied up; it has taken over the state from the snapshot {name}. Own changes not yet sent are kept.</translation>
    </message>
    <message>
        <source>Schnappschuss {name} ist nicht verwendbar ({exc}).</source>
        <translation>Snapshot {name} cannot be used ({exc}).</translation>
    </message>
    <message>
        <source>Diese Arbeitsmappe ist noch nicht Teil der geteilten, enthält aber schon eigene Daten (vermutlich eine Kopie, die vor dem Teilen angelegt wurde). Sie wird nicht verändert. Bitte eine neue, leere Arbeitsmappe anlegen und dem Ordner beitreten; eigene Änderungen dieser Kopie lassen sich danach über die Maßnahmenliste (Excel) übernehmen.</source>
        <translation>This workspace is not yet part of the shared one, but already contains data of its own (probably a copy made before sharing). It is not changed. Please create a new, empty workspace and join the folder; own changes of this copy can then be taken over through the measure list (Excel).</translation>
    </message>
    <message>
        <source>Schnappschuss {name} ließ sich nicht übernehmen ({exc}).</source>
        <translation>Snapshot {name} could not be taken over ({exc}).</translation>
    </message>
    <message>
        <source>Im gemeinsamen Ordner liegt noch kein lesbarer Schnappschuss der Arbeitsmappe; der Beitritt wird beim nächsten Abgleich erneut versucht.</source>
        <translation>There is no readable snapshot of the workspace in the shared folder yet; joining is tried again at the next sync.</translation>
    </message>
    <message>
        <source>keine gewöhnliche Datei</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>Prüfsumme passt nicht</source>
        <translation>checksum does not match</translation>
    </message>
    <message>
        <source>gehört zu einer anderen Arbeitsmappe</source>
        <translation>belongs to another workspace</translation>
    </message>
    <message>
        <source>unbekannte Tabelle „{name}“</source>
        <extracomment>The columns of a conflict record that travel in snapshots. The bookkeeping lists of a snapshot: their row length and which entries are stamps.</extracomment>
        <translation>unknown table “{name}”</translation>
    </message>
    <message>
        <source>Tabelle „{name}“ hat einen falschen Aufbau</source>
        <translation>table “{name}” has a wrong structure</translation>
    </message>
    <message>
        <source>Tabelle „{name}“ hat unbekannte Spalten</source>
        <translation>table “{name}” has unknown columns</translation>
    </message>
    <message>
        <source>Tabelle „{name}“: eine Zeile hat die falsche Länge</source>
        <translation>table “{name}”: a row has the wrong length</translation>
    </message>
    <message>
        <source>Tabelle „{name}“: ein Wert {why}</source>
        <translation>table “{name}”: a value {why}</translation>
    </message>
    <message>
        <source>„{key}“ hat einen falschen Aufbau</source>
        <translation>“{key}” has a wrong structure</translation>
    </message>
    <message>
        <source>„{key}“ enthält einen ungültigen Zeitstempel</source>
        <translation>“{key}” contains an invalid timestamp</translation>
    </message>
    <message>
        <source>{what}: unerwarteter Fehler – {error} ({kind}). Einzelheiten stehen im Protokoll (Hilfe → Protokoll öffnen).</source>
        <extracomment>Errors whose message says what went wrong and what to do; anything else is unexpected.</extracomment>
        <translation>{what}: unexpected error – {error} ({kind}). The details are in the log (Help → Open the log).</translation>
    </message>
    <message>
        <source>https://cloud.example.de/remote.php/dav/files/BENUTZER/Werkbank</source>
        <translation>https://cloud.example.de/remote.php/dav/files/USER/Werkbank</translation>
    </message>
    <message>
        <source>Adresse des Ordners auf dem Server</source>
        <translation>Address of the folder on the server</translation>
    </message>
    <message>
        <source>Benutzername</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>App-Passwort</source>
        <translation>App password</translation>
    </message>
    <message>
        <source>Zertifikat der eigenen Zertifizierungsstelle</source>
        <translation>Certificate of your own certificate authority</translation>
    </message>
    <message>
        <source>leer: die Zertifikate des Systems</source>
        <translation>empty: the system&apos;s certificates</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Unverschlüsselte Verbindung (http) erla&amp;uben – nur in einem geschützten Netz</source>
        <translation>Allow an &amp;unencrypted connection (http) – only in a protected network</translation>
    </message>
    <message>
        <source>Durchsuchen … (Zertifikatsdatei wählen)</source>
        <translation>Browse … (choose the certificate file)</translation>
    </message>
    <message>
        <source>Unverschlüsselte Verbindung (http) erlauben – nur in einem geschützten Netz</source>
        <translation>Allow an unencrypted connection (http) – only in a protected network</translation>
    </message>
    <message>
        <source>Ohne https gehen Passwort und Daten im Klartext durchs Netz.</source>
        <translation>Without https, password and data travel the network in clear.</translation>
    </message>
    <message>
        <source>Diese Arbeitsmappe dort t&amp;eilen</source>
        <translation>Sh&amp;are this workspace there</translation>
    </message>
    <message>
        <source>Der dort geteilten Arbeitsmappe &amp;beitreten</source>
        <translation>&amp;Join the workspace shared there</translation>
    </message>
    <message>
        <source>Verbindung &amp;testen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Ergebnis des Verbindungstests</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <source>Nextcloud und openDesk: die Adresse steht unter Dateien → Einstellungen → WebDAV (dahinter den Ordner anhängen); ein App-Passwort erstellen Sie unter Einstellungen → Sicherheit. Das Passwort wird im Schlüsselbund des Systems gespeichert, nicht in der Arbeitsmappe.</source>
        <translation>Nextcloud and openDesk: the address is under Files → Settings → WebDAV (append the folder to it); create an app password under Settings → Security. The password is stored in the system&apos;s credential store, not in the workspace.</translation>
    </message>
    <message>
        <source>&amp;Adresse:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Benutzer&amp;name:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>App-&amp;Passwort:</source>
        <translation>App &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Zertifizierungsstelle (optional):</source>
        <translation>Certificate a&amp;uthority (optional):</translation>
    </message>
    <message>
        <source>Bitte {field} angeben.</source>
        <translation>Please give the {field}.</translation>
    </message>
    <message>
        <source>Verbindung wird getestet …</source>
        <translation>Testing the connection …</translation>
    </message>
    <message>
        <source>Verbindungstest</source>
        <translation>Connection test</translation>
    </message>
    <message>
        <source>Zertifikat der Zertifizierungsstelle wählen</source>
        <translation>Choose the certificate of the certificate authority</translation>
    </message>
    <message>
        <source>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Anmeldung abgelehnt (401): Benutzername oder App-Passwort stimmen nicht – wurde das Passwort geändert? Bitte unter Synchronisation neu eingeben</source>
        <translation>sign-in refused (401): user name or app password do not match – was the password changed? Please enter it again under Synchronisation</translation>
    </message>
    <message>
        <source>keine Berechtigung für diesen Ordner auf dem Server (403)</source>
        <translation>no permission for this folder on the server (403)</translation>
    </message>
    <message>
        <source>die Antwort des Servers ist zu groß (mehr als {value} MB); so groß ist die Auflistung keines Arbeitsbereichs</source>
        <extracomment>The server&apos;s Date of its latest answer, and when (monotonic) it came.</extracomment>
        <translation>the server&apos;s answer is too large (more than {value} MB); no workspace&apos;s listing is that large</translation>
    </message>
    <message>
        <source>nicht vorhanden (404)</source>
        <translation>not there (404)</translation>
    </message>
    <message>
        <source>sie enthält XML-Entitäten, die Werkbank aus Sicherheitsgründen nicht liest</source>
        <translation>it holds XML entities, which Werkbank does not read for safety</translation>
    </message>
    <message>
        <source>der Server listet Ordner ohne Ende (über {value} Ordner oder {value2} Ebenen); so sieht kein geteilter Arbeitsbereich aus</source>
        <translation>the server lists folders without end (over {value} folders or {value2} levels); no shared workspace looks like this</translation>
    </message>
    <message>
        <source>der übergeordnete Ordner fehlt (409)</source>
        <translation>the folder above is missing (409)</translation>
    </message>
    <message>
        <source>die Datei ist dem Server zu groß (413)</source>
        <translation>the file is too large for the server (413)</translation>
    </message>
    <message>
        <source>auf dem Server gesperrt (423)</source>
        <translation>locked on the server (423)</translation>
    </message>
    <message>
        <source>der Speicherplatz auf dem Server ist voll (507 Insufficient Storage)</source>
        <translation>the storage on the server is full (507 Insufficient Storage)</translation>
    </message>
    <message>
        <source>der Server leitet auf eine andere Adresse um ({status}); bitte die Adresse prüfen</source>
        <translation>the server redirects to another address ({status}); please check the address</translation>
    </message>
    <message>
        <source>der Server antwortet mit Fehler {status}</source>
        <translation>the server answers with error {status}</translation>
    </message>
    <message>
        <source>das Zertifikat des Servers ist nicht vertrauenswürdig ({exc}); für eine eigene Zertifizierungsstelle der Verwaltung deren Zertifikatsdatei wählen</source>
        <translation>the server&apos;s certificate is not trusted ({exc}); for the administration&apos;s own certificate authority choose its certificate file</translation>
    </message>
    <message>
        <source>der Server antwortet zu langsam (Zeitüberschreitung: die Frist der Anfrage ist abgelaufen)</source>
        <translation>the server answers too slowly (timeout: the request&apos;s deadline has passed)</translation>
    </message>
    <message>
        <source>der Server antwortet nicht (Zeitüberschreitung)</source>
        <translation>the server does not answer (timeout)</translation>
    </message>
    <message>
        <source>der Server ist nicht erreichbar ({exc})</source>
        <translation>the server cannot be reached ({exc})</translation>
    </message>
    <message>
        <source>die Antwort des Servers ist nicht lesbar ({exc})</source>
        <translation>the server&apos;s answer cannot be read ({exc})</translation>
    </message>
    <message>
        <source>{what} „{key}“ gibt es nicht.</source>
        <translation>{what} “{key}” does not exist.</translation>
    </message>
    <message>
        <source>„{key}“ passt auf mehrere: {names}.</source>
        <translation>“{key}” matches several: {names}.</translation>
    </message>
    <message>
        <source>Eine Zuwendung (ID, Aktenzeichen oder Teil des Titels)</source>
        <translation>A grant (ID, file number or part of the title)</translation>
    </message>
    <message>
        <source>Einen Workshop</source>
        <translation>A workshop</translation>
    </message>
    <message>
        <source>Eine Arbeitsfläche</source>
        <translation>A canvas</translation>
    </message>
    <message>
        <source>außerhalb der Bereiche</source>
        <extracomment>Spent, eligible, recognised and the grant so far, by the settlement&apos;s rules.</extracomment>
        <translation>outside the zones</translation>
    </message>
    <message>
        <source>(unlesbares Datum)</source>
        <translation>(unreadable date)</translation>
    </message>
    <message>
        <source>{n} Tage</source>
        <extracomment>A share&apos;s clock further than this from the laptop&apos;s is not believed (a server that sends nonsense in its Date must not move every laptop&apos;s stamps by years). When the share&apos;s clock was last asked (this laptop&apos;s time, seconds). The own latest stamp when a file last told the others that this clock is right again.</extracomment>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} Stunden</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <source>Die Uhr von „{root}“ sagt {value} – so weit von der Uhr dieses Rechners ({value2}) entfernt, dass Werkbank ihr nicht folgt.</source>
        <translation>The clock of “{root}” says {value} – so far from this computer’s clock ({value2}) that Werkbank does not follow it.</translation>
    </message>
    <message>
        <source>Die Uhr dieses Rechners geht um etwa {value} vor: sie zeigt {value2}, der gemeinsame Ordner {value3}. Bitte Datum und Uhrzeit des Rechners richtig stellen. Bis dahin stempelt Werkbank Änderungen nach der Uhr des Ordners; die anderen Rechner übernehmen sie wie immer.</source>
        <translation>This computer’s clock is about {value} fast: it shows {value2}, the shared folder {value3}. Please set the computer’s date and time. Until then Werkbank stamps changes by the folder’s clock; the other computers take them as always.</translation>
    </message>
    <message>
        <source>Die Uhr dieses Rechners geht um etwa {value} nach: sie zeigt {value2}, der gemeinsame Ordner {value3}. Bitte Datum und Uhrzeit des Rechners richtig stellen. Bis dahin stempelt Werkbank Änderungen nach der Uhr des Ordners.</source>
        <translation>This computer’s clock is about {value} slow: it shows {value2}, the shared folder {value3}. Please set the computer’s date and time. Until then Werkbank stamps changes by the folder’s clock.</translation>
    </message>
    <message>
        <source>Die Uhr dieses Rechners geht wieder richtig.</source>
        <translation>This computer’s clock is right again.</translation>
    </message>
    <message>
        <source>Die Uhr dieses Rechners ging zeitweise um etwa {value} vor (eigene Änderungen tragen Zeitstempel bis {value2}). Die anderen Rechner übernehmen sie, sobald sie eine Datei von hier mit der richtigen Uhrzeit sehen; Werkbank schreibt eine. Bis {value2} gelten Änderungen von hier vor gleichzeitigen Änderungen anderer Rechner.</source>
        <translation>This computer&apos;s clock was about {value} ahead for a while (own changes carry time stamps up to {value2}). The other computers apply them as soon as they see a file from here with the correct time; Werkbank writes one. Until {value2}, changes from here take precedence over simultaneous changes on other computers.</translation>
    </message>
    <message>
        <source>Die Uhr dieses Rechners ging zeitweise um etwa {value} vor (eigene Änderungen tragen Zeitstempel bis {value2}). So weit in der Zukunft halten die anderen Rechner sie bis {value3} zurück; bitte die Koordination fragen, ob dieser Rechner die Arbeitsmappe neu beitreten soll.</source>
        <translation>This computer&apos;s clock was about {value} ahead for a while (own changes carry time stamps up to {value2}). That far in the future, the other computers hold them back until {value3}; please ask the coordination whether this computer should join the workspace anew.</translation>
    </message>
    <message>
        <source>{start} bis {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>ohne vollständigen Zeitraum</source>
        <translation>without a complete period</translation>
    </message>
    <message>
        <source>Meilensteine: {list}</source>
        <translation>Milestones: {list}</translation>
    </message>
    <message>
        <source>Im Planstand ohne vollständigen Zeitraum</source>
        <translation>Without a complete period in the baseline</translation>
    </message>
    <message>
        <source>Planstand {start} bis {end}</source>
        <translation>Baseline {start} to {end}</translation>
    </message>
    <message>
        <source>Beginn {days}</source>
        <translation>Start {days}</translation>
    </message>
    <message>
        <source>Ende {days}</source>
        <translation>End {days}</translation>
    </message>
    <message>
        <source>Gruppieren nach: {value}</source>
        <translation>Group by: {value}</translation>
    </message>
    <message>
        <source>Beginnt am {start}, bevor {code} endet ({end})</source>
        <translation>Starts on {start}, before {code} ends ({end})</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“ ({due}) liegt nach dem Ende der Maßnahme</source>
        <translation>Milestone “{title}” ({due}) lies after the end of the measure</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“ ({due}) liegt vor dem Beginn der Maßnahme</source>
        <translation>Milestone “{title}” ({due}) lies before the start of the measure</translation>
    </message>
    <message>
        <source>{code} hat keinen vollständigen Zeitraum: Beginn und Ende zuerst eintragen.</source>
        <translation>{code} has no complete period: enter its start and end first.</translation>
    </message>
    <message>
        <source>Diesen Meilenstein gibt es nicht (mehr).</source>
        <translation>This milestone does not exist (any more).</translation>
    </message>
    <message>
        <source>{code} Meilenstein „{title}“</source>
        <translation>{code} milestone “{title}”</translation>
    </message>
    <message>
        <source>{what}: {before} → {now}</source>
        <translation>{what}: {before} → {now}</translation>
    </message>
    <message>
        <source>{what}: {before} → {now} ({days})</source>
        <translation>{what}: {before} → {now} ({days})</translation>
    </message>
    <message>
        <source>; Beginn {days}</source>
        <translation>; start {days}</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>day</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>days</translation>
    </message>
    <message>
        <source>keiner</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Einen Planstand „{name}“ gibt es nicht. Gesichert sind: {known}.</source>
        <translation>There is no baseline “{name}”. Saved are: {known}.</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Planstand angeben.</source>
        <translation>Please give the baseline a name.</translation>
    </message>
    <message>
        <source>Der Name ist länger als 200 Zeichen.</source>
        <translation>The name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Einen Planstand „{name}“ gibt es schon; bitte einen anderen Namen wählen.</source>
        <translation>A baseline “{name}” exists already; please choose another name.</translation>
    </message>
    <message>
        <source>Diesen Planstand gibt es nicht (mehr).</source>
        <translation>This baseline does not exist (any more).</translation>
    </message>
    <message>
        <source>Der Zeitplan zeigt {measures} als Balken von Beginn bis Ende, gruppiert nach {grouping}, auf einer Zeitachse vom {first} bis {last} mit einer Linie für heute ({today}); Meilensteine sind Rauten, Abhängigkeiten Pfeile.</source>
        <translation>The roadmap shows {measures} as bars from start to end, grouped by {grouping}, on a time axis from {first} to {last} with a line for today ({today}); milestones are diamonds, dependencies arrows.</translation>
    </message>
    <message>
        <source>Ohne vollständigen Zeitraum und nur in der Tabelle: {n}.</source>
        <translation>Without a complete period and only in the table: {n}.</translation>
    </message>
    <message>
        <source>{n} Termine, die nicht zu Abhängigkeiten oder Meilensteinen passen (⚠, schraffiert).</source>
        <translation>{n} dates that do not fit dependencies or milestones (⚠, hatched).</translation>
    </message>
    <message>
        <source>Maßnahme hat</source>
        <translation>measure has</translation>
    </message>
    <message>
        <source>Maßnahmen haben</source>
        <translation>measures have</translation>
    </message>
    <message>
        <source>Unter jedem Balken steht grau sein Zeitraum im Planstand „{name}“; {n} sich seitdem verschoben.</source>
        <translation>Under each bar, its period in the baseline “{name}” is shown in grey; {n} moved since.</translation>
    </message>
    <message>
        <source>Keine Maßnahme im Zeitplan.</source>
        <translation>No measure in the roadmap.</translation>
    </message>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>gibt es in der Arbeitsmappe nicht (mehr); nicht übernommen.</source>
        <translation>does not exist in the workspace (any more); not taken over.</translation>
    </message>
    <message>
        <source>neuer Meilenstein ohne Datum; nicht übernommen.</source>
        <translation>new milestone without a date; not taken over.</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“</source>
        <translation>Milestone “{title}”</translation>
    </message>
    <message>
        <source>Teilaufgaben einer Maßnahme gibt es in Werkbank nicht; nicht übernommen.</source>
        <translation>Werkbank has no subtasks of a measure; not taken over.</translation>
    </message>
    <message>
        <source>eine neue Maßnahme braucht ein Handlungsfeld: die Aufgabe unter die Sammelaufgabe eines Handlungsfelds stellen; nicht übernommen.</source>
        <translation>a new measure needs a field of action: put the task under the summary task of a field of action; not taken over.</translation>
    </message>
    <message>
        <source>der Titel weicht ab („{title}“ in Werkbank); Titel werden nicht übernommen.</source>
        <translation>the title differs (“{title}” in Werkbank); titles are not taken over.</translation>
    </message>
    <message>
        <source>ist in der Datei kein Meilenstein mehr; nur das Datum wird übernommen.</source>
        <translation>is no longer a milestone in the file; only the date is taken over.</translation>
    </message>
    <message>
        <source>das Ende ({end}) liegt vor dem Beginn ({start}).</source>
        <translation>the end ({end}) is before the start ({start}).</translation>
    </message>
    <message>
        <source>„{task}“: die Verknüpfung mit Aufgabe {uid} ist in Werkbank keine Abhängigkeit (Ende–Anfang zwischen Maßnahmen); nicht übernommen.</source>
        <translation>“{task}”: the link with task {uid} is no dependency in Werkbank (finish-to-start between measures); not taken over.</translation>
    </message>
    <message>
        <source>Der Projektplan hat {value} Fehler; es wird nichts übernommen. Erster Fehler: {value2}</source>
        <translation>The project plan has {value} errors; nothing is taken over. First error: {value2}</translation>
    </message>
    <message>
        <source>{sheet}, Zeile {row}: {exc}</source>
        <translation>{sheet}, row {row}: {exc}</translation>
    </message>
    <message>
        <source>{measures}, {milestones}, {links} geschrieben: {path}</source>
        <translation>{measures}, {milestones}, {links} written: {path}</translation>
    </message>
    <message>
        <source>Verknüpfung</source>
        <translation>link</translation>
    </message>
    <message>
        <source>Verknüpfungen</source>
        <translation>links</translation>
    </message>
    <message>
        <source>Ohne vollständigen Zeitraum, nicht im Plan: {list}</source>
        <translation>Without a complete period, not in the plan: {list}</translation>
    </message>
    <message>
        <source>Datum geändert</source>
        <translation>date changed</translation>
    </message>
    <message>
        <source>„{name}“ ließ sich nicht lesen: {reason}</source>
        <extracomment>MS Project&apos;s field id of Text1, where the Werkbank id of a task is kept. Files of a strategy hold a few thousand tasks; a file far larger is not one of ours.</extracomment>
        <translation>“{name}” could not be read: {reason}</translation>
    </message>
    <message>
        <source>„{name}“ ist mit {mb} MB zu groß für einen Projektplan.</source>
        <translation>“{name}” is too large for a project plan ({mb} MB).</translation>
    </message>
    <message>
        <source>„{name}“ ist keine lesbare MS-Project-XML-Datei ({reason}).</source>
        <translation>“{name}” is not a readable MS Project XML file ({reason}).</translation>
    </message>
    <message>
        <source>„{name}“ ist keine MS-Project-XML-Datei (MSPDI): das Wurzelelement ist „{tag}“.</source>
        <translation>“{name}” is not an MS Project XML file (MSPDI): the root element is “{tag}”.</translation>
    </message>
    <message>
        <source>„{name}“ hat mehr als {n} Aufgaben.</source>
        <translation>“{name}” has more than {n} tasks.</translation>
    </message>
    <message>
        <source>„{name}“, Aufgabe „{task}“: {tag} ist keine Zahl ({value}).</source>
        <translation>“{name}”, task “{task}”: {tag} is not a number ({value}).</translation>
    </message>
    <message>
        <source>„{name}“: „{value}“ ist kein Datum.</source>
        <translation>“{name}”: “{value}” is not a date.</translation>
    </message>
    <message>
        <source>Noch kein Messwert – {standing}</source>
        <translation>No value yet – {standing}</translation>
    </message>
    <message>
        <source>Ausgangswert {value}</source>
        <extracomment>Colours of the standings, light theme and dark theme; each also has a sign and a pattern (BITV: no meaning by colour alone).</extracomment>
        <translation>Baseline {value}</translation>
    </message>
    <message>
        <source>Zielwert {value}</source>
        <translation>Target {value}</translation>
    </message>
    <message>
        <source>zuletzt {value}</source>
        <translation>latest {value}</translation>
    </message>
    <message>
        <source>Keine Indikatoren.</source>
        <translation>No indicators.</translation>
    </message>
    <message>
        <source>Verlauf des gewählten Indikators</source>
        <translation>Course of the chosen indicator</translation>
    </message>
    <message>
        <source>Einen Indikator in der Tabelle wählen.</source>
        <translation>Choose an indicator in the table.</translation>
    </message>
    <message>
        <source>Aufruf: --render-impact ARBEITSMAPPE ZIELORDNER [--only DATEI] [--pdf DATEI]</source>
        <translation>Usage: --render-impact WORKSPACE FOLDER [--only FILE] [--pdf FILE]</translation>
    </message>
    <message>
        <source>Wirkung der Maßnahmen</source>
        <translation>Impact of the measures</translation>
    </message>
    <message>
        <source>Stand {date} · {scope}</source>
        <translation>As of {date} · {scope}</translation>
    </message>
    <message>
        <source>Indikatoren mit Stand</source>
        <translation>Indicators with standing</translation>
    </message>
    <message>
        <source>Keine Indikatoren erfasst.</source>
        <translation>No indicators recorded.</translation>
    </message>
    <message>
        <source>Wirkung im Überblick</source>
        <translation>Impact at a glance</translation>
    </message>
    <message>
        <source>Je Handlungsfeld</source>
        <translation>Per field of action</translation>
    </message>
    <message>
        <source>Je Erfolgsfaktor</source>
        <translation>Per success factor</translation>
    </message>
    <message>
        <source>Für HTTPS braucht es --certificate und --key.</source>
        <translation>HTTPS needs --certificate and --key.</translation>
    </message>
    <message>
        <source>Der Raum ließ sich auf „{bind}“ nicht öffnen: {reason}</source>
        <translation>The room could not be opened on “{bind}”: {reason}</translation>
    </message>
    <message>
        <source>Mitmachen bei „{title}“: {address}
</source>
        <translation>Take part in “{title}”: {address}
</translation>
    </message>
    <message>
        <source>Unverschlüsselt (HTTP) im lokalen Netz – nur für Notizen ohne Vertrauliches.
</source>
        <translation>Unencrypted (HTTP) in the local network – only for notes without anything confidential.
</translation>
    </message>
    <message>
        <source>Strg+C beendet den Raum.
</source>
        <translation>Ctrl+C ends the room.
</translation>
    </message>
    <message>
        <source>Nicht übernommen: {line}
</source>
        <translation>Not taken over: {line}
</translation>
    </message>
    <message>
        <source>Raum beendet: {n} von {phones} übernommen.
</source>
        <translation>Room ended: {n} taken over from {phones}.
</translation>
    </message>
    <message>
        <source>Mitmachen vom Handy</source>
        <extracomment>At most this many submissions are applied per tick (every 0.2 s): 200 phones sending at once reach the canvas within seconds (a batch takes about 80 ms at 1,000 notes) while the window stays responsive.</extracomment>
        <translation>Take part from phones</translation>
    </message>
    <message>
        <source>Erreichbar über</source>
        <translation>Reachable through</translation>
    </message>
    <message>
        <source>das eigene Netz ({address})</source>
        <translation>the own network ({address})</translation>
    </message>
    <message>
        <source>nur diesen Rechner (127.0.0.1)</source>
        <translation>this computer only (127.0.0.1)</translation>
    </message>
    <message>
        <source>&amp;Erreichbar über:</source>
        <translation>&amp;Reachable through:</translation>
    </message>
    <message>
        <source>Raum ö&amp;ffnen</source>
        <translation>&amp;Open room</translation>
    </message>
    <message>
        <source>HTTPS-&amp;Zertifikat …</source>
        <translation>HTTPS &amp;certificate …</translation>
    </message>
    <message>
        <source>Zertifikat und Schlüssel der Verwaltung (PEM) für eine verschlüsselte Verbindung</source>
        <translation>The administration&apos;s certificate and key (PEM) for an encrypted connection</translation>
    </message>
    <message>
        <source>QR-Code der Adresse</source>
        <translation>QR code of the address</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Teilnahme</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>&amp;Abstimmung offen</source>
        <translation>&amp;Voting open</translation>
    </message>
    <message>
        <source>&amp;Pausieren</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Zonen, die für Handys geschlossen sind</source>
        <translation>Zones closed for phones</translation>
    </message>
    <message>
        <source>Für Handys &amp;geschlossen:</source>
        <translation>&amp;Closed for phones:</translation>
    </message>
    <message>
        <source>Gewählte Notiz auf den Handys &amp;ausblenden</source>
        <translation>&amp;Hide the chosen note on the phones</translation>
    </message>
    <message>
        <source>Raum &amp;beenden</source>
        <translation>&amp;End room</translation>
    </message>
    <message>
        <source>Mitmachen</source>
        <translation>Take part</translation>
    </message>
    <message>
        <source>Der Raum ließ sich nicht öffnen: {reason}</source>
        <translation>The room could not be opened: {reason}</translation>
    </message>
    <message>
        <source>Unverschlüsselte Verbindung (HTTP) im lokalen Netz: bitte nichts Vertrauliches schreiben.</source>
        <translation>Unencrypted connection (HTTP) in the local network: please write nothing confidential.</translation>
    </message>
    <message>
        <source>Verschlüsselte Verbindung (HTTPS) mit dem Zertifikat der Verwaltung.</source>
        <translation>Encrypted connection (HTTPS) with the administration&apos;s certificate.</translation>
    </message>
    <message>
        <source>Zertifikat (*.pem *.crt *.cer);;Alle Dateien (*)</source>
        <translation>Certificate (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>HTTPS-Zertifikat wählen</source>
        <translation>Choose HTTPS certificate</translation>
    </message>
    <message>
        <source>Schlüssel zum Zertifikat wählen</source>
        <translation>Choose the certificate&apos;s key</translation>
    </message>
    <message>
        <source>Schlüssel (*.pem *.key);;Alle Dateien (*)</source>
        <translation>Key (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>HTTPS: {name}</source>
        <translation>HTTPS: {name}</translation>
    </message>
    <message>
        <source>Raum beendet.</source>
        <translation>Room ended.</translation>
    </message>
    <message>
        <source>{phones}, {received} empfangen</source>
        <translation>{phones}, {received} received</translation>
    </message>
    <message>
        <source>Handy</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Handys</source>
        <translation>phones</translation>
    </message>
    <message>
        <source>Beitrag</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>Beiträge</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>{n} auf den Handys ausgeblendet.</source>
        <translation>{n} hidden on the phones.</translation>
    </message>
    <message>
        <source>Handy {n}</source>
        <translation>Phone {n}</translation>
    </message>
    <message>
        <source>Die Moderation hat kurz pausiert. Gleich geht es weiter.</source>
        <translation>The facilitator has paused for a moment. It goes on shortly.</translation>
    </message>
    <message>
        <source>Die Anfrage ist unvollständig.</source>
        <translation>The request is incomplete.</translation>
    </message>
    <message>
        <source>Schon angekommen.</source>
        <translation>Arrived already.</translation>
    </message>
    <message>
        <source>Bitte einen Text eingeben.</source>
        <translation>Please enter a text.</translation>
    </message>
    <message>
        <source>Eine Notiz fasst höchstens {n} Zeichen; diese hat {m}.</source>
        <translation>A note holds at most {n} characters; this one has {m}.</translation>
    </message>
    <message>
        <source>Bitte eine Zone wählen.</source>
        <translation>Please choose a zone.</translation>
    </message>
    <message>
        <source>Die Zone „{zone}“ ist gerade geschlossen.</source>
        <translation>The zone “{zone}” is closed right now.</translation>
    </message>
    <message>
        <source>Höchstens {n} Notizen je Minute – bitte kurz warten.</source>
        <translation>At most {n} notes per minute – please wait a moment.</translation>
    </message>
    <message>
        <source>Notiz angekommen.</source>
        <translation>Note arrived.</translation>
    </message>
    <message>
        <source>Die Abstimmung ist gerade nicht offen.</source>
        <translation>The voting is not open right now.</translation>
    </message>
    <message>
        <source>Diese Notiz gibt es nicht (mehr).</source>
        <translation>This note does not exist (any more).</translation>
    </message>
    <message>
        <source>Alle {n} Punkte sind vergeben.</source>
        <translation>All {n} dots are given.</translation>
    </message>
    <message>
        <source>Punkt vergeben.</source>
        <translation>Dot given.</translation>
    </message>
    <message>
        <source>Unbekannte Anfrage.</source>
        <translation>Unknown request.</translation>
    </message>
    <message>
        <source>Der Raum ist voll ({n} Handys).</source>
        <extracomment>a room&apos;s phones may all send at once when the facilitator says „go“: the listen queue holds them all (the default of 5 refused connections under that load)</extracomment>
        <translation>The room is full ({n} phones).</translation>
    </message>
    <message>
        <source>Bitte kurz warten.</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>Die Anfrage ist zu groß.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>Die Anfrage ist unlesbar.</source>
        <translation>The request is unreadable.</translation>
    </message>
    <message>
        <source>{what} vom Handy</source>
        <translation>{what} from phones</translation>
    </message>
    <message>
        <source> und </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Notizen gruppieren</source>
        <translation>Group notes</translation>
    </message>
    <message>
        <source>{groups} für Notizen, die Ähnliches sagen. Haken: übernehmen; Überschrift mit F2 ändern; ohne Haken: verwerfen.</source>
        <translation>{groups} for notes that say similar things. Checked: take over; change the heading with F2; unchecked: reject.</translation>
    </message>
    <message>
        <source>Vorschlag</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>Vorschläge</source>
        <translation>proposals</translation>
    </message>
    <message>
        <source>Keine Vorschläge: die Notizen ohne Gruppe sagen zu Verschiedenes.</source>
        <translation>No proposals: the notes without a group say too different things.</translation>
    </message>
    <message>
        <source>Gruppe und ihre Notizen</source>
        <translation>Group and its notes</translation>
    </message>
    <message>
        <source>Vorgeschlagene Gruppen</source>
        <translation>Proposed groups</translation>
    </message>
    <message>
        <source>Gruppen anlegen</source>
        <translation>Create groups</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>Stammdaten der Maßnahme</source>
        <translation>Master data of the measure</translation>
    </message>
    <message>
        <source>&amp;Kennung:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>&amp;Priorität:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>F&amp;inanzierung:</source>
        <translation>F&amp;inancing:</translation>
    </message>
    <message>
        <source>Finanzierung</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>&amp;Federführung:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>Federführung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;Verantwortlich:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>z. B. 12.500,00 €</source>
        <translation>e.g. 12.500,00 €</translation>
    </message>
    <message>
        <source>&amp;Reifegrad:</source>
        <translation>&amp;Maturity:</translation>
    </message>
    <message>
        <source>Reifegrad</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Kurz&amp;beschreibung:</source>
        <translation>Short &amp;description:</translation>
    </message>
    <message>
        <source>Kurzbeschreibung</source>
        <translation>Short description</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Angaben zum Workshop</source>
        <translation>Details of the workshop</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Moderation:</source>
        <translation>&amp;Facilitation:</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <source>&amp;Anonyme Teilnehmende:</source>
        <translation>&amp;Anonymous participants:</translation>
    </message>
    <message>
        <source>Anonyme Teilnehmende</source>
        <translation>Anonymous participants</translation>
    </message>
    <message>
        <source>Tages&amp;ordnung:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Entscheidungen:</source>
        <translation>D&amp;ecisions:</translation>
    </message>
    <message>
        <source>Entscheidungen</source>
        <translation>Decisions</translation>
    </message>
</context>
</TS>
