"""One account's services between the adapters and the widgets (QtCore only, no widgets)."""
