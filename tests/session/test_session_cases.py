"""The case service without a window: one case per kind, notes, reopening, and a manual order for a reship."""

from __future__ import annotations

import pytest

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.cases import CaseKind, Decision, decide
from tpop_desktop.core.models import Status
from tpop_desktop.session.cases import CaseService
from tpop_desktop.sync.source import SourceLink


@pytest.fixture
def link() -> SourceLink:
    return SourceLink()


@pytest.fixture
def service(qapp, synced_database, tmp_path, link):
    cases = CaseService(synced_database, tmp_path / "templates", link)
    yield cases
    cases.close()


@pytest.fixture
def delivered(sandbox):
    return next(o for o in sandbox.orders() if o.status is Status.DELIVERED and o.shipments)


def test_a_case_of_a_kind_is_opened_once_and_found_again(qtbot, service, delivered):
    with qtbot.waitSignal(service.caseChanged) as changed:
        case, order = service.case_of_kind(delivered.reference, CaseKind.NOT_RECEIVED)
    assert changed.args[0] == case and order.reference == delivered.reference
    again, _order = service.case_of_kind(delivered.reference, CaseKind.NOT_RECEIVED)
    assert again.id == case.id
    assert [c.id for c in service.cases_for(delivered.reference)] == [case.id]
    assert [e.kind.value for e in service.events_for(delivered.reference)] == ["opened"]
    assert service.case(case.id) == (case, order)


def test_an_order_that_allows_no_such_case_or_is_gone_is_refused(service, sandbox):
    waiting = next(o for o in sandbox.orders() if o.status is Status.OPEN)
    with pytest.raises(ValueError):
        service.case_of_kind(waiting.reference, CaseKind.NOT_RECEIVED)
    with pytest.raises(LookupError):
        service.case_of_kind("TP-NOPE", CaseKind.NOT_RECEIVED)


def test_a_decided_case_can_be_reopened(qtbot, service, delivered):
    case, _order = service.case_of_kind(delivered.reference, CaseKind.NOT_RECEIVED)
    service.save_case(decide(case, Decision.REFUSED, service.now()))
    assert service.open_cases() == [] and [c.id for c in service.closed_cases()] == [case.id]
    reopened = service.reopen_case(case.id)
    assert reopened is not None and not reopened.closed
    assert [c.id for c in service.open_cases()] == [case.id]


def test_notes_are_saved_and_announced(qtbot, service, delivered):
    with qtbot.waitSignal(service.noteSaved) as saved:
        service.set_note(delivered.reference, "Called the customer")
    assert saved.args == [delivered.reference, "Called the customer"]
    assert service.note(delivered.reference) == "Called the customer"


def test_manual_orders_wait_for_a_token_then_go_through_the_account(qtbot, service, link, delivered, sandbox,
                                                                    sandbox_token):
    assert not service.manual_orders_available()
    link.set(lambda: TpopConnector(sandbox.base_url, sandbox_token))
    with qtbot.waitSignal(service.manualOrdersChanged) as changed:
        service.source_changed()
    assert changed.args == [True]
    placed = []
    service.place_manual_order(delivered, ["12 rue de la Paix"], placed.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(placed), timeout=10000)
    [manual] = sandbox.manual_orders
    assert placed[0].reference == manual.reference and manual.items == delivered.items
