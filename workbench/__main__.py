"""Entry point of the ``workbench`` command: the window without a subcommand, else the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: The command line's subcommands (tests/test_cli.py checks this against its parser). Kept
#: here so that starting the window does not import the command line's modules.
SUBCOMMANDS = (
    "demo",
    "measures",
    "dump",
    "check",
    "rescue",
    "sync",
    "conflicts",
    "serve",
    "export",
    "import",
    "grants",
    "workshops",
    "canvases",
)


def take_language(args: list[str]) -> str | None:
    """Remove ``--lang X`` / ``--lang=X`` from *args*; the language asked for, if any."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            code = args[i + 1]
            del args[i : i + 2]
            return code
        if arg.startswith("--lang="):
            del args[i]
            return arg.split("=", 1)[1]
    return None


def choose_language(asked: str | None, window: bool) -> None:
    """The language is fixed before the modules with texts are imported (tables of labels
    are translated as they are built): ``--lang``, else ``WERKBANK_LANG``, else the
    window's setting, else the system's language."""
    import os

    from workbench import i18n

    asked = asked or os.environ.get("WERKBANK_LANG")
    if not asked and window:
        from workbench.gui.settings import LANGUAGE, default_qsettings

        asked = str(default_qsettings().value(LANGUAGE.key, "") or "")
    i18n.set_language(asked or i18n.system_language())


def opens_window(args: list[str]) -> bool:
    """Only ``workbench``, ``workbench --demo`` and ``workbench FILE.werkbank`` open the
    window; anything else is the command line (a mistyped command gets a German usage
    error there, without loading Qt)."""
    rest = [a for a in args if a != "--demo"]
    if len(args) - len(rest) > 1 or len(rest) > 1:
        return False
    if not rest:
        return True
    name = rest[0]
    return not name.startswith("-") and name.lower().endswith(".werkbank")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    asked = take_language(args)
    renders = args[:1] in (["--render-canvas"], ["--render-roadmap"], ["--render-impact"])
    command_line = not renders and not opens_window(args)
    choose_language(asked, window=not command_line and not renders)
    from workbench.logs import log_unexpected, log_unraisable, setup_logging

    setup_logging()
    sys.excepthook = log_unexpected
    sys.unraisablehook = log_unraisable
    if args[:1] == ["--render-canvas"]:  # for exports without a window (see services.exporting)
        from workbench.gui.render_canvas import main as render

        return render(args[1:])
    if args[:1] == ["--render-roadmap"]:  # `workbench export zeitplan` (see cli.render)
        from workbench.gui.roadmap_print import main as render_roadmap

        return render_roadmap(args[1:])
    if args[:1] == ["--render-impact"]:  # the Wirkung pictures of documents (cli.render)
        from workbench.gui.impact_charts import main as render_impact

        return render_impact(args[1:])
    if command_line:
        from workbench.cli import run

        return run(args)
    from workbench.gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
