"""Secure storage for the TPOP token and shop secrets (OS keyring, or session memory)."""

from .states import CredentialsError, CredentialStore, KeyringState, KeyringStatus
from .stores import SERVICE_NAME, Credentials, SessionCredentials, carrier_user, shop_user

__all__ = [
    "SERVICE_NAME",
    "CredentialStore",
    "Credentials",
    "CredentialsError",
    "KeyringState",
    "KeyringStatus",
    "SessionCredentials",
    "carrier_user",
    "shop_user",
]
