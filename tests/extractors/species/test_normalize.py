"""Skeletons: the one folding applied to lexicon terms and to listings alike."""

from __future__ import annotations

import pytest

from extractors.normalize import fold, plain, skeleton


@pytest.mark.parametrize(("text", "expected"), [
    ("IVORY", "ivory"), ("Ivóry", "ivory"), ("iv0ry", "ivory"), ("1v0ry", "ivory"),
    ("ivvvooory", "ivory"), ("i v o r y", "ivory"), ("i-v-o-r-y", "ivory"), ("i.v.o.r.y", "ivory"),
    ("r.h.", "rh"), ("p@ng0l1n", "pangoiin"), ("$ale", "saie"), ("ＩＶＯＲＹ", "ivory"),
    ("iv\u200bory", "ivory"), ("Côte d'Ivoire", "cote d ivoire"), ("Đồi mồi", "doi moi"),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_lion_and_ion_stay_apart() -> None:
    assert fold("lion") != fold("ion")


def test_numbers_are_not_read_as_letters() -> None:
    assert fold("call 0712 345 678") == "cai 0712 345 678"


def test_two_spaced_letters_are_not_joined() -> None:
    assert fold("a b") == "a b" and fold("a b c") == "abc"


def test_thai_marks_are_kept_and_cjk_stays_one_token() -> None:
    assert fold("นอแรด") == "นอแรด"
    assert fold("出售象牙手镯") == "出售象牙手镯"


def test_emoji_are_tokens() -> None:
    assert fold("ivory🐘️rhino") == "ivory 🐘 rhino"


def test_original_text_is_recovered() -> None:
    text = "Selling I-V-0-R-Y bangle"
    skel = skeleton(text)
    start = skel.text.index("ivory")
    assert skel.original(start, start + len("ivory")) == "I-V-0-R-Y"


def test_plain_keeps_digits_and_drops_accents() -> None:
    assert plain("  Pangolín   Java 2 ") == "pangolin java 2"
