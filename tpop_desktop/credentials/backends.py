"""Decide whether the configured keyring backend is real, secure storage.

``keyring`` silently picks a plaintext file backend when keyrings.alt is installed, and
a backend that fails every call when nothing is available. We look at the selected
backend (and at each member of a ``ChainerBackend``) by module and class name, and only
ever talk to a secure member directly, so a chained plaintext backend is never written.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from enum import Enum

from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from .states import KeyringState

_NO_STORAGE_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_PLAINTEXT_MODULE_PREFIXES = ("keyrings.alt",)
_SECRET_SERVICE_MODULE = "keyring.backends.SecretService"


class BackendKind(Enum):
    SECURE = "secure"
    NO_STORAGE = "no-storage"  # keyring's fail / null backends
    PLAINTEXT = "plaintext"  # keyrings.alt or anything named like a plaintext store


def backend_name(backend: object) -> str:
    """The dotted class name, for the log (``str(backend)`` may call into D-Bus)."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def classify(backend: KeyringBackend) -> BackendKind:
    """Classify one (non-chainer) backend by where its class comes from."""
    cls = type(backend)
    module = cls.__module__ or ""
    if module in _NO_STORAGE_MODULES:
        return BackendKind.NO_STORAGE
    if module.startswith(_PLAINTEXT_MODULE_PREFIXES) or "plaintext" in cls.__name__.lower():
        return BackendKind.PLAINTEXT
    return BackendKind.SECURE


def members(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends actually doing the work: a chainer's members, or the backend itself."""
    if isinstance(backend, ChainerBackend):
        return list(backend.backends)  # already sorted by priority, highest first
    return [backend]


@dataclass(frozen=True)
class Selection:
    """The secure backend to use (if any) and why the others were refused."""

    backend: KeyringBackend | None
    state: KeyringState
    name: str
    detail: str


def select_secure(configured: KeyringBackend) -> Selection:
    """Pick the highest-priority secure member, or say why there is none."""
    configured_name = backend_name(configured)
    candidates = members(configured)
    kinds = [classify(member) for member in candidates]
    for member, kind in zip(candidates, kinds):
        if kind is BackendKind.SECURE:
            return Selection(member, KeyringState.AVAILABLE, backend_name(member), "secure backend")
    if BackendKind.PLAINTEXT in kinds:
        return Selection(
            None,
            KeyringState.INSECURE,
            configured_name,
            "only a plaintext keyring backend is configured; refusing to store secrets in it",
        )
    return Selection(
        None,
        KeyringState.UNAVAILABLE,
        configured_name,
        "no secure keyring backend (no Secret Service on the session bus?)",
    )


def is_secret_service(backend: KeyringBackend) -> bool:
    return type(backend).__module__ == _SECRET_SERVICE_MODULE


def probe_secret_service_lock(backend: KeyringBackend) -> tuple[KeyringState, str]:
    """Ask the Secret Service whether the collection is locked, without unlocking it.

    ``keyring`` itself would try to unlock, which opens a prompt that can block; this
    only reads the ``Locked`` property.
    """
    import secretstorage
    from secretstorage.exceptions import ItemNotFoundException, SecretServiceNotAvailableException

    try:
        connection = secretstorage.dbus_init()
    except SecretServiceNotAvailableException as exc:
        return KeyringState.UNAVAILABLE, f"Secret Service not reachable ({type(exc).__name__})"
    with closing(connection):
        path = getattr(backend, "preferred_collection", secretstorage.collection.DEFAULT_COLLECTION)
        try:
            collection = secretstorage.Collection(connection, path)
        except ItemNotFoundException:
            return KeyringState.AVAILABLE, "no default collection yet; the first save creates it"
        if collection.is_locked():
            return KeyringState.LOCKED, "the keyring collection is locked"
        return KeyringState.AVAILABLE, "Secret Service collection unlocked"
