"""One session shown in the window: the orders, shop checks, cases and tracking binders, made and undone together."""

from __future__ import annotations

from tpop_desktop.session.session import Session
from tpop_desktop.ui.binders.cases import CasesBinder
from tpop_desktop.ui.binders.insights import InsightsBinder
from tpop_desktop.ui.binders.orders import OrdersBinder
from tpop_desktop.ui.binders.shop_orders import ShopOrdersBinder
from tpop_desktop.ui.binders.shops import ShopsBinder
from tpop_desktop.ui.binders.tracking import TrackingBinder
from tpop_desktop.ui.main_window import MainWindow


class SessionBinder:
    """Made right after the session opens; ``unbind`` before the session closes."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        self.session = session
        self.orders = OrdersBinder(window, session)
        self.shops = ShopsBinder(window, session, self.orders.model)
        self.shop_orders = ShopOrdersBinder(window, session, self.orders.model, self.shops.open_shops)
        self.cases = CasesBinder(window, session)
        self.tracking = TrackingBinder(window, session, self.orders.model)
        self.insights = InsightsBinder(window, session, self.orders.model)

    @property
    def model(self):  # noqa: ANN201 - OrderTableModel, re-exported for the controller
        return self.orders.model

    def unbind(self) -> None:
        """The reverse order: insights, tracking, cases (flushes notes), shop checks, then the table."""
        self.insights.unbind()
        self.tracking.unbind()
        self.cases.unbind()
        self.shop_orders.unbind()
        self.shops.unbind()
        self.orders.unbind()
