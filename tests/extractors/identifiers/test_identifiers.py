"""Seller identifiers, plain and hidden, and the numbers that are not phones."""

from __future__ import annotations

import pytest

from extractors.identifiers import find_identifiers, normalise_phone
from extractors.identifiers.checksums import keccak256
from wildtrace.models import Handle


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("gọi 0912 345 678 nhé", "VN", ["+84912345678"]),
    ("liên hệ 0912.345.678", "VN", ["+84912345678"]),
    ("0 9 1 2 3 4 5 6 7 8", "VN", ["+84912345678"]),
    ("O912 345 678", "VN", ["+84912345678"]),
    ("Ｔｅｌ ０９１２３４５６７８", "VN", ["+84912345678"]),
    ("không chín một hai ba bốn năm sáu bảy tám", "VN", ["+84912345678"]),
    ("call zero seven nine one two three four five six seven eight", "GB", ["+447912345678"]),
    ("appelez le zéro six un deux trois quatre cinq six sept huit", "FR", ["+33612345678"]),
    ("llama al seis uno dos tres cuatro cinco seis siete ocho", "ES", ["+34612345678"]),
    ("tel 0️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "VN", ["+84912345678"]),
    ("+33 6 12 34 56 78", None, ["+33612345678"]),
    ("0033 6 12 34 56 78", None, ["+33612345678"]),
    ("(212) 736-5000 or 212.736.5001", "US", ["+12127365000", "+12127365001"]),
])
def test_phones_in_every_disguise(text: str, region: str | None, expected: list[str]) -> None:
    assert find_identifiers(text, region).phones == expected


@pytest.mark.parametrize("text", [
    "Giá 3.500.000 ₫, kích thước 120x80 cm",
    "Prix : 1 185 000 €",
    "posted 2024-05-06, ref 2023/11/25",
    "$ 4500000 firm",
    "12345678 VND",
    "national ID 079 123 456",
])
def test_prices_dates_and_ids_are_not_phones(text: str) -> None:
    assert find_identifiers(text, "VN").phones == []


def test_same_number_in_two_formats_is_one_identifier() -> None:
    found = find_identifiers("Zalo: 0912.345.678 hoặc +84 912 345 678", "VN")
    assert found.phones == ["+84912345678"]
    assert found.handles == [Handle("zalo", "+84912345678")]


@pytest.mark.parametrize(("text", "expected"), [
    ("mail me: Trader.Bob@Example.COM", ["trader.bob@example.com"]),
    ("ban [at] gmail [dot] com", ["ban@gmail.com"]),
    ("jean.dupont(at)orange.fr", ["jean.dupont@orange.fr"]),
    ("seller @ proton . me", ["seller@proton.me"]),
    ("contacto: ventas arroba correo punto mx", ["ventas@correo.mx"]),
    ("ivory {at} mail {dot} co {dot} uk", ["ivory@mail.co.uk"]),
])
def test_emails_plain_and_spelled(text: str, expected: list[str]) -> None:
    assert find_identifiers(text).emails == expected


def test_not_emails() -> None:
    assert find_identifiers("follow @ivory_king at the market. meet at noon").emails == []


def test_handles_by_link_and_by_name() -> None:
    text = ("WeChat: longge88 / 微信：dragon_88 / TG @ivory_king / t.me/rhino_trade / "
            "line id: tusk99 / IG: wild.curios / facebook.com/ivory.shop / wa.me/84912345678 / "
            "Viber +44 7912 345678")
    handles = find_identifiers(text, "VN").handles
    assert handles == [
        Handle("wechat", "longge88"), Handle("wechat", "dragon_88"),
        Handle("telegram", "@ivory_king"), Handle("telegram", "@rhino_trade"),
        Handle("line", "tusk99"), Handle("instagram", "@wild.curios"),
        Handle("facebook", "ivory.shop"), Handle("whatsapp", "+84912345678"),
        Handle("viber", "+447912345678"),
    ]


def test_platform_words_alone_are_not_handles() -> None:
    text = "Message me on WhatsApp for price. Telegram only please. Line up early."
    assert find_identifiers(text, "GB").handles == []


def test_wallets_only_with_valid_checksums() -> None:
    text = ("BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, "
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, "
            "ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, "
            "USDT TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
    wallets = [(w.currency, w.address) for w in find_identifiers(text).wallets]
    assert ("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") in wallets
    assert ("BTC", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4") in wallets
    assert ("BTC", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0") in wallets
    assert ("ETH", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") in wallets
    assert ("TRX", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") in wallets
    assert len(wallets) == 5


def test_wallets_with_broken_checksums_are_rejected() -> None:
    text = ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5 "
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
    assert find_identifiers(text).wallets == []


def test_keccak_matches_the_published_vectors() -> None:
    assert keccak256(b"").hex() == (
        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    assert keccak256(b"abc").hex() == (
        "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")


def test_normalise_phone() -> None:
    assert normalise_phone("0912-345-678", "VN") == "+84912345678"
    assert normalise_phone("12", "VN") is None
