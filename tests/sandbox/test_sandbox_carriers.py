"""The sandbox's La Poste-, DHL- and 17TRACK-shaped endpoints: keys checked, parcels that move."""

from __future__ import annotations

import pytest
import requests

from tpop_desktop.core.models import Status
from tpop_desktop.sandbox import carrier_routes
from tpop_desktop.sandbox.parcel_story import AGGREGATED, DHL_FAMILY, LA_POSTE_FAMILY, Scenario


@pytest.fixture
def keys(sandbox):
    return sandbox.carrier_keys()


@pytest.fixture
def urls(sandbox):
    return sandbox.carrier_base_urls()


def la_poste(urls, keys, *numbers, key=None, lang="fr_FR"):
    return requests.get(f"{urls['laposte']}/idships/{','.join(numbers)}", params={"lang": lang},
                        headers={"X-Okapi-Key": keys["laposte"] if key is None else key}, timeout=5)


def dhl(urls, keys, number, key=None, **params):
    return requests.get(f"{urls['dhl']}/shipments", params={"trackingNumber": number, **params},
                        headers={"DHL-API-Key": keys["dhl"] if key is None else key}, timeout=5)


def seventeen(urls, keys, action, numbers, key=None):
    return requests.post(f"{urls['17track']}/{action}", json=[{"number": n} for n in numbers],
                         headers={"17token": keys["17track"] if key is None else key}, timeout=5)


def scenario_number(sandbox, scenario):
    return next(n for n, s in sandbox.carriers.world.scenarios.items() if s is scenario)


@pytest.mark.parametrize("key", ["", "wrong-key"])
def test_each_service_checks_its_key_header(sandbox, urls, keys, key):
    number = scenario_number(sandbox, Scenario.PICKUP)
    answer = la_poste(urls, keys, number, key=key)
    assert answer.status_code == 401
    assert answer.json() == {"code": "UNAUTHORIZED", "message": "This action requires an authorization"}
    assert dhl(urls, keys, number, key=key).status_code == 401
    answer = seventeen(urls, keys, "gettrackinfo", [number], key=key)
    assert answer.status_code == 401 and answer.json()["code"] == -18010002
    assert keys["laposte"] not in str(sandbox.requests)


def test_the_showcase_parcels_answer_with_the_reference_codes(sandbox, urls, keys):
    numbers = {scenario: scenario_number(sandbox, scenario) for scenario in
               (Scenario.PICKUP, Scenario.CUSTOMS, Scenario.RETURNED, Scenario.PARTNER, Scenario.NOT_YET,
                Scenario.OUT_FOR_DELIVERY)}
    answer = la_poste(urls, keys, *numbers.values())
    assert answer.status_code == 207 and answer.headers["x-okapi-request-id"]
    by_number = {envelope["idShip"] if "idShip" in envelope else envelope["shipment"]["idShip"]: envelope
                 for envelope in answer.json()}
    pickup = by_number[numbers[Scenario.PICKUP]]["shipment"]
    assert pickup["event"][0]["code"] == "AG1" and pickup["contextData"]["removalPoint"]["type"] == "BDP"
    assert by_number[numbers[Scenario.CUSTOMS]]["shipment"]["event"][0]["code"] == "DO3"
    returned = by_number[numbers[Scenario.RETURNED]]["shipment"]
    assert [e["code"] for e in returned["event"]][:3] == ["DI2", "ET1", "RE1"] and returned["isFinal"] is True
    partner = by_number[numbers[Scenario.PARTNER]]["shipment"]["contextData"]["partner"]
    assert set(partner) == {"name", "network", "reference"} and partner["reference"] != numbers[Scenario.PARTNER]
    assert by_number[numbers[Scenario.NOT_YET]]["returnCode"] == 104
    assert by_number[numbers[Scenario.OUT_FOR_DELIVERY]]["shipment"]["event"][0]["code"] == "MD2"


def test_one_number_is_a_bare_object_and_104_comes_with_404(sandbox, urls, keys):
    found = la_poste(urls, keys, scenario_number(sandbox, Scenario.PICKUP))
    assert found.status_code == 200 and found.json()["returnCode"] == 200
    waiting = la_poste(urls, keys, scenario_number(sandbox, Scenario.NOT_YET))
    assert waiting.status_code == 404 and waiting.json()["returnCode"] == 104
    invalid = la_poste(urls, keys, "SHORT")
    assert invalid.status_code == 400 and invalid.json()["returnCode"] == 400
    nobodys = la_poste(urls, keys, "LB999999995FR")  # belongs to no one
    assert nobodys.json()["returnCode"] == 104


