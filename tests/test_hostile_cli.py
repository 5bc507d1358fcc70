"""The command line meets odd paths, bad values and a full disk with a German message,
exit code 1 and nothing half-written; the workspace stays as it was."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import cli


def test_a_path_is_a_path_not_a_url(tmp_path: Path) -> None:
    odd = tmp_path / "Strategie%202025.werkbank"
    query = tmp_path / "q?x=1.werkbank"
    for path in (odd, query):
        assert cli("demo", str(path))[0] == 0
        assert path.is_file()
    assert (
        cli("measures", "add", str(odd), "--title", "Neu", "--field", "Daten als Gemeingut")[0] == 0
    )
    assert not (tmp_path / "Strategie 2025.werkbank").exists()
    assert not (tmp_path / "q").exists()
    titles = [m["title"] for m in json.loads(cli("measures", "list", str(odd), "--json")[1])]
    assert "Neu" in titles


def test_an_amount_beyond_the_maximum_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "a.werkbank"
    cli("demo", str(path))
    for amount in ("100000000000000000000000", "1.000.000.000.000,00", "9" * 5000):
        code, _, err = cli("measures", "set", str(path), "P-01", f"Budget={amount}")
        assert code == 1 and "höchste Betrag" in err and "999.999.999.999,99" in err


def test_dump_into_a_missing_folder_or_onto_a_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.werkbank"
    cli("demo", str(path))
    code, _, err = cli("dump", str(path), "-o", str(tmp_path / "fehlt" / "x.json"))
    assert code == 1 and "gibt es nicht" in err
    code, _, err = cli("dump", str(path), "-o", str(tmp_path))
    assert code == 1 and "ist ein Ordner" in err


def test_a_value_that_is_not_json_is_refused_when_resolving(tmp_path: Path) -> None:
    path = tmp_path / "a.werkbank"
    cli("demo", str(path))
    code, _, err = cli("conflicts", str(path), "--resolve", "1", "--keep", "value={kaputt")
    assert code == 1 and "kein lesbarer Wert" in err


def _can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1M x /mnt"], capture_output=True
    )
    return probe.returncode == 0


FULL_DISK = """
set -u
mount -t tmpfs -o size={size} voll "{disk}"
cp "{source}" "{disk}/a.werkbank"
avail=$(df --output=avail -B1 "{disk}" | tail -1)
head -c $((avail - {room})) /dev/zero > "{disk}/fuellung" 2>/dev/null
py="{python} -m workbench"
$py measures set "{disk}/a.werkbank" P-01 "Titel=Auf vollem Datenträger" > "{out}/edit.out" 2> "{out}/edit.err"
echo $? > "{out}/edit.rc"
$py export steckbrief "{disk}/a.werkbank" --measure P-01 -o "{disk}/sb.docx" > "{out}/export.out" 2> "{out}/export.err"
echo $? > "{out}/export.rc"
$py export massnahmenliste "{disk}/a.werkbank" -o "{disk}/liste.xlsx" > "{out}/xlsx.out" 2> "{out}/xlsx.err"
echo $? > "{out}/xlsx.rc"
$py dump "{disk}/a.werkbank" -o "{disk}/dump.json" > "{out}/dump.out" 2> "{out}/dump.err"
echo $? > "{out}/dump.rc"
ls -a "{disk}" > "{out}/ls"
rm "{disk}/fuellung"
$py measures show "{disk}/a.werkbank" P-01 --json > "{out}/show.json" 2> "{out}/show.err"
$py check "{disk}/a.werkbank" > "{out}/check.out" 2>&1
echo $? > "{out}/check.rc"
"""


@pytest.mark.slow
@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs unshare and tmpfs (root)")
def test_a_full_disk_gets_german_messages_and_leaves_nothing_half_written(tmp_path) -> None:
    source = tmp_path / "quelle.werkbank"
    cli("demo", str(source))
    disk, out = tmp_path / "datentraeger", tmp_path / "ausgabe"
    disk.mkdir()
    out.mkdir()
    size = source.stat().st_size + 64 * 1024  # the workspace fits, little else
    # Room for SQLite's shared-memory file (it opens), not for the change (it fails).
    script = FULL_DISK.format(
        size=size, disk=disk, source=source, python=sys.executable, out=out, room=40 * 1024
    )
    subprocess.run(["unshare", "-m", "sh", "-c", script], check=True, timeout=300)

    def read(name: str) -> str:
        return (out / name).read_text()

    for step in ("edit", "export", "xlsx", "dump"):
        assert read(f"{step}.rc").strip() == "1", (step, read(f"{step}.err"))
        assert "Traceback" not in read(f"{step}.err"), (step, read(f"{step}.err"))
    assert "nicht gespeichert: der Datenträger ist voll" in read("edit.err"), read("edit.err")
    for step in ("export", "xlsx", "dump"):
        assert "voll" in read(f"{step}.err"), (step, read(f"{step}.err"))
    listing = set(read("ls").split())
    assert not {"sb.docx", "liste.xlsx", "dump.json"} & listing
    assert not any(".tmp" in name or name.startswith(".werkbank-") for name in listing), listing
    assert json.loads(read("show.json"))["title"] != "Auf vollem Datenträger"
    assert read("check.rc").strip() == "0", read("check.out")
