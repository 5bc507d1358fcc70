"""Entry point of the ``workbench`` command: the window without a subcommand, else the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: The command line's subcommands (tests/test_cli.py checks this against its parser). Kept
#: here so that starting the window does not import the command line's modules.
SUBCOMMANDS = ("demo", "measures", "dump", "check", "rescue", "sync", "conflicts", "export",
               "import")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--render-canvas"]:  # for exports without a window (see services.exporting)
        from workbench.gui.render_canvas import main as render

        return render(args[1:])
    if args and (args[0] in SUBCOMMANDS or args[0] in ("--version", "-h", "--help")):
        from workbench.cli import run

        return run(args)
    from workbench.gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
