"""Tracking numbers and links: what the merchant clicks must open the right page."""

from __future__ import annotations

import json
import re
import string
from importlib import resources

import pytest

from tpop_desktop.core.tracking import (
    CARRIER,
    DESTINATION,
    TrackingLink,
    carrier_named_in,
    destination_post_link,
    is_safe_tracking_url,
    is_valid_s10,
    links_for,
    looks_like_s10,
    looks_like_tracking_number,
    normalize,
    s10_issuer,
)

LA_POSTE_S10 = "LB123456785FR"


def _table() -> dict:
    text = resources.files("tpop_desktop").joinpath("data", "tracking_links.json").read_text(encoding="utf-8")
    return json.loads(text)


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("lb 123 456 785 fr", "LB123456785FR"),
        ("LB-123.456/785_FR", "LB123456785FR"),
        ("\tlb123456785fr\n", "LB123456785FR"),
        ("LB\u00a0123\u00a0456\u00a0785\u00a0FR", "LB123456785FR"),
        ("6a15602676300", "6A15602676300"),
        ("", ""),
    ],
)
def test_normalize_removes_separators_and_upper_cases(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("number", "valid", "shape", "issuer"),
    [
        ("LB123456785FR", True, True, "FR"),
        ("LB123456784FR", False, True, None),  # wrong check digit: probably mistyped
        ("CB719248650FR", True, True, "FR"),  # C = 10 -> 0
        ("CB719248655FR", False, True, None),
        ("EE830820615FR", True, True, "FR"),  # C = 11 -> 5
        ("EE830820610FR", False, True, None),
        ("RB473124829GB", True, True, "GB"),  # Wikipedia's example serial 47312482 -> 9
        ("lb 123 456 785 fr", True, True, "FR"),
        ("LB123456785XX", False, True, None),  # XX is no assigned country
        ("LB12345678FR", False, False, None),  # too short
        ("LB1234567855FR", False, False, None),  # too long
        ("6A15602676300", False, False, None),  # La Poste domestic number
        ("1Z999AA10123456784", False, False, None),
        ("LB١٢٣٤٥٦٧٨٥FR", False, False, None),  # non-ASCII digits
    ],
)
def test_s10_validation(number: str, valid: bool, shape: bool, issuer: str | None) -> None:
    assert is_valid_s10(number) is valid
    assert looks_like_s10(number) is shape
    assert s10_issuer(number) == issuer


def test_the_country_list_holds_every_assigned_alpha2_code() -> None:
    names = _table()["iso3166_alpha2"]["names"]
    assert len(names) == 249
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in names)
    assert {"FR", "BE", "DE", "GB", "AX", "SS", "XK"} - set(names) == {"XK"}


# --- destination posts ---------------------------------------------------------------------

N = "RB473124829GB"  # a valid S10 from Royal Mail, carried by an unnamed carrier below

EXPECTED_DESTINATION_URLS = {
    "BE": f"https://track.bpost.cloud/btr/web/#/search?itemCode={N}&lang=en&postalCode=1234AB",
    "DE": f"https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode={N}",
    "NL": f"https://jouw.postnl.nl/track-and-trace/{N}-NL-1234AB",
    "LU": "https://www.post.lu/fr/particuliers/colis-courrier/track-and-trace#/search",
    "CH": f"https://service.post.ch/ekp-web/ui/entry/search/{N}",
    "AT": f"https://www.post.at/s/sendungsdetails?snr={N}",
    "IT": f"https://www.poste.it/cerca/index.html#/risultati-spedizioni/{N}",
    "ES": f"https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={N}",
    "PT": f"https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects={N}",
    "IE": f"https://www.anpost.com/Post-Parcels/Track/History?item={N}",
    "GB": f"https://www.royalmail.com/track-your-item#/tracking-results/{N}",
    "SE": f"https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId={N}",
    "DK": f"https://www.postnord.dk/varktojer/track-trace?shipmentId={N}",
    "NO": f"https://sporing.posten.no/sporing/{N}",
    "FI": f"https://www.posti.fi/fi/seuranta#/lahetys/{N}",
    "PL": f"https://emonitoring.poczta-polska.pl/?numer={N}",
    "CZ": f"https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers={N}",
    "US": f"https://tools.usps.com/go/TrackConfirmAction?tLabels={N}",
    "CA": f"https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={N}",
    "AU": f"https://auspost.com.au/mypost/track/details/{N}",
}


