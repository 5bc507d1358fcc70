"""Reading exported documents back: text, styles, and LibreOffice as a second reader."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from docx import Document

LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_without_libreoffice = pytest.mark.skipif(
    LIBREOFFICE is None,
    reason="LibreOffice fehlt: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui "
    "(.ci/run installiert es)",
)


def needs_libreoffice(test: Any) -> Any:
    """A test that converts with LibreOffice: skipped where it is missing (and said why),
    and slow – `make test` runs it, `make test-fast` does not (a conversion takes seconds)."""
    return pytest.mark.slow(_without_libreoffice(test))


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def styled(path: Path, style: str) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if p.style.name == style]


def convert(path: Path, fmt: str, out: Path) -> Path:
    """Convert with LibreOffice headless (its own profile, so runs never share state)."""
    assert LIBREOFFICE is not None
    profile = out / "lo-profile"
    env = {**os.environ, "HOME": str(out)}
    result = subprocess.run(
        [
            LIBREOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    target = out / (path.stem + "." + fmt.split(":")[0])
    assert target.exists(), f"LibreOffice konnte {path.name} nicht umwandeln: {result.stderr}"
    return target
