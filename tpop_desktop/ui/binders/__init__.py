"""The main window's binder: it feeds a session's services to the window's widgets.

``SessionBinder(window, session)`` is made when the window starts showing a session and
``unbind`` undoes it before the session closes. Only the window (``main_window.py``) and
these binders touch the window's widgets; services never see a widget.
"""
