"""Real-looking tracking numbers for the sandbox: the same shapes carriers print on labels."""

from __future__ import annotations

import random

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check_digit(serial: str) -> int:
    """UPU S10 check digit of an 8-digit serial: weights 8 6 4 2 3 5 9 7, 11 - (S mod 11)."""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError("an S10 serial is 8 digits")
    check = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def s10_number(rng: random.Random, service: str = "LB", country: str = "FR") -> str:
    """An S10 number such as ``LB123456785FR`` with a valid check digit."""
    serial = f"{rng.randrange(10**8):08d}"
    return f"{service}{serial}{s10_check_digit(serial)}{country}"


def colissimo_number(rng: random.Random) -> str:
    """A La Poste domestic parcel number: ``6A`` and 11 digits (no public check digit)."""
    return f"6A{rng.randrange(10**11):011d}"


def mondial_relay_number(rng: random.Random) -> str:
    return f"{rng.randrange(10**8):08d}"


def dpd_number(rng: random.Random) -> str:
    return f"250{rng.randrange(10**11):011d}"


def dhl_express_number(rng: random.Random) -> str:
    return f"{rng.randrange(10**9, 10**10)}"
