"""``python -m tpop_desktop`` starts the app."""

from tpop_desktop.app import main

raise SystemExit(main())
