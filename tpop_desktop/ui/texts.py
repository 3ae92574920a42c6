"""Every translated word the UI says about the domain: statuses, reasons, platforms, failures.

The core hands out codes; this module is the one place that turns them into sentences,
through Qt's translation functions so that `pyside6-lupdate` finds every string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tpop_desktop.core.models import BlockReason, Platform, Status
from tpop_desktop.sync.worker import FailureKind


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
        FailureKind.STORE: QCoreApplication.translate(
            "Sync", "The local order file could not be written. Your orders are unchanged."),
    }[kind]


def country_name(code: str) -> str:
    """The country's name from Qt's locale data, in the user's language where Qt has it.

    Qt names a territory in a language only for locales that exist (French for
    Belgium, German for Switzerland); otherwise its English name is used.
    """
    territory = QLocale.codeToTerritory(code.upper()) if code else QLocale.Country.AnyTerritory
    if territory == QLocale.Country.AnyTerritory:
        return code
    local = QLocale(QLocale().language(), territory)
    if local.territory() == territory:
        return local.nativeTerritoryName()
    return QLocale.territoryToString(territory)
