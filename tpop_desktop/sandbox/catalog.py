"""The sandbox merchant's world: shops, products, customers, places and carriers.

Plain data, chosen to look like a small French print-on-demand business selling across
Europe and a little beyond, so that every screen of the app has something real to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from tpop_desktop.core.models import Account, Platform, Shop

ACCOUNT = Account(id="acc_7Q2M4K", name="Atelier Lune SAS", email="bonjour@atelier-lune.example")

SHOPS: tuple[Shop, ...] = (
    Shop("shop_sh_lune", "Atelier Lune", Platform.SHOPIFY),
    Shop("shop_sh_margaux", "Les T-shirts de Margaux", Platform.SHOPIFY),
    Shop("shop_wc_bonnet", "Bonnet Rouge", Platform.WOOCOMMERCE),
    Shop("shop_et_coton", "PetitCotonStudio", Platform.ETSY),
    Shop("shop_tp_nord", "Studio Nord", Platform.TPOP),
    Shop("shop_manual", "Manual orders", Platform.MANUAL),
)
SHOP_WEIGHTS = (30, 18, 16, 14, 12, 4)
MANUAL_SHOP = SHOPS[-1]

# (title, variants)
PRODUCTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Organic cotton T-shirt \"Lune\"", ("White / S", "White / M", "Black / M", "Black / L", "Sand / XL")),
    ("Unisex organic T-shirt \"Vague\"", ("Navy / S", "Navy / M", "Heather grey / L")),
    ("Organic cotton hoodie \"Sommet\"", ("Forest green / M", "Black / L", "Stone / XL")),
    ("Embroidered sweatshirt \"Brume\"", ("Cream / S", "Cream / M", "Khaki / L")),
    ("Organic tote bag \"Marché\"", ("Natural", "Black")),
    ("Ceramic mug \"Café du matin\"", ("White 330 ml", "Black 330 ml")),
    ("Enamel mug \"Bivouac\"", ("White",)),
    ("Kids organic T-shirt \"Petit Ours\"", ("3-4 years", "5-6 years", "7-8 years")),
    ("Organic baby bodysuit \"Nuage\"", ("0-3 months", "3-6 months", "6-12 months")),
    ("Recycled beanie \"Hiver\"", ("Mustard", "Charcoal")),
    ("Art print A3 \"Côte sauvage\"", ("Matte paper",)),
    ("Organic cotton cap \"Sentier\"", ("Beige", "Navy")),
)


@dataclass(frozen=True, slots=True)
class Place:
    country: str
    postcode: str
    city: str


# country -> (weight, languages, places, customer names)
COUNTRIES: dict[str, tuple[float, tuple[str | None, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "FR": (45, ("fr", "fr", "fr", None), (("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"),
           ("44000", "Nantes"), ("33000", "Bordeaux"), ("97400", "Saint-Denis")),
           ("Élodie Lefèvre", "Camille Durand", "Hélène Faure", "Jérôme Bénard", "Zoë Martin",
            "Anaïs Girard", "Théo Lemaire", "Maëlle Rousseau", "François Cœurdevey", "Inès Benali")),
    "BE": (8, ("fr", "nl"), (("1000", "Bruxelles"), ("9000", "Gent"), ("4000", "Liège")),
           ("Lotte Peeters", "Amélie Dubois", "Wouter Janssens", "Noémie Lambert")),
    "DE": (7, ("de",), (("10115", "Berlin"), ("80331", "München"), ("50667", "Köln")),
           ("Jürgen Müller", "Anna Schäfer", "Lena Weiß", "Björn Großmann")),
    "NL": (4, ("nl",), (("1012 AB", "Amsterdam"), ("3511 AA", "Utrecht")), ("Sanne de Vries", "Daan van Dijk")),
    "IT": (4, ("it",), (("20121", "Milano"), ("00184", "Roma")), ("Giulia Rossi", "Niccolò Ferrari")),
    "ES": (4, ("es",), (("28013", "Madrid"), ("08002", "Barcelona")), ("Íñigo Ñúñez", "Lucía Fernández")),
    "LU": (2, ("fr", "de", "lb"), (("1111", "Luxembourg"), ("4001", "Esch-sur-Alzette")), ("Mireille Schmit",)),
    "AT": (2, ("de",), (("1010", "Wien"), ("5020", "Salzburg")), ("Lukas Gruber", "Sophie Hörmann")),
    "PT": (2, ("pt",), (("1100-148", "Lisboa"), ("4000-322", "Porto")), ("João Conceição", "Inês Araújo")),
    "IE": (2, ("en",), (("D02 X285", "Dublin"), ("T12 W8PF", "Cork")), ("Siobhán O'Brien", "Ciarán Murphy")),
    "SE": (1.5, ("sv",), (("111 52", "Stockholm"),), ("Åsa Lindström", "Oskar Nyström")),
    "DK": (1, ("da",), (("1050", "København"),), ("Søren Kjær",)),
    "FI": (1, ("fi",), (("00100", "Helsinki"),), ("Aino Mäkinen",)),
    "PL": (1, ("pl",), (("00-001", "Warszawa"), ("30-001", "Kraków")), ("Łukasz Wąsik", "Zofia Królikowska")),
    "CZ": (1, ("cs",), (("110 00", "Praha"),), ("Tereza Dvořáková",)),
    "GB": (4, ("en",), (("EC1A 1BB", "London"), ("M1 1AE", "Manchester")), ("Oliver Smith", "Chloë Davies")),
    "CH": (3, ("de", "fr"), (("8001", "Zürich"), ("1204", "Genève")), ("Urs Bühler", "Léa Rochat")),
    "NO": (1, ("nb",), (("0150", "Oslo"),), ("Ingrid Ødegård",)),
    "US": (4, ("en", None), (("10001", "New York"), ("94103", "San Francisco")), ("Emily Johnson", "Mike O'Connor")),
    "CA": (2, ("en", "fr"), (("H2X 1Y4", "Montréal"), ("M5V 2T6", "Toronto")), ("Geneviève Tremblay", "Liam Wilson")),
}

EU_COUNTRIES = frozenset(
    {"FR", "BE", "DE", "NL", "IT", "ES", "LU", "AT", "PT", "IE", "SE", "DK", "FI", "PL", "CZ"}
)

PAYMENT_DECLINE_CODES = (
    "insufficient_funds",
    "generic_decline",
    "do_not_honor",
    "expired_card",
    "transaction_not_allowed",
    "try_again_later",
)
ADDRESS_DETAILS = ("postcode_mismatch", "street_missing", "undeliverable")
VISUAL_DETAILS = ("low_resolution", "print_area_overflow", "file_unreadable")

LA_POSTE = "La Poste"
COLISSIMO = "Colissimo"
MONDIAL_RELAY = "Mondial Relay"
DPD = "DPD"
CHRONOPOST = "Chronopost"
DHL_EXPRESS = "DHL Express"

TRACKING_URL_TEMPLATES = {
    LA_POSTE: "https://www.laposte.fr/outils/suivre-vos-envois?code={number}",
    COLISSIMO: "https://www.laposte.fr/outils/suivre-vos-envois?code={number}",
    MONDIAL_RELAY: "https://www.mondialrelay.fr/suivi-de-colis?numeroExpedition={number}&codePostal={postcode}",
    DPD: "https://trace.dpd.fr/fr/trace/{number}",
    CHRONOPOST: "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={number}",
    DHL_EXPRESS: "https://www.dhl.com/fr-fr/home/tracking/tracking-express.html?submit=1&tracking-id={number}",
}

# --- HOSTILE VALUES --------------------------------------------------------------------
# Deliberately dangerous text the app must display as plain, inert text: rich-text
# injection, a spreadsheet formula, and a link that is not a web address.
HOSTILE_HTML_NAME = '<b>Bold</b> & <img src="file:///etc/passwd">'
HOSTILE_FORMULA_NAME = '=HYPERLINK("http://evil.example","x")'
HOSTILE_TRACKING_URL = "javascript:alert(1)"
HOSTILE_CITY = "Paris'); DROP TABLE orders;--"
