"""What the case flows say to the merchant, and which customer message fits which step.

The core returns codes (kinds, steps, decisions, template ids); the sentences live here
so they can be translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from tpop_desktop.core.cases import Case, CaseKind, CaseStep, Decision, next_step
from tpop_desktop.core.messages import TemplateId
from tpop_desktop.store.records import CaseEvent, CaseEventKind
from tpop_desktop.ui.texts import tr


def kind_title(kind: CaseKind) -> str:
    return {
        CaseKind.NOT_RECEIVED: tr("Delivered, but the customer never got it"),
        CaseKind.NO_TRACKING_UPDATE: tr("No tracking update for 21 days"),
        CaseKind.RETURNED_TO_SENDER: tr("Returned to sender"),
    }[CaseKind(kind)]


def start_label(kind: CaseKind) -> str:
    """The detail pane's button that opens a new case of this kind."""
    return {
        CaseKind.NOT_RECEIVED: tr("Customer says not received"),
        CaseKind.NO_TRACKING_UPDATE: tr("No tracking update for 21 days"),
        CaseKind.RETURNED_TO_SENDER: tr("Returned to sender"),
    }[CaseKind(kind)]


def rule_sentence(kind: CaseKind) -> str:
    """TPOP's rule for this situation, in one sentence."""
    return {
        CaseKind.NOT_RECEIVED: tr("The carrier's tracking is authoritative: once a parcel is marked delivered, "
                                  "no claim is possible and TPOP does not reship."),
        CaseKind.NO_TRACKING_UPDATE: tr("TPOP support looks into a parcel shipped more than 21 days ago; it is "
                                        "reshipped or refunded only once the carrier officially declares it lost."),
        CaseKind.RETURNED_TO_SENDER: tr("A parcel returned for a wrong address can be reshipped for a fee; it is "
                                        "not refunded."),
    }[CaseKind(kind)]


def step_title(step: CaseStep, *, relay: bool = False) -> str:
    """``relay``: the parcel went to a relay point (Mondial Relay), not to a door."""
    if relay and CaseStep(step) is CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE:
        return tr("Ask the customer to check with the relay point")
    return {
        CaseStep.CHECK_TRACKING: tr("Check what the carrier's tracking says, and when"),
        CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE: tr("Ask the customer to check with the neighbours and the "
                                                    "post office"),
        CaseStep.CONTACT_SUPPORT: tr("Contact TPOP support with the tracking number"),
        CaseStep.WAIT_FOR_CARRIER_VERDICT: tr("Wait until the carrier declares the parcel lost, or it turns up"),
        CaseStep.CHECK_ADDRESS: tr("Check the shipping address"),
        CaseStep.ASK_CUSTOMER_FOR_ADDRESS: tr("Ask the customer for the full address"),
        CaseStep.DECIDE: tr("Decide"),
    }[CaseStep(step)]


def step_explanation(step: CaseStep, *, relay: bool = False) -> str:
    if relay and CaseStep(step) is CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE:
        return tr("The parcel waits at the relay point named in the carrier's tracking. The customer collects it "
                  "there with the tracking number and an identity document, before the relay point sends it back.")
    return {
        CaseStep.CHECK_TRACKING: tr("Open the carrier's page, and the destination post's page if the parcel "
                                    "crossed a border."),
        CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE: tr(
            "Parcels are often left with a neighbour, or at the nearest post office when the letterbox is not "
            "standard or the parcel does not fit. The customer collects it with the tracking number and an "
            "identity document."),
        CaseStep.CONTACT_SUPPORT: tr("Use the order's \"Support for this order\" button in the TPOP dashboard."),
        CaseStep.WAIT_FOR_CARRIER_VERDICT: tr("TPOP reships or refunds only after the carrier's official verdict."),
        CaseStep.CHECK_ADDRESS: tr("Compare the address in your shop with the one TPOP shipped to."),
        CaseStep.ASK_CUSTOMER_FOR_ADDRESS: tr("Street, house number, flat, postcode, town, country and the name "
                                              "on the letterbox."),
        CaseStep.DECIDE: tr("If the customer still could not collect it, the decision is yours."),
    }[CaseStep(step)]


def decision_label(decision: Decision) -> str:
    """The button that records this outcome."""
    return {
        Decision.FOUND: tr("The parcel turned up"),
        Decision.REFUSED: tr("Refused"),
        Decision.RESHIP_AT_MY_COST: tr("Reship at my cost"),
        Decision.RESHIPPED_BY_TPOP: tr("Declared lost: TPOP reships"),
        Decision.REFUNDED_BY_TPOP: tr("Declared lost: TPOP refunds"),
        Decision.RESHIP_FOR_FEE: tr("Reship for a fee"),
    }[Decision(decision)]


