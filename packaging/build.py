"""Werkbank's one build script, the same on every system: the translations, the PyInstaller
folder, a smoke test of the built program, and on Windows the Inno Setup installer.

    python packaging/build.py              # Linux CI (make dist): the folder and its test
    python packaging/build.py --installer  # Windows release: then ISCC werkbank.iss

`make dist` runs it on Linux; `.github/workflows/release-windows.yml` runs it unchanged on a
Windows runner (our CI has no Windows machine: docs/ARCHITECTURE.md, „Packaging“). It runs
with the Python of the environment that has Werkbank and its `dist` extra installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "pyinstaller" / "Werkbank"
EXE = BUILT / ("Werkbank.exe" if os.name == "nt" else "Werkbank")
SCRIPTS = Path(sys.executable).parent  # the environment's tools (pyside6-lrelease, pyinstaller)


def tool(name: str) -> str:
    for candidate in (SCRIPTS / name, SCRIPTS / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"Werkzeug „{name}“ fehlt: pip install -e '.[test,dist]' in dieser Umgebung.")
    return found


def run(*command: str, env: dict[str, str] | None = None) -> None:
    print("→", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def translations() -> None:
    for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        run(tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm")))


def folder() -> None:
    run(
        tool("pyinstaller"),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(ROOT / "dist" / "pyinstaller"),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "werkbank.spec"),
    )
    size = sum(f.stat().st_size for f in BUILT.rglob("*") if f.is_file())
    print(f"Ordner {BUILT}: {size / 1e6:.0f} MB", flush=True)


def smoke_test() -> None:
    """The built program starts and writes a document without a window."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "WERKBANK_DATA_DIR": str(Path(tmp) / "daten"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        run(str(EXE), "--version", env=env)
        demo = Path(tmp) / "demo.werkbank"
        run(str(EXE), "demo", str(demo), env=env)
        sheet = Path(tmp) / "massnahmen.xlsx"
        run(str(EXE), "export", "massnahmenliste", str(demo), "-o", str(sheet), env=env)
        if not sheet.is_file() or sheet.stat().st_size == 0:
            sys.exit("Der gebaute Ordner hat keine Maßnahmenliste geschrieben.")


def installer() -> None:
    """Inno Setup's compiler on packaging/windows/werkbank.iss (Windows only)."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        sys.exit("Inno Setup 6 (ISCC) fehlt: https://jrsoftware.org/isinfo.php")
    run(iscc, str(ROOT / "packaging" / "windows" / "werkbank.iss"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true", help="then the Inno Setup installer")
    parser.add_argument("--no-smoke-test", action="store_true", help="only build the folder")
    args = parser.parse_args(argv)
    translations()
    folder()
    if not args.no_smoke_test:
        smoke_test()
    if args.installer:
        installer()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
