"""What a merchant without a connected account sees first: try the demo, or connect."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import heading_label, plain_label


COLUMN_WIDTH = 540


class WelcomePage(QWidget):
    demoRequested = Signal()
    connectRequested = Signal()
    shopsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # One column of fixed width: its wrapped texts get that width and the height it needs
        # (a wrapped label centred on its own takes a guessed width and loses lines).
        column = QWidget()
        column.setObjectName("welcome-column")
        column.setFixedWidth(COLUMN_WIDTH)
        outer.addWidget(column)
        layout = QVBoxLayout(column)
        title = heading_label(tr("Welcome to TPOP Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        intro = plain_label(tr(
            "See every TPOP order at once, follow each parcel with the right tracking link, and know what to "
            "do when an order is blocked or late."))
        intro.setObjectName("welcome-intro")
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(intro)
        self.connect_button = QPushButton(tr("Connect your TPOP account…"))
        self.connect_button.setObjectName("connect-button")
        self.connect_button.clicked.connect(self.connectRequested)
        layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.shops_button = QPushButton(tr("Connect your shops…"))
        self.shops_button.setObjectName("shops-button")
        self.shops_button.setToolTip(tr("Shopify, WooCommerce or Etsy: see the orders with TPOP products and their "
                                        "tracking, read from your shops, without a TPOP token."))
        self.shops_button.clicked.connect(self.shopsRequested)
        layout.addWidget(self.shops_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.demo_button = QPushButton(tr("Try the demo account"))
        self.demo_button.setObjectName("demo-button")
        self.demo_button.clicked.connect(self.demoRequested)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.notice = plain_label("")
        self.notice.setObjectName("welcome-notice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        layout.addWidget(self.notice)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