def test_every_national_post_in_the_table_has_an_expected_url_here() -> None:
    countries = {row["country"] for row in _table()["national_posts"]}
    assert countries - {"FR"} == set(EXPECTED_DESTINATION_URLS)  # FR never gets a destination link


@pytest.mark.parametrize(("country", "expected"), sorted(EXPECTED_DESTINATION_URLS.items()))
def test_destination_post_url_for_every_country(country: str, expected: str) -> None:
    links = links_for(N, carrier="La Poste", destination=country, postcode="1234 AB")
    destination = [link for link in links if link.kind == DESTINATION]
    assert len(destination) == 1
    assert destination[0].url == expected
    assert destination[0].country == country
    assert destination[0].copy_number is (country == "LU")


def test_royal_mail_is_the_destination_post_for_great_britain() -> None:
    links = links_for(LA_POSTE_S10, carrier="La Poste", destination="GB")
    assert links[1] == TrackingLink(
        DESTINATION,
        "Royal Mail (United Kingdom)",
        f"https://www.royalmail.com/track-your-item#/tracking-results/{LA_POSTE_S10}",
        False,
        "Royal Mail",
        "GB",
    )


def test_no_destination_link_for_france() -> None:
    links = links_for(LA_POSTE_S10, carrier="Colissimo", destination="FR")
    assert [link.kind for link in links] == [CARRIER]


@pytest.mark.parametrize(
    ("carrier", "destination"),
    [("bpost", "BE"), ("PostNL", "NL"), ("Royal Mail", "GB"), ("USPS", "US"), ("DHL Paket", "DE"), (None, "GB")],
)
def test_no_destination_link_when_the_carrier_is_that_countrys_post(carrier: str | None, destination: str) -> None:
    links = links_for(N, carrier=carrier, destination=destination, postcode="1234AB")
    assert [link.kind for link in links] == [CARRIER]
    assert links[0].country == destination


@pytest.mark.parametrize(
    ("number", "carrier"),
    [("01234567890123", "DPD"), ("12345678", "Mondial Relay"), ("3SABCD1234567", "PostNL"),
     ("6A12345678901", "Colissimo"), ("1Z999AA10123456784", "UPS"), ("LB123456784FR", "La Poste")],
)
def test_no_destination_post_for_a_number_the_posts_do_not_hand_over(number: str, carrier: str) -> None:
    """Only a valid postal (S10) number reaches the destination's post; the last one fails its check digit."""
    links = links_for(number, carrier=carrier, destination="BE", postcode="1000")
    assert DESTINATION not in [link.kind for link in links]


def test_belgian_shipment_with_a_la_poste_s10_gives_la_poste_and_bpost() -> None:
    links = links_for(LA_POSTE_S10, carrier="La Poste", destination="BE", language="nl")
    assert links == [
        TrackingLink(
            CARRIER,
            "La Poste / Colissimo (France)",
            f"https://www.laposte.fr/outils/suivre-vos-envois?code={LA_POSTE_S10}",
            False,
            "La Poste / Colissimo",
            "FR",
        ),
        TrackingLink(
            DESTINATION,
            "bpost (Belgium)",
            f"https://track.bpost.cloud/btr/web/#/search?itemCode={LA_POSTE_S10}&lang=nl",
            False,
            "bpost",
            "BE",
        ),
    ]


