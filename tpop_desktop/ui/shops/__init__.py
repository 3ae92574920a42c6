"""The daily shop checks in the window: connecting shops, the results, the fix."""
