"""`make bench`: generate the large workspace once (kept in bench/out/), then print the figures."""

from __future__ import annotations

import compileall
import subprocess
import sys
from pathlib import Path

import workbench

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_dump_check  # noqa: E402
import bench_exports  # noqa: E402
import bench_funding  # noqa: E402
import bench_interaction  # noqa: E402
import bench_keys  # noqa: E402
import bench_roadmap  # noqa: E402
import bench_share  # noqa: E402
import bench_startup  # noqa: E402
import bench_sync  # noqa: E402
import bench_sync_live  # noqa: E402
import bench_webdav  # noqa: E402
import bench_year  # noqa: E402
from generate import generate  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def main() -> int:
    # An installed Werkbank runs from bytecode (pip compiles on install); an editable
    # checkout under PYTHONDONTWRITEBYTECODE would compile every module at each start.
    compileall.compile_dir(str(Path(workbench.__file__).parent), quiet=1)
    OUT.mkdir(exist_ok=True)
    workspace = OUT / "gross-10000.werkbank"
    if not workspace.exists():
        print("Erzeuge Arbeitsmappe mit 10.000 Maßnahmen …", flush=True)
        generate(workspace, 10_000)
    bench_startup.report(workspace)
    bench_interaction.report(workspace)
    bench_keys.report(workspace)
    bench_roadmap.report(workspace)
    bench_share.report(workspace)
    bench_sync.report()
    bench_sync_live.report()
    bench_webdav.report(workspace)
    # in a process of its own: its memory figures are the canvas's, not what the benches
    # before it left in the heap
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve().parent / "bench_canvas.py")], check=True
    )
    bench_exports.report(workspace)
    bench_dump_check.report(workspace)
    bench_funding.report()
    bench_year.report()
    # in a process of its own: 200 phone threads and a window of their own
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve().parent / "bench_room.py")], check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
