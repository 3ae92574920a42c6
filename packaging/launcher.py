"""Entry script of the PyInstaller bundle: the same start-up as the ``tpop-desktop`` command."""

import multiprocessing
import sys

from tpop_desktop.app import main

if __name__ == "__main__":
    # The sync's helper process is this executable started again: it must serve, not open a window.
    multiprocessing.freeze_support()
    sys.exit(main())
