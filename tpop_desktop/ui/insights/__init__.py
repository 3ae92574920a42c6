"""Delivery insights in the window: how many working days parcels take."""