@pytest.mark.parametrize(
    ("language", "lang"),
    [("fr", "fr"), ("nl", "nl"), ("de", "de"), ("en", "en"), ("es", "en"), ("FR-be", "fr"), (None, "en")],
)
def test_bpost_language_falls_back_to_the_page_default(language: str | None, lang: str) -> None:
    link = links_for(LA_POSTE_S10, carrier="La Poste", destination="BE", language=language)[1]
    assert link.url == f"https://track.bpost.cloud/btr/web/#/search?itemCode={LA_POSTE_S10}&lang={lang}"


def test_bpost_takes_the_postcode_when_known() -> None:
    link = links_for(LA_POSTE_S10, carrier="La Poste", destination="BE", postcode=" 1000 ", language="fr")[1]
    assert link.url.endswith("&lang=fr&postalCode=1000")


@pytest.mark.parametrize(
    ("destination", "language", "expected"),
    [
        ("CA", "fr", f"https://www.canadapost-postescanada.ca/track-reperage/fr#/search?searchFor={N}"),
        ("CA", "de", f"https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={N}"),
        ("LU", "de", "https://www.post.lu/de/particuliers/colis-courrier/track-and-trace#/search"),
        ("LU", "it", "https://www.post.lu/fr/particuliers/colis-courrier/track-and-trace#/search"),
        ("FI", "sv", f"https://www.posti.fi/sv/uppfoljning#/lahetys/{N}"),
        ("SE", "en", f"https://www.postnord.se/en/our-tools/track-and-trace?shipmentId={N}"),
        ("CZ", "en", f"https://www.postaonline.cz/en/trackandtrace/-/zasilka/cislo?parcelNumbers={N}"),
    ],
)
def test_language_where_the_page_takes_one(destination: str, language: str, expected: str) -> None:
    links = links_for(N, carrier="La Poste", destination=destination, language=language)
    assert links[1].url == expected


def test_luxembourg_has_no_deep_link_so_the_number_is_copied() -> None:
    link = links_for(LA_POSTE_S10, carrier="La Poste", destination="LU")[1]
    assert link.copy_number is True
    assert link.label == "POST Luxembourg (Luxembourg)"


def test_a_country_outside_the_table_opens_the_upu_page_and_copies_the_number() -> None:
    link = links_for(LA_POSTE_S10, carrier="La Poste", destination="jp")[1]
    assert (link.kind, link.url, link.copy_number, link.country) == (
        DESTINATION,
        "https://globaltracktrace.ptc.post/gtt.web/",
        True,
        "JP",
    )


@pytest.mark.parametrize("destination", ["XX", "", "FRA", None])
def test_no_destination_link_for_an_unknown_country(destination: str | None) -> None:
    assert [link.kind for link in links_for(LA_POSTE_S10, carrier="La Poste", destination=destination)] == [CARRIER]


# --- postcodes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("postcode", "url", "copy"),
    [
        ("1234 AB", "https://jouw.postnl.nl/track-and-trace/3SABCD1234567-NL-1234AB", False),
        ("1234ab", "https://jouw.postnl.nl/track-and-trace/3SABCD1234567-NL-1234AB", False),
        (None, "https://jouw.postnl.nl/track-and-trace/", True),
        ("", "https://jouw.postnl.nl/track-and-trace/", True),
    ],
)
def test_postnl_needs_the_postcode(postcode: str | None, url: str, copy: bool) -> None:
    links = links_for("3SABCD1234567", carrier="PostNL", destination="NL", postcode=postcode)
    assert [(link.url, link.copy_number) for link in links] == [(url, copy)]


@pytest.mark.parametrize(
    ("postcode", "url"),
    [
        ("75011", "https://www.mondialrelay.fr/suivi-de-colis?numeroExpedition=12345678&codePostal=75011"),
        (None, "https://www.mondialrelay.fr/suivi-de-colis?numeroExpedition=12345678"),
    ],
)
def test_mondial_relay_postcode(postcode: str | None, url: str) -> None:
    links = links_for("12345678", carrier="Mondial Relay", destination="FR", postcode=postcode)
    assert [(link.url, link.copy_number, link.label) for link in links] == [(url, False, "Mondial Relay")]


