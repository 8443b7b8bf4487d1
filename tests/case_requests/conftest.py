"""A support request built by hand, so the renderers are tested without a store."""

from __future__ import annotations

import pytest

from case_requests.content import (
    NCB,
    Agency,
    CountryRow,
    ListingRow,
    NetworkRow,
    SellerRow,
    SpeciesRow,
    SupportRequest,
    TimelineEvent,
)
from case_requests.notices import propose_notices
from case_requests.settings import REQUEST_INTERPOL_CC


def make_request(language: str = "en", certificate: str = "") -> SupportRequest:
    request = SupportRequest(
        reference="WT-2026-0007", created_at="2026-11-23T10:00:00+00:00", language=language,
        agency=Agency(name="Wildlife Crime Unit", country="KE", officer="Jane Wanjiru",
                      officer_title="Inspector", email="jane@wcu.example"),
        ncb=NCB(country="VN", name="INTERPOL NCB Hanoi", email="ncb@hanoi.example",
                language=language, certificate=certificate, verified=True),
        cc=REQUEST_INTERPOL_CC, handling="LAW ENFORCEMENT SENSITIVE",
        classification="RESTRICTED", case_id=7, case_title="Ivory via two marketplaces",
        summary="Two accounts offer worked ivory and rhino horn and share a phone number.",
        support_types=["information", "operational"],
        species=[SpeciesRow("Loxodonta africana", "African elephant", "I/II", 2),
                 SpeciesRow("Diceros bicornis", "Black rhinoceros", "I", 1)],
        listings=[
            ListingRow(1, "http://savanna.test/item/1", "savanna", "Carved tusk 2kg",
                       "Tom", 1200.0, "USD", "2026-11-20T08:00:00Z", "ab" * 32, "VN"),
            ListingRow(2, "http://longma.test/item/9", "longma", "犀角 杯 <script>x</script>",
                       "龙哥", 56000000.0, "VND", "2026-11-21T09:30:00Z", "cd" * 32, "VN"),
        ],
        sellers=[SellerRow("Tom", ["savanna"], [("phone", "+84912345678")], 3),
                 SellerRow("龙哥", ["longma"], [("phone", "+84912345678"),
                                                ("handle", "zalo:longge88")], 1)],
        countries=[CountryRow("VN", ["listing location", "phone +84"])],
        timeline=[TimelineEvent("2026-11-20T08:00:00Z", "first capture of listing 1")],
    )
    request.notices = propose_notices(request, modus_operandi=["code word 'white gold'"])
    request.networks = [NetworkRow("N-0123456789", 2, ["longma", "savanna"], ["Tom", "龙哥"],
                                   ["listing 1 — listing 2: shared phone +84912345678"])]
    return request


@pytest.fixture
def request_factory():  # type: ignore[no-untyped-def]
    """``request_factory(language="en", certificate="")`` builds a SupportRequest."""
    return make_request
