"""Every translated word the UI says about the domain: statuses, reasons, platforms, failures.

The core hands out codes; this module is the one place that turns them into sentences,
through Qt's translation functions so that `pyside6-lupdate` finds every string.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from tpop_desktop.core.models import BlockReason, Platform, Status
from tpop_desktop.store.errors import StorageCause
from tpop_desktop.sync.outcome import FailureKind


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The app's translation function: ``pyside6-lupdate`` collects every literal ``tr("...")`` call."""
    return QCoreApplication.translate("", text, disambiguation, n)


def status_label(status: Status) -> str:
    return {
        Status.OPEN: QCoreApplication.translate("Status", "Open"),
        Status.PRODUCTION: QCoreApplication.translate("Status", "Production"),
        Status.BLOCKED: QCoreApplication.translate("Status", "Blocked"),
        Status.SHIPPED: QCoreApplication.translate("Status", "Shipped"),
        Status.DELIVERED: QCoreApplication.translate("Status", "Delivered"),
        Status.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
    }[status]


def status_explanation(status: Status) -> str:
    """What the status means for the merchant, from TPOP's help centre."""
    return {
        Status.OPEN: QCoreApplication.translate(
            "Status", "TPOP received the order. You are not charged yet and can still change or cancel it."),
        Status.PRODUCTION: QCoreApplication.translate(
            "Status", "In production: you have been charged and the order can no longer be changed or cancelled. "
                      "It ships 2 to 7 working days after entering production."),
        Status.BLOCKED: QCoreApplication.translate(
            "Status", "On hold: TPOP is waiting for you to fix a payment, address or visual problem."),
        Status.SHIPPED: QCoreApplication.translate(
            "Status", "TPOP packed and shipped it and told your customer. The tracking number is below."),
        Status.DELIVERED: QCoreApplication.translate(
            "Status", "The carrier's tracking says the parcel was delivered."),
        Status.CANCELLED: QCoreApplication.translate(
            "Status", "Cancelled before production. Nothing was charged."),
    }[status]


def block_reason_label(reason: BlockReason | None) -> str:
    if reason is None:
        return QCoreApplication.translate("BlockReason", "unknown reason")
    return {
        BlockReason.PAYMENT: QCoreApplication.translate("BlockReason", "payment failed"),
        BlockReason.ADDRESS: QCoreApplication.translate("BlockReason", "address problem"),
        BlockReason.VISUAL: QCoreApplication.translate("BlockReason", "print file problem"),
    }[reason]


def platform_label(platform: Platform) -> str:
    return {
        Platform.SHOPIFY: QCoreApplication.translate("Platform", "Shopify"),
        Platform.WOOCOMMERCE: QCoreApplication.translate("Platform", "WooCommerce"),
        Platform.ETSY: QCoreApplication.translate("Platform", "Etsy"),
        Platform.TPOP: QCoreApplication.translate("Platform", "TPOP shop"),
        Platform.MANUAL: QCoreApplication.translate("Platform", "Manual order"),
    }[platform]


def failure_message(kind: FailureKind) -> str:
    return {
        FailureKind.NETWORK: QCoreApplication.translate("Sync", "TPOP cannot be reached. Check your connection."),
        FailureKind.SERVER: QCoreApplication.translate("Sync", "TPOP's server had a problem."),
        FailureKind.RATE_LIMITED: QCoreApplication.translate("Sync", "TPOP asked the app to slow down."),
        FailureKind.AUTH: QCoreApplication.translate(
            "Sync", "TPOP rejected your token. Reconnect your account to resume syncing."),
        FailureKind.FORBIDDEN: QCoreApplication.translate(
            "Sync", "Your token is not allowed to read orders. Reconnect with another token."),
        FailureKind.PAYLOAD: QCoreApplication.translate(
            "Sync", "TPOP sent an answer the app cannot read. Your stored orders are unchanged."),
        FailureKind.TOO_LARGE: QCoreApplication.translate(
            "Sync", "TPOP sent far more data than one sync can hold; nothing was changed. The app tries again "
                    "in an hour."),
        FailureKind.STORE: QCoreApplication.translate(
            "Sync", "The local order file could not be written. Your orders are unchanged."),
    }[kind]


def storage_problem(cause: StorageCause | None, folder: Path | None) -> str:
    """What is wrong with the order database's folder and what to do, in one sentence."""
    where = str(folder) if folder is not None else QCoreApplication.translate("Storage", "the app's data folder")
    if cause is StorageCause.DISK_FULL:
        return QCoreApplication.translate("Storage", "The disk holding {folder} is full: free some space, then "
                                                     "sync again.").format(folder=where)
    if cause is StorageCause.READ_ONLY:
        return QCoreApplication.translate("Storage", "{folder} cannot be written: check its permissions (or that "
                                                     "the disk is not read-only).").format(folder=where)
    if cause is StorageCause.BUSY:
        return QCoreApplication.translate("Storage", "Another program is using the order database in {folder}: "
                                                     "close it, then sync again.").format(folder=where)
    if cause is StorageCause.DAMAGED:
        return QCoreApplication.translate("Storage", "The order database in {folder} is damaged: restart TPOP "
                                                     "Desktop to rebuild it.").format(folder=where)
    return QCoreApplication.translate("Storage", "The order database in {folder} could not be written.").format(
        folder=where)


def _country_names() -> dict[str, str]:
    """The destinations merchants ship to most, named in the merchant's language."""
    return {
        "FR": tr("France", "country"), "BE": tr("Belgium", "country"), "DE": tr("Germany", "country"),
        "NL": tr("Netherlands", "country"), "LU": tr("Luxembourg", "country"),
        "CH": tr("Switzerland", "country"), "AT": tr("Austria", "country"), "IT": tr("Italy", "country"),
        "ES": tr("Spain", "country"), "PT": tr("Portugal", "country"), "IE": tr("Ireland", "country"),
        "GB": tr("United Kingdom", "country"), "SE": tr("Sweden", "country"), "DK": tr("Denmark", "country"),
        "NO": tr("Norway", "country"), "FI": tr("Finland", "country"), "PL": tr("Poland", "country"),
        "CZ": tr("Czechia", "country"), "US": tr("United States", "country"), "CA": tr("Canada", "country"),
        "AU": tr("Australia", "country"), "MC": tr("Monaco", "country"),
    }


def country_name(code: str) -> str:
    """The country's name in the user's language.

    The usual destinations are translated here; for any other country, Qt's locale data
    names it in the user's language where Qt has a matching locale, in English otherwise.
    """
    code = (code or "").upper()
    known = _country_names().get(code)
    if known:
        return known
    territory = QLocale.codeToTerritory(code) if code else QLocale.Country.AnyTerritory
    if territory == QLocale.Country.AnyTerritory:
        return code
    local = QLocale(QLocale().language(), territory)
    if local.territory() == territory:
        return local.nativeTerritoryName()
    return QLocale.territoryToString(territory)
