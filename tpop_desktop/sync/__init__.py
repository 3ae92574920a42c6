"""Background synchronisation: the sync run itself and the QThread worker that schedules it."""