def test_number_and_postcode_are_url_encoded() -> None:
    links = links_for("AB#1&x=2", carrier="Mondial Relay", postcode="75&01?")
    assert links[0].url == (
        "https://www.mondialrelay.fr/suivi-de-colis?numeroExpedition=AB%231%26X%3D2&codePostal=75%2601%3F"
    )


# --- carriers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("carrier", "language", "url"),
    [
        ("La Poste", None, "https://www.laposte.fr/outils/suivre-vos-envois?code=XY1"),
        ("colissimo", "en", "https://www.laposte.fr/outils/track-a-parcel?code=XY1"),
        ("La Poste - Colissimo", None, "https://www.laposte.fr/outils/suivre-vos-envois?code=XY1"),
        ("Chronopost", None, "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY1"),
        ("DPD", None, "https://trace.dpd.fr/fr/trace/XY1"),
        ("GLS", None, "https://gls-group.eu/track/XY1"),
        ("gls france", "fr", "https://gls-group.com/FR/fr/suivi-colis?match=XY1"),
        ("UPS", "fr", "https://www.ups.com/track?loc=fr_FR&tracknum=XY1"),
        ("UPS Standard", None, "https://www.ups.com/track?loc=en_US&tracknum=XY1"),
        ("DHL", None, "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=XY1"),
        ("DHL Express", "de", "https://www.dhl.com/de-de/home/tracking/tracking-express.html?submit=1&tracking-id=XY1"),
        ("DHL Paket", "en", "https://www.dhl.de/en/privatkunden/pakete-empfangen/verfolgen.html?piececode=XY1"),
        ("DHL Paket", "it", "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=XY1"),
        ("Deutsche Post", None, "https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=XY1"),
        ("bpost", "de", "https://track.bpost.cloud/btr/web/#/search?itemCode=XY1&lang=de"),
        ("Royal Mail", None, "https://www.royalmail.com/track-your-item#/tracking-results/XY1"),
        ("USPS", None, "https://tools.usps.com/go/TrackConfirmAction?tLabels=XY1"),
        ("Ceska posta", None, "https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers=XY1"),
        ("MondialRelay", None, "https://www.mondialrelay.fr/suivi-de-colis?numeroExpedition=XY1"),
        ("La Poste Suisse", None, "https://service.post.ch/ekp-web/ui/entry/search/XY1"),
    ],
)
def test_carrier_names_are_matched_leniently(carrier: str, language: str | None, url: str) -> None:
    links = links_for("xy 1", carrier=carrier, language=language)
    assert [link.url for link in links] == [url]


@pytest.mark.parametrize(
    "bad_url",
    [
        "http://www.laposte.fr/outils/suivre-vos-envois?code=LB123456785FR",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        " https://x.example/track",
        "https://x.example/track ",
        "https://user@host.example/track",
        "https://user:pw@host.example/track",
        "https:///x",
        "//host.example/track",
        "/track/LB123456785FR",
        "https://host.example/tr\u0000ack",
        "https://host.example/tr\nack",
        "https://host.example:99999/track",
        "https://good.example\\@evil.example/",
        "https://tracking.example/<h1>CALL-NOW</h1>",
        'https://tracking.example/"onmouseover',
        "https://tracking.example/{x}|`y`^",
        "",
    ],
)
def test_unsafe_api_urls_are_replaced_by_the_template(bad_url: str) -> None:
    assert not is_safe_tracking_url(bad_url)
    links = links_for(LA_POSTE_S10, carrier="La Poste", url=bad_url)
    assert [link.url for link in links] == [f"https://www.laposte.fr/outils/suivre-vos-envois?code={LA_POSTE_S10}"]


