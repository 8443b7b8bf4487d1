"""Prices across locales, and the traps around them."""

from __future__ import annotations

import pytest

from extractors.prices import find_prices, is_price_text, parse_number, parse_price


@pytest.mark.parametrize(("text", "country", "amount", "currency"), [
    ("1 185 000 €", None, 1185000, "EUR"),
    ("1 185 000\u00a0€", None, 1185000, "EUR"),
    ("1\u202f185\u202f000 €", None, 1185000, "EUR"),
    ("1.200,00 €", None, 1200, "EUR"),
    ("$450", None, 450, "USD"),
    ("$450", "CA", 450, "CAD"),
    ("450 USD", None, 450, "USD"),
    ("price 45 usd", None, 45, "USD"),
    ("¥3,500", "CN", 3500, "CNY"),
    ("¥3,500", "JP", 3500, "JPY"),
    ("３，５００円", None, 3500, "JPY"),
    ("3.500.000 ₫", None, 3500000, "VND"),
    ("Giá: 2.500.000 đ", "VN", 2500000, "VND"),
    ("R$ 1.234,56", None, 1234.56, "BRL"),
    ("Rp 150.000", None, 150000, "IDR"),
    ("12,50 zł", None, 12.5, "PLN"),
    ("CHF 1'200.-", None, 1200, "CHF"),
    ("US$1,299.99", None, 1299.99, "USD"),
    ("Rs 1,23,456", None, 123456, "INR"),
    ("1 200 руб", None, 1200, "RUB"),
    ("RM 1,800", None, 1800, "MYR"),
    ("kr 450", "NO", 450, "NOK"),
    ("PRIX: 118000 Euros", None, 118000, "EUR"),
    ("฿12,000", None, 12000, "THB"),
])
def test_prices_in_many_locales(text: str, country: str | None, amount: float,
                                currency: str) -> None:
    price = parse_price(text, country=country)
    assert price is not None
    assert (price.amount, price.currency) == (amount, currency)


@pytest.mark.parametrize("text", ["2000ft²", "10 try", "call 0912 345 678", "3br - 2000 sqft",
                                  "model 2021", ""])
def test_no_price_without_a_currency(text: str) -> None:
    assert parse_price(text) is None


def test_bare_number_needs_a_price_element() -> None:
    assert parse_price("118 000") is None
    price = parse_price("118 000", default_currency="EUR", bare_ok=True)
    assert price is not None and (price.amount, price.currency) == (118000, "EUR")
    free = parse_price("Gratis", default_currency="EUR", bare_ok=True)
    assert free is not None and free.amount == 0


@pytest.mark.parametrize(("raw", "value"), [("1.200", 1200), ("4.5", 4.5), ("12,50", 12.5),
                                            ("1,234", 1234), ("1.234.567,8", 1234567.8),
                                            ("1,234,567.89", 1234567.89)])
def test_number_separators(raw: str, value: float) -> None:
    assert parse_number(raw) == value


def test_standalone_price_text() -> None:
    assert is_price_text("Prix : 240 000 €") is not None
    assert is_price_text("($2200 DOWN AND $94 PER WEEK)") is None  # two prices: not a price
    assert is_price_text("we buy junk cars for cash, any condition, call now $500") is None


def test_ranges_yield_both_prices_in_order() -> None:
    assert [p.amount for p in find_prices("$500-$5000")] == [500, 5000]
