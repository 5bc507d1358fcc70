"""Entry point of the frozen build (PyInstaller): the same as the ``workbench`` command."""

import sys

from workbench.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
