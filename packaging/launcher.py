"""Entry script of the PyInstaller bundle: the same start-up as the ``tpop-desktop`` command."""

import sys

from tpop_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