def test_a_safe_api_url_is_used_as_given() -> None:
    api_url = "https://www.laposte.fr/outils/suivre-vos-envois?code=LB123456785FR&from=tpop"
    links = links_for(LA_POSTE_S10, carrier="Colissimo", url=api_url, destination="DE")
    assert [(link.kind, link.url, link.operator) for link in links] == [
        (CARRIER, api_url, "La Poste / Colissimo"),
        (
            DESTINATION,
            f"https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode={LA_POSTE_S10}",
            "Deutsche Post",
        ),
    ]


def test_an_unknown_carrier_with_a_safe_url_keeps_its_own_name() -> None:
    links = links_for("123", carrier="Colis Privé", url="https://www.colisprive.com/x?n=123")
    assert [(link.label, link.operator, link.country) for link in links] == [("Colis Privé", "Colis Privé", None)]


@pytest.mark.parametrize(
    ("number", "url"),
    [
        ("RB473124829GB", "https://www.royalmail.com/track-your-item#/tracking-results/RB473124829GB"),
        ("LB123456785FR", "https://www.laposte.fr/outils/suivre-vos-envois?code=LB123456785FR"),
        ("CP123456785CH", "https://service.post.ch/ekp-web/ui/entry/search/CP123456785CH"),
    ],
)
def test_unknown_carrier_with_a_valid_s10_uses_the_issuing_post(number: str, url: str) -> None:
    for carrier in (None, "", "Unknown Logistics"):
        assert [link.url for link in links_for(number, carrier=carrier)] == [url]


@pytest.mark.parametrize("number", ["LB123456784FR", "123456789", "LB123456785CN"])
def test_unknown_carrier_without_a_usable_s10_gives_no_carrier_link(number: str) -> None:
    assert links_for(number, carrier="Unknown Logistics") == []


def test_an_empty_number_gives_no_links() -> None:
    assert links_for("  ", carrier="La Poste", destination="BE") == []


def test_every_template_only_uses_known_placeholders() -> None:
    table = _table()
    rows = table["national_posts"] + table["carriers"]
    allowed = {"number", "lang", "postcode", "country"}
    for row in rows:
        assert row["source"], row
        templates = [row["template"], *row.get("lang_variants", {}).values(), row.get("without_postcode", "")]
        for template in templates:
            names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
            assert names <= allowed, (row["operator"], names)
            assert template == "" or template.startswith("https://")
            if "lang" in names:
                assert row["default_lang"] in row["lang_values"], row["operator"]


@pytest.mark.parametrize(("number", "expected"), [
    ("LB123456785FR", True),  # S10
    ("6A12345678901", True),  # Colissimo at home
    ("1Z999AA10123456784", True),  # UPS
    ("0034 0434 1610 9404 2557", True),  # digits, printed grouped
    ("12345678", True),  # Mondial Relay
    ("4RP55200GJ177180N", False),  # a PayPal refund id
    ("ch_3PqXyZ2eZvKYlo2C", False),
    ("1234567", False),
    ("", False),
])
def test_parcel_numbers_are_told_from_other_references_by_their_shape(number: str, expected: bool) -> None:
    assert looks_like_tracking_number(number) is expected


def test_a_carrier_named_in_free_text_is_found() -> None:
    assert carrier_named_in("Shipped with Mondial Relay today") == "Mondial Relay"
    assert carrier_named_in("Refunded 12.50 - Refund ID: 4RP55200GJ177180N") is None


def test_a_partners_own_number_gets_the_destination_posts_page() -> None:
    """La Poste hands a parcel to bpost, which tracks it under its own (not postal S10) number."""
    link = destination_post_link("323212345678901234", "be", postcode="1000", language="fr")
    assert link is not None and link.kind == DESTINATION and link.country == "BE" and "bpost" in link.url
    assert destination_post_link("323212345678901234", "FR") is None  # no border to cross
    assert destination_post_link("", "BE") is None