def test_a_parcel_moves_as_the_clock_advances_and_agrees_with_tpop(sandbox, clock, urls, keys):
    reference = next(o.reference for o in sandbox.orders() if o.status is Status.PRODUCTION)
    order = sandbox.ship(reference, carrier="Colissimo")
    number = order.latest_shipment.tracking_number
    assert la_poste(urls, keys, number).json()["returnCode"] == 104  # tracking not active yet
    codes = []
    for _ in range(4):
        clock.advance(minutes=6)
        codes.append(la_poste(urls, keys, number).json()["shipment"]["event"][0]["code"])
    assert codes == ["DR1", "PC1", "PC1", "ET1"]  # a live parcel lives an hour per minute
    clock.advance(minutes=30)
    sandbox.deliver(reference)
    delivered = la_poste(urls, keys, number).json()["shipment"]
    assert delivered["event"][0]["code"] == "DI1" and delivered["isFinal"] is True and "deliveryDate" in delivered


def test_dhl_answers_in_its_shape_with_local_times(sandbox, urls, keys):
    parcel = sandbox.carriers.world.parcels(DHL_FAMILY)[0]
    body = dhl(urls, keys, parcel.number, service="express").json()
    shipment = body["shipments"][0]
    assert shipment["id"] == parcel.number and shipment["service"] == "express"
    assert all(len(e["timestamp"]) == 19 for e in shipment["events"])  # no offset
    assert {e["statusCode"] for e in shipment["events"]} <= {"pre-transit", "transit", "delivered", "failure",
                                                            "unknown"}
    assert "unknown" in {e["statusCode"] for e in shipment["events"]}  # an internal scan ("CLOSE BAG")
    missing = dhl(urls, keys, "0000000000")
    assert missing.status_code == 404
    assert missing.json()["title"] == "No result found" and missing.json()["status"] == 404


def test_dhl_counts_the_keys_calls_and_answers_429_over_the_quota(sandbox, urls, keys, monkeypatch):
    monkeypatch.setattr(carrier_routes, "DHL_DAILY_CALLS", 2)
    parcel = sandbox.carriers.world.parcels(DHL_FAMILY)[0]
    assert [dhl(urls, keys, parcel.number).status_code for _ in range(3)] == [200, 200, 429]
    assert dhl(urls, keys, parcel.number).json()["title"] == "Too Many Requests"


def test_17track_registers_once_then_tracks(sandbox, urls, keys):
    parcels = sandbox.carriers.world.parcels(AGGREGATED)[:3]
    numbers = [p.number for p in parcels]
    before = seventeen(urls, keys, "gettrackinfo", numbers).json()
    assert {r["error"]["code"] for r in before["data"]["rejected"]} == {-18019902}
    first = seventeen(urls, keys, "register", numbers).json()
    assert first["code"] == 0 and [a["number"] for a in first["data"]["accepted"]] == numbers
    again = seventeen(urls, keys, "register", numbers[:1]).json()
    assert again["data"]["rejected"][0]["error"]["code"] == -18019901
    tracked = seventeen(urls, keys, "gettrackinfo", numbers).json()["data"]["accepted"]
    statuses = {item["track_info"]["latest_status"]["status"] for item in tracked}
    assert statuses <= {"InfoReceived", "InTransit", "AvailableForPickup", "Delivered", "OutForDelivery"}
    assert seventeen(urls, keys, "gettrackinfo", [f"{i:08d}" for i in range(41)]).json()["code"] == -18010014
    assert seventeen(urls, keys, "getquota", []).json() == {"code": 0, "data": {}}


def test_a_relay_parcel_waits_at_its_relay_point(sandbox, urls, keys):
    relay = next(p for p in sandbox.carriers.world.parcels(("Mondial Relay",))
                 if p.order.status is Status.SHIPPED and p.visible(sandbox.state.now()))
    seventeen(urls, keys, "register", [relay.number])
    info = seventeen(urls, keys, "gettrackinfo", [relay.number]).json()["data"]["accepted"][0]["track_info"]
    assert info["latest_status"]["status"] == "AvailableForPickup"


def test_the_showcase_is_picked_among_la_poste_parcels(sandbox):
    world = sandbox.carriers.world
    family = {p.number for p in world.parcels(LA_POSTE_FAMILY)}
    assert set(world.scenarios) <= family and len(set(world.scenarios.values())) == 6
