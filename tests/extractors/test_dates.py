"""Posting dates in many languages and formats, absolute and relative."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.dates import parse_date

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("2012-12-10,  8:51PM EST", "2012-12-10T20:51:00-05:00"),
    ("Posted: 2013-01-08,  2:09PM EST", "2013-01-08T14:09:00-05:00"),
    ("2017-02-18", "2017-02-18"),
    ("2017-02-18T07:29:00+0100", "2017-02-18T07:29:00+01:00"),
    ("18/02/2017", "2017-02-18"),
    ("18.02.2017 14:05", "2017-02-18T14:05:00"),
    ("2017年2月18日", "2017-02-18"),
    ("ngày 18 tháng 2 năm 2017", "2017-02-18"),
    ("February 18, 2017", "2017-02-18"),
    ("18 de febrero de 2017", "2017-02-18"),
    ("1st March 2021", "2021-03-01"),
    ("Mise en ligne le 14 décembre à 16:40.", "--12-14T16:40:00"),
    ("Oct 3", "--10-03"),
])
def test_absolute_dates(text: str, expected: str) -> None:
    assert parse_date(text, relative_reference=NOW) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("hier à 10:12", "2026-11-22T10:12:00"),
    ("yesterday", "2026-11-22"),
    ("il y a 3 jours", "2026-11-20"),
    ("hace 2 días", "2026-11-21"),
    ("3天前", "2026-11-20"),
    ("2 giờ trước", "2026-11-23T10:00:00+00:00"),
    ("3 hari yang lalu", "2026-11-20"),
    ("vor 2 Tagen", "2026-11-21"),
    ("Listed 5 hours ago", "2026-11-23T07:00:00+00:00"),
    ("aujourd'hui", "2026-11-23"),
])
def test_relative_dates(text: str, expected: str) -> None:
    assert parse_date(text, relative_reference=NOW) == expected


def test_year_completed_from_the_capture_time() -> None:
    assert parse_date("le 14 décembre à 16:40", reference=NOW) == "2025-12-14T16:40:00"
    assert parse_date("le 3 novembre", reference=NOW) == "2026-11-03"


def test_month_first_for_us_pages() -> None:
    assert parse_date("03/04/2020", month_first=True) == "2020-03-04"
    assert parse_date("03/04/2020") == "2020-04-03"
    assert parse_date("02/18/2017") == "2017-02-18"  # 18 cannot be a month


@pytest.mark.parametrize("text", ["nothing here 12", "1/2 cup", "31/02/2020", "room 3/4", ""])
def test_not_dates(text: str) -> None:
    assert parse_date(text, relative_reference=NOW) is None
