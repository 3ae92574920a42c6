"""Carrier tracking in the window: the parcel section, the Settings page, the customer message."""
