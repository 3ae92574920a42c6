"""The customer message for the current step, in the customer's language, ready to copy or mail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.core.messages import (
    SUPPORTED_LANGUAGES,
    RenderedMessage,
    TemplateError,
    fields_for,
    language_for,
    mailto_url,
    render,
)
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelTracking
from tpop_desktop.templates import TemplateLibrary
from tpop_desktop.ui.cases.texts import template_title
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label


def language_name(code: str) -> str:
    """The language in its own words ("Deutsch"), so the customer's language is easy to spot."""
    native = QLocale(code).nativeLanguageName()
    return f"{native} ({code})" if native else code


def letter_date(language: str) -> Callable[[datetime], str]:
    """Dates the way the customer's language writes them in a letter."""
    locale = QLocale(language)

    def format_date(moment: datetime) -> str:
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        return locale.toString(local.date(), QLocale.FormatType.LongFormat)

    return format_date


class MessagePanel(QWidget):
    """Shows one rendered template; the merchant copies it or opens it in the mail program."""

    messageSent = Signal(str, str, str)  # template id, language, channel ("clipboard" or "mail")

    def __init__(self, order: Order, library: TemplateLibrary, parent: QWidget | None = None, *,
                 parcel: ParcelTracking | None = None, expected_by: datetime | None = None) -> None:
        super().__init__(parent)
        self.order = order
        self.parcel = parcel  # the carrier's answer: its delivery date and pickup point fill the message
        self.expected_by = expected_by  # the end of the lane's usual window: "usually arrives by"
        self.library = library
        self.rendered: RenderedMessage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.empty_label = plain_label(tr("No message to send at this step: tick it once it is done."))
        self.empty_label.setObjectName("no-message")
        layout.addWidget(self.empty_label)

        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("message-template")
        self.template_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        form.addRow(tr("Message"), self.template_combo)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("message-language")
        for code in SUPPORTED_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(SUPPORTED_LANGUAGES.index(language_for(order)))
        self.language_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        form.addRow(tr("Customer's language"), self.language_combo)
        self.subject_field = QLineEdit()
        self.subject_field.setReadOnly(True)
        self.subject_field.setObjectName("message-subject")
        form.addRow(tr("Subject"), self.subject_field)
        layout.addWidget(self.form_widget)

        self.warning_label = plain_label("")
        self.warning_label.setObjectName("template-warning")
        self.warning_label.setStyleSheet("color: #b03a2e;")
        self.warning_label.hide()
        layout.addWidget(self.warning_label)

        self.body_field = QPlainTextEdit()
        self.body_field.setReadOnly(True)
        self.body_field.setObjectName("message-body")
        self.body_field.setAccessibleName(tr("Message text"))
        self.body_field.setMinimumHeight(160)
        layout.addWidget(self.body_field)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the message text, to paste it in your shop's messages"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addWidget(self.copy_button)
        self.mail_button = QPushButton(tr("Open in mail app"))
        self.mail_button.setToolTip(tr("Open a new e-mail to the customer with this message"))
        self.mail_button.clicked.connect(self.open_in_mail_app)
        buttons.addWidget(self.mail_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_templates(())

    # -- choosing --------------------------------------------------------------------------

    @property
    def template_id(self) -> str | None:
        return self.template_combo.currentData()

    @property
    def language(self) -> str:
        return self.language_combo.currentData()

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(SUPPORTED_LANGUAGES.index(code))

    def set_templates(self, template_ids: Sequence[str]) -> None:
        """Offer these templates (the current step's); keep the choice when it is still offered."""
        current = self.template_id
        self.template_combo.blockSignals(True)
        try:
            self.template_combo.clear()
            for template_id in template_ids:
                self.template_combo.addItem(template_title(template_id), template_id)
            if current in template_ids:
                self.template_combo.setCurrentIndex(list(template_ids).index(current))
        finally:
            self.template_combo.blockSignals(False)
        has_any = bool(template_ids)
        self.empty_label.setVisible(not has_any)
        for widget in (self.form_widget, self.body_field, self.copy_button, self.mail_button):
            widget.setVisible(has_any)
        self.template_combo.setEnabled(len(template_ids) > 1)
        self.refresh()

    # -- rendering ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Render again (the merchant may have edited the template file meanwhile)."""
        template_id = self.template_id
        self.rendered = None
        warning = ""
        if template_id is not None:
            loaded = self.library.get(template_id, self.language)
            if loaded.warning:
                warning = tr("Your template file has a problem, so the default text is shown: {details}").format(
                    details=loaded.warning)
            try:
                fields = fields_for(self.order, locale_date=letter_date(self.language), parcel=self.parcel,
                                    expected_by=self.expected_by)
                self.rendered = render(loaded.template, fields)
            except TemplateError as error:
                warning = tr("This template cannot be used: {problem}").format(problem=error)
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))
        self.subject_field.setText(self.rendered.subject if self.rendered else "")
        self.body_field.setPlainText(self.rendered.body if self.rendered else "")
        self.copy_button.setEnabled(self.rendered is not None)
        self.mail_button.setEnabled(self.rendered is not None)

    # -- sending -----------------------------------------------------------------------------

    def copy(self) -> None:
        self.refresh()
        if self.rendered is None or self.template_id is None:
            return
        QGuiApplication.clipboard().setText(self.rendered.body)
        self.messageSent.emit(self.template_id, self.language, "clipboard")

    def mail_url(self) -> QUrl | None:
        if self.rendered is None:
            return None
        url = QUrl(mailto_url(self.order.customer.email, self.rendered.subject, self.rendered.body),
                   QUrl.ParsingMode.StrictMode)
        return url if url.isValid() and url.scheme() == "mailto" else None

    def open_in_mail_app(self) -> None:
        self.refresh()
        url = self.mail_url()
        if url is None or self.template_id is None:
            return
        if QDesktopServices.openUrl(url):
            self.messageSent.emit(self.template_id, self.language, "mail")
