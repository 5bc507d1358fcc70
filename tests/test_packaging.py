"""What an installation carries and does: the wheel in an empty environment, the desktop
files, the Windows installer script, portable mode and the About dialog."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return next(out.glob("werkbank-*.whl"))


@pytest.mark.slow
def test_wheel_contains_forms_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    forms = {p.name for p in (ROOT / "ui").glob("*.ui")}
    assert forms, "no Designer forms in ui/"
    for form in forms:
        assert f"workbench/_data/ui/{form}" in names
    for res in (
        "demo/measures.json",
        "demo/strategy.json",
        "demo/organisations.json",
        "demo/workshops.json",
        "canvases/wirkungslogik.json",
        "templates/werkbank.docx",
        "icons/werkbank.svg",
        "icons/werkbank-256.png",
        "i18n/werkbank_en.ts",
        "i18n/werkbank_en.qm",
    ):  # the .qm compiled by the build
        assert f"workbench/_data/resources/{res}" in names
    assert "workbench/store/migrations/env.py" in names
    assert "workbench/store/migrations/versions/0004_workshops_and_canvases.py" in names
    entry = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry[0]).decode()
    assert "workbench = workbench.__main__:main" in text


@pytest.mark.slow
def test_wheel_installs_into_an_empty_environment_and_runs(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    result = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WERKBANK_DATA_DIR": str(tmp_path / "daten"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": "",
    }

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(bin_dir / "workbench"), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    assert run("--version").strip() == "Werkbank 0.1.0"
    run("demo", str(tmp_path / "demo.werkbank"))
    assert "Maßnahmensteckbrief geschrieben" in run(
        "export",
        "steckbrief",
        str(tmp_path / "demo.werkbank"),
        "-o",
        str(tmp_path / "sb.docx"),
        "--measure",
        "P-01",
    )
    assert (tmp_path / "sb.docx").stat().st_size > 10_000
    assert "Measure fact sheet written" in run(
        "--lang",
        "en",
        "export",
        "steckbrief",
        str(tmp_path / "demo.werkbank"),
        "-o",
        str(tmp_path / "sheet.docx"),
        "--measure",
        "P-01",
    )
    # the window in English, its Designer form translated by the compiled catalogue
    english = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            (
                "from workbench.gui.app import make_application\n"
                "from workbench.gui.forms import load_form\n"
                "from PySide6.QtWidgets import QLabel\n"
                "app = make_application()\nform = load_form('measure_form.ui')\n"
                "print(sorted(l.text() for l in form.findChildren(QLabel))[:3])\n"
            ),
        ],
        capture_output=True,
        text=True,
        env={**env, "WERKBANK_LANG": "en"},
        cwd=tmp_path,
        timeout=300,
    )
    assert english.returncode == 0, english.stderr[-2000:]
    assert "&Code:" in english.stdout
    window = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            (
                "from workbench.gui.app import make_application\n"
                "from workbench.gui.main_window import MainWindow\n"
                "from workbench.store.workspace import Workspace\n"
                f"app = make_application()\nwin = MainWindow(Workspace.open({str(tmp_path / 'demo.werkbank')!r}))\n"
                "win.show(); app.processEvents(); win.show_section(2); app.processEvents()\n"
                "print(win.windowTitle(), win.workshops.model.rowCount())\n"
                "win.close(); win.workspace.close(); win.deleteLater(); app.processEvents()\n"
            ),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert window.returncode == 0, window.stderr[-2000:]
    assert window.stdout.strip() == "Demo: Gemeinsam Digital (Beispieldaten) – Werkbank 2"


def test_linux_desktop_files() -> None:
    desktop = (ROOT / "packaging/linux/de.werkbank.Werkbank.desktop").read_text(encoding="utf-8")
    keys = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    assert keys["Exec"] == "werkbank %f" and keys["Icon"] == "de.werkbank.Werkbank"
    assert keys["MimeType"] == "application/x-werkbank;"
    mime = (ROOT / "packaging/linux/de.werkbank.Werkbank.mime.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.werkbank"/>' in mime
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli fehlt: apt-get install appstream (.ci/run installiert es)")
    result = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(ROOT / "packaging/linux/de.werkbank.Werkbank.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_windows_installer_script_speaks_german_and_installs_silently() -> None:
    iss = (ROOT / "packaging/windows/werkbank.iss").read_text(encoding="utf-8")
    assert 'MessagesFile: "compiler:Languages\\German.isl"' in iss
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in iss  # per user or machine
    for switch in ("/VERYSILENT", "/ALLUSERS", "/CURRENTUSER", "/SUPPRESSMSGBOXES"):
        assert switch in iss
    assert 'Subkey: "Software\\Classes\\.werkbank"' in iss  # file association
    assert "{group}\\{#AppName}" in iss  # start menu entry
    assert "werkbank-portabel.txt" in iss


def test_portable_mode_keeps_data_and_settings_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.store import locations

    monkeypatch.delenv("WERKBANK_DATA_DIR", raising=False)
    monkeypatch.setenv("WERKBANK_PROGRAM_DIR", str(tmp_path))
    assert locations.portable_dir() is None  # no marker: the platform's folders
    (tmp_path / locations.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert locations.data_dir() == tmp_path / "Werkbank-Daten"
    assert locations.demo_workspace_path() == tmp_path / "Werkbank-Daten" / "Demo.werkbank"
    from workbench.gui import settings as opt

    settings = opt.Settings()
    settings.set(opt.LAST_WORKSPACE, "x.werkbank")
    settings.sync()
    assert (tmp_path / "Werkbank-Daten" / "einstellungen.ini").is_file()


def test_about_dialog_names_qt_and_the_licences(qtbot) -> None:
    from PySide6.QtCore import qVersion

    from workbench.gui.about import AboutDialog, about_html

    html = about_html()
    assert f"Qt {qVersion()}" in html and "LGPL-3.0" in html and "https://download.qt.io" in html
    for name in ("PySide6-Essentials", "SQLAlchemy", "openpyxl", "python-docx", "cryptography"):
        assert f"<td>{name}</td>" in html
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Über Werkbank"


def test_linux_and_windows_are_built_by_the_same_script() -> None:
    """One build script: make dist runs it, the Windows release workflow runs it unchanged
    (with the installer step), and the installer takes the folder it builds."""
    root = Path(__file__).resolve().parents[1]
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    workflow = (root / ".github" / "workflows" / "release-windows.yml").read_text(encoding="utf-8")
    assert "$(BIN)/python packaging/build.py" in makefile
    assert "packaging\\build.py --installer" in workflow
    script = (root / "packaging" / "build.py").read_text(encoding="utf-8")
    assert "werkbank.spec" in script and "werkbank.iss" in script
    iss = (root / "packaging" / "windows" / "werkbank.iss").read_text(encoding="utf-8")
    assert r"dist\pyinstaller\Werkbank" in iss
