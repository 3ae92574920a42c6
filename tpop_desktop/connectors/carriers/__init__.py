"""Carrier tracking services reached with the merchant's own keys: La Poste Suivi, DHL, 17TRACK."""
