"""Settings > Carrier tracking: per service the key, *Test key*, what it costs, where to get a key, today's use.

Keys go to the keyring only (through the tracking service, in the background); the field
never shows a saved key back, it says that one is saved. A typed key is saved by *Save
key* or by the dialog's OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.core.parcel_refresh import ServiceState
from tpop_desktop.credentials import KeyringState
from tpop_desktop.session.tracking import TrackingService
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.tracking.texts import (
    key_test_text,
    keyring_text,
    quota_text,
    service_info,
    state_text,
)
from tpop_desktop.ui.widgets import heading_label, plain_label

Service = TrackingServiceId


class ServiceBox(QGroupBox):
    """One service: what it follows and costs, the key, its state and today's use."""

    def __init__(self, service: Service, tracking: TrackingService, parent: QWidget | None = None) -> None:
        info = service_info(service)
        super().__init__(info.name, parent)
        self.setObjectName(f"carrier-{service.value}")
        self.service = service
        self.tracking = tracking
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(info.follows))
        self.costs_label = plain_label(info.costs)
        self.costs_label.setObjectName("carrier-costs")
        layout.addWidget(self.costs_label)
        self.help_label = plain_label(info.key_help)
        layout.addWidget(self.help_label)
        self.get_key_button = QPushButton(tr("Get a key at {site}").format(site=info.key_url.split("//")[1]))
        self.get_key_button.setObjectName("carrier-get-key")
        self.get_key_button.setToolTip(info.key_url)
        self.get_key_button.clicked.connect(lambda: open_external(info.key_url))
        layout.addWidget(self.get_key_button)

        row = QHBoxLayout()
        self.key_field = QLineEdit()
        self.key_field.setObjectName("carrier-key")
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setAccessibleName(tr("{service} key").format(service=info.name))
        self.key_field.textChanged.connect(lambda _text: self.result_label.setText(""))
        row.addWidget(self.key_field, 1)
        self.test_button = QPushButton(tr("Test key"))
        self.test_button.setObjectName("carrier-test")
        self.test_button.clicked.connect(self.test_key)
        row.addWidget(self.test_button)
        self.save_button = QPushButton(tr("Save key"))
        self.save_button.setObjectName("carrier-save")
        self.save_button.clicked.connect(self.save_key)
        row.addWidget(self.save_button)
        self.remove_button = QPushButton(tr("Remove key"))
        self.remove_button.setObjectName("carrier-remove")
        self.remove_button.clicked.connect(self.remove_key)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.result_label = plain_label("")
        self.result_label.setObjectName("carrier-result")
        layout.addWidget(self.result_label)
        self.state_label = plain_label("")
        self.state_label.setObjectName("carrier-state")
        layout.addWidget(self.state_label)
        self.quota_label = plain_label("")
        self.quota_label.setObjectName("carrier-quota")
        layout.addWidget(self.quota_label)
        self.refresh()

    def refresh(self) -> None:
        status = self.tracking.statuses[self.service]
        saved = self.tracking.has_key(self.service)
        self.key_field.setPlaceholderText(tr("A key is saved; paste another to replace it")
                                          if saved else tr("Paste your key"))
        self.remove_button.setEnabled(saved)
        self.state_label.setText(state_text(self.service, status.state, status.until, status.detail))
        self.quota_label.setText(quota_text(self.service, status.used_today, status.registrations))

    # -- the key -----------------------------------------------------------------------------

    def test_key(self) -> None:
        self.test_button.setEnabled(False)
        self.result_label.setText(tr("Testing…"))
        self.tracking.test_key(self.service, self.key_field.text(), self._tested, self._test_failed, context=self)

    def _tested(self, state: ServiceState) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(key_test_text(self.service, state))

    def _test_failed(self, _error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(key_test_text(self.service, ServiceState.DOWN))

    def pending_key(self) -> str:
        return self.key_field.text().strip()

    def save_key(self) -> None:
        if not self.pending_key():
            self.result_label.setText(tr("Paste a key first."))
            return
        self._store(self.pending_key(), tr("Saved in your keyring."))

    def remove_key(self) -> None:
        self._store("", tr("Removed from your keyring."))

    def _store(self, key: str, done_text: str) -> None:
        self.save_button.setEnabled(False)
        self.remove_button.setEnabled(False)

        def saved() -> None:
            self.key_field.clear()
            self.save_button.setEnabled(True)
            self.result_label.setText(done_text)
            self.refresh()

        def failed(state: KeyringState) -> None:
            self.save_button.setEnabled(True)
            self.result_label.setText(keyring_text(state))
            self.refresh()

        self.tracking.save_key(self.service, key, saved, failed, context=self)


class CarrierTrackingPage(QScrollArea):
    """The Settings tab; ``apply`` (the dialog's OK) saves the keys typed but not saved yet."""

    def __init__(self, tracking: TrackingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrier-tracking-page")
        self.setWidgetResizable(True)
        self.tracking = tracking
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading_label(tr("Follow parcels with the carriers' own tracking")))
        self.intro_label = plain_label(tr(
            "With a key, the app asks the carrier itself where each parcel is (out for delivery, waiting at a post "
            "office, held at customs, delivered) and applies TPOP's rules to it; without one it shows the tracking "
            "links, as now. Keys are free, yours, and kept in your keyring. Only tracking numbers are sent."))
        self.intro_label.setObjectName("carrier-intro")
        layout.addWidget(self.intro_label)
        self.keyring_label = plain_label("")
        self.keyring_label.setObjectName("carrier-keyring")
        layout.addWidget(self.keyring_label)
        self.boxes = {service: ServiceBox(service, tracking) for service in Service}
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        tracking.statusChanged.connect(self.refresh)
        tracking.keysChanged.connect(self.refresh)
        self.refresh()
        tracking.refresh_budgets()  # today's use, read in the background

    def refresh(self) -> None:
        self.intro_label.setVisible(not self.tracking.has_keys())
        problem = self.tracking.keyring_problem
        self.keyring_label.setText(tr("The keys could not be read: {reason}").format(reason=keyring_text(problem))
                                   if problem is not None else "")
        self.keyring_label.setVisible(problem is not None)
        for box in self.boxes.values():
            box.refresh()

    def apply(self) -> None:
        for box in self.boxes.values():
            if box.pending_key():
                box.save_key()