def decision_outcome(decision: Decision) -> str:
    """The outcome, as the case's state and in the timeline."""
    return {
        Decision.FOUND: tr("the parcel turned up"),
        Decision.REFUSED: tr("refused, no new parcel"),
        Decision.RESHIP_AT_MY_COST: tr("reshipped at your cost"),
        Decision.RESHIPPED_BY_TPOP: tr("declared lost, reshipped by TPOP"),
        Decision.REFUNDED_BY_TPOP: tr("declared lost, refunded by TPOP"),
        Decision.RESHIP_FOR_FEE: tr("reshipped for a fee"),
    }[Decision(decision)]


def template_title(template_id: str) -> str:
    titles = {
        TemplateId.NOT_RECEIVED_CHECK_NEIGHBOURS_POST_OFFICE: tr("Check with the neighbours and the post office"),
        TemplateId.NOT_RECEIVED_REFUSAL: tr("No new parcel can be sent"),
        TemplateId.NOT_RECEIVED_RESHIP: tr("A replacement is on its way"),
        TemplateId.NO_UPDATE_WAITING: tr("We are looking into it"),
        TemplateId.RETURNED_ASK_ADDRESS: tr("Please confirm your address"),
        TemplateId.PICKUP_COLLECT: tr("Your parcel waits for you at a pickup point"),
        TemplateId.IN_TRANSIT_EXPECTED: tr("Your parcel is on its way: when it should arrive"),
    }
    try:
        return titles[TemplateId(template_id)]
    except ValueError:
        return template_id


# Which customer messages fit the step the merchant is at (none: nothing to send yet).
_STEP_MESSAGES: Mapping[CaseStep, tuple[TemplateId, ...]] = MappingProxyType({
    CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE: (TemplateId.NOT_RECEIVED_CHECK_NEIGHBOURS_POST_OFFICE,),
    CaseStep.CONTACT_SUPPORT: (TemplateId.NO_UPDATE_WAITING,),
    CaseStep.WAIT_FOR_CARRIER_VERDICT: (TemplateId.NO_UPDATE_WAITING,),
    CaseStep.ASK_CUSTOMER_FOR_ADDRESS: (TemplateId.RETURNED_ASK_ADDRESS,),
})
_DECIDE_MESSAGES: Mapping[CaseKind, tuple[TemplateId, ...]] = MappingProxyType({
    CaseKind.NOT_RECEIVED: (TemplateId.NOT_RECEIVED_REFUSAL, TemplateId.NOT_RECEIVED_RESHIP),
})
_DECISION_MESSAGES: Mapping[Decision, tuple[TemplateId, ...]] = MappingProxyType({
    Decision.REFUSED: (TemplateId.NOT_RECEIVED_REFUSAL,),
    Decision.RESHIP_AT_MY_COST: (TemplateId.NOT_RECEIVED_RESHIP,),
})


def messages_for(case: Case) -> tuple[str, ...]:
    """The template ids to offer now: the current step's, or the decision's once decided."""
    if case.closed:
        if case.kind is CaseKind.NOT_RECEIVED and case.decision is not None:
            return tuple(t.value for t in _DECISION_MESSAGES.get(case.decision, ()))
        return ()
    step = next_step(case)
    if step is CaseStep.DECIDE:
        return tuple(t.value for t in _DECIDE_MESSAGES.get(case.kind, ()))
    return tuple(t.value for t in _STEP_MESSAGES.get(step, ())) if step is not None else ()


def channel_label(channel: str) -> str:
    return tr("opened in the mail app") if channel == "mail" else tr("copied")


def describe_event(event: CaseEvent) -> str:
    """One timeline line for a case event."""
    try:
        title = kind_title(CaseKind(event.case_kind))
    except ValueError:
        title = event.case_kind
    data = event.data
    try:
        if event.kind is CaseEventKind.OPENED:
            return tr("Case opened: {case}").format(case=title)
        if event.kind is CaseEventKind.STEP_DONE:
            return tr("Case step done: {step}").format(step=step_title(CaseStep(data.get("step", ""))))
        if event.kind is CaseEventKind.STEP_UNDONE:
            return tr("Case step unticked: {step}").format(step=step_title(CaseStep(data.get("step", ""))))
        if event.kind is CaseEventKind.MESSAGE:
            return tr("Customer message \"{message}\" ({language}) {how}").format(
                message=template_title(data.get("template_id", "")), language=data.get("language", ""),
                how=channel_label(data.get("channel", "")))
        if event.kind is CaseEventKind.DECIDED:
            return tr("Case decided: {outcome}").format(outcome=decision_outcome(Decision(data.get("decision", ""))))
        if event.kind is CaseEventKind.REOPENED:
            return tr("Case reopened: {case}").format(case=title)
        if event.kind is CaseEventKind.MANUAL_ORDER:
            return tr("Manual order {reference} placed, charged to you").format(reference=data.get("reference", ""))
    except ValueError:
        pass  # a code written by a newer version
    return f"{title}: {event.kind.value}"
