"""Posting dates as marketplaces write them, to ISO 8601.

Absolute dates ("2017-02-18", "18/02/2017", "18 février 2017", "February 18, 2017",
"2017年2月18日", "ngày 18 tháng 2 năm 2017"), with an optional time ("8:51PM EST", "à 16:40"),
and relative ones ("hier", "yesterday", "il y a 3 jours", "hace 2 días", "3天前", "2 giờ trước")
counted back from a reference time (the capture time). A date shown without its year is
completed from the reference when one is given, else returned as ISO 8601 "--MM-DD".
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan janvier janv enero ene janeiro jan januar gennaio genn januari",
    "february feb fevrier fevr fev febrero febr fevereiro fev februar febbraio februari pebruari",
    "march mar mars marzo marco marz maerz maret",
    "april apr avril avr abril abr aprile",
    "may mai mayo maio maggio mei",
    "june jun juin junio junho juni giugno",
    "july jul juillet juil julio julho juli luglio",
    "august aug aout agosto ago august agustus agt",
    "september sep sept septembre septiembre setiembre setembro set settembre",
    "october oct octobre octubre outubro out oktober ottobre okt",
    "november nov novembre noviembre novembro nopember",
    "december dec decembre diciembre dic dezembro dez dezember dicembre desember des",
), start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_TZ = {"UTC": "+00:00", "GMT": "+00:00", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00",
       "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
       "CET": "+01:00", "CEST": "+02:00", "BST": "+01:00", "ICT": "+07:00", "WIB": "+07:00",
       "JST": "+09:00", "KST": "+09:00", "IST": "+05:30", "SGT": "+08:00", "HKT": "+08:00"}

_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = (r"(?:\s*(?:,|à|a|a las|às|as|um|at|lúc|luc|@|-)?\s*(\d{1,2})[:h](\d{2})(?::\d{2})?"
         r"\s*([ap]\.?m\.?)?(?:\s*([A-Z]{3,4})\b)?)?")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                  r"(Z|[+-]\d{2}:?\d{2})?)?")
_YMD_TEXT = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME, re.IGNORECASE)
_DMY_NUM = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)" + _TIME,
                      re.IGNORECASE)
# "03/11 às 14:05": day and month without a year, only trusted when a time follows.
_DM_TIME = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])" + _TIME.removesuffix(")?") + ")",
                      re.IGNORECASE)
_CJK = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日" + _TIME)
_VI = re.compile(r"(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*(?:năm|,)?\s*(\d{4}))?" + _TIME,
                 re.IGNORECASE)
_D_MONTH_Y = re.compile(rf"(?<!\w)(\d{{1,2}})(?:er|st|nd|rd|th|º)?\.?\s+(?:de\s+)?"
                        rf"({_MONTH_WORD})\.?(?:\s+(?:de\s+)?(\d{{4}}))?(?!\w)" + _TIME,
                        re.IGNORECASE)
_MONTH_D_Y = re.compile(rf"(?<!\w)({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
                        rf"(?:,?\s+(\d{{4}}))?" + _TIME, re.IGNORECASE)

_TODAY = re.compile(r"\b(today|aujourd'hui|aujourd’hui|hoy|hoje|heute|oggi|vandaag|hari ini)\b|"
                    r"今天|今日|hôm nay|วันนี้", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(yesterday|hier|ayer|ontem|gestern|ieri|gisteren|kemarin)\b|"
                        r"昨天|昨日|hôm qua|เมื่อวาน", re.IGNORECASE)
_UNITS = {
    "minutes": ("minute", "min", "mn", "minuto", "minutos", "minuten", "minuti", "phút", "menit",
                "分钟", "分鐘", "分前", "นาที"),
    "hours": ("hour", "hr", "heure", "hora", "horas", "stunde", "stunden", "ora", "ore", "giờ",
              "tiếng", "jam", "小时", "小時", "時間", "ชั่วโมง", "h"),
    "days": ("day", "jour", "día", "dia", "dias", "días", "tag", "tagen", "tage", "giorno",
             "giorni", "ngày", "hari", "天", "日", "วัน", "d"),
    "weeks": ("week", "semaine", "semana", "semanas", "woche", "wochen", "settimana", "tuần",
              "minggu", "周", "週", "สัปดาห์"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_UNIT_WORD = "|".join(sorted(_UNIT_OF, key=len, reverse=True))
_AGO = re.compile(rf"(\d+)\s*({_UNIT_WORD})(?:e?s|n)?\s*(?:ago|前|trước|yang lalu|lalu|ที่แล้ว)|"
                  rf"(?:il y a|hace|há|ha|vor|fa)\s+(\d+)\s*({_UNIT_WORD})", re.IGNORECASE)


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _with_time(day: date | tuple[int, int], hour: str | None, minute: str | None,
               ampm: str | None, zone: str | None) -> str:
    text = day.isoformat() if isinstance(day, date) else f"--{day[0]:02d}-{day[1]:02d}"
    if hour is None or minute is None:
        return text
    h = int(hour)
    if ampm:
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    if h > 23 or int(minute) > 59:
        return text
    text += f"T{h:02d}:{int(minute):02d}:00"
    return text + _TZ.get((zone or "").upper(), "")


def _make(year: int | None, month: int, day_: int, reference: datetime | None,
          time: tuple[str | None, ...]) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day_ <= 31:
        return None
    if year is None:
        if reference is None:
            return _with_time((month, day_), *time)
        year = reference.year
        if (month, day_) > (reference.month, reference.day):
            year -= 1
    if year < 100:
        year += 2000
    try:
        return _with_time(date(year, month, day_), *time)
    except ValueError:
        return None


def parse_date(text: str, *, reference: datetime | None = None, month_first: bool = False,
               relative_reference: datetime | None = None) -> str | None:
    """The first date in ``text`` as ISO 8601, or ``None``.

    ``reference`` completes dates shown without a year; ``relative_reference`` (default: now,
    UTC) anchors "yesterday" and "3 days ago"; ``month_first`` reads 03/04/2020 as March 4th.
    """
    if not text:
        return None
    text = " ".join(text.split())
    match = _ISO.search(text)
    if match:
        year, month, day_, hour, minute, _sec, zone = match.groups()
        result = _make(int(year), int(month), int(day_), reference, (hour, minute, None, None))
        if result and zone and hour:
            result += "+00:00" if zone == "Z" else (zone if ":" in zone else
                                                     f"{zone[:3]}:{zone[3:]}")
        if result and hour:
            return result
    folded = _fold(text)
    for pattern, order in ((_YMD_TEXT, "ymd"), (_CJK, "cjk"), (_VI, "vi"), (_DMY_NUM, "dmy"),
                           (_D_MONTH_Y, "dMy"), (_MONTH_D_Y, "Mdy")):
        source = folded if order in ("dMy", "Mdy") else text
        match = pattern.search(source)
        if not match:
            continue
        groups = match.groups()
        time = groups[3:7]
        if order == "ymd":
            year, month, day_ = int(groups[0]), int(groups[1]), int(groups[2])
        elif order == "cjk":
            year = int(groups[0]) if groups[0] else None
            month, day_ = int(groups[1]), int(groups[2])
        elif order == "vi":
            day_, month = int(groups[0]), int(groups[1])
            year = int(groups[2]) if groups[2] else None
        elif order == "dmy":
            first, second, year = int(groups[0]), int(groups[1]), int(groups[2])
            swap = second > 12 or (month_first and first <= 12)
            month, day_ = (first, second) if swap else (second, first)
        elif order == "dMy":
            day_, month = int(groups[0]), _MONTHS[groups[1].lower()]
            year = int(groups[2]) if groups[2] else None
        else:
            month, day_ = _MONTHS[groups[0].lower()], int(groups[1])
            year = int(groups[2]) if groups[2] else None
        result = _make(year, month, day_, reference, tuple(time))
        if result:
            return result
    match = _DM_TIME.search(text)
    if match:
        first, second = int(match.group(1)), int(match.group(2))
        month, day_ = (first, second) if month_first else (second, first)
        result = _make(None, month, day_, reference, match.groups()[2:6])
        if result:
            return result
    return _relative(text, relative_reference or reference or datetime.now(UTC))


def _relative(text: str, now: datetime) -> str | None:
    time_match = re.search(r"(\d{1,2})[:h](\d{2})", text)
    time = (time_match.group(1), time_match.group(2), None, None) if time_match else ()
    if _TODAY.search(text):
        return _with_time(now.date(), *time) if time else now.date().isoformat()
    if _YESTERDAY.search(text):
        day = now.date() - timedelta(days=1)
        return _with_time(day, *time) if time else day.isoformat()
    match = _AGO.search(text)
    if match:
        count = int(match.group(1) or match.group(3))
        unit = _UNIT_OF.get((match.group(2) or match.group(4)).lower(), "days")
        moment = now - timedelta(**{unit: count})
        if unit in ("minutes", "hours"):
            return moment.replace(second=0, microsecond=0).isoformat()
        return moment.date().isoformat()
    return None
