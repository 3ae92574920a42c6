"""Guided cases in the window: the case dialog, the open-cases list and their wiring.

Import the submodules directly; this package stays empty so the detail pane can use
``section`` without pulling in the dialogs.
"""
