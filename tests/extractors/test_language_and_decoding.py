"""Language identification and page decoding (BOM, header, meta, undeclared bytes)."""

from __future__ import annotations

import pytest

from extractors.decoding import decode_page
from extractors.exceptions import PageDecodeError
from extractors.language import detect_language


@pytest.mark.parametrize(("text", "code"), [
    ("Vends défense en ivoire, très bon état, prix à débattre", "fr"),
    ("Vendo colmillo de marfil en muy buen estado, precio negociable", "es"),
    ("Vendo presa de marfim em muito bom estado, preço a combinar", "pt"),
    ("Selling a carved ivory tusk in good condition, contact for price", "en"),
    ("Verkaufe geschnitzten Stoßzahn, sehr guter Zustand, Preis auf Anfrage", "de"),
    ("Jual gading gajah ukir, kondisi bagus, harga bisa nego", "id"),
    ("Bán ngà voi chạm khắc, hàng đẹp, giá thương lượng", "vi"),
    ("出售象牙雕刻手镯，老料，价格可议", "zh"),
    ("象牙の彫刻を売ります。状態は良いです", "ja"),
    ("ขายงาช้างแกะสลัก สภาพดี ราคาต่อรองได้", "th"),
    ("للبيع ناب عاج منحوت بحالة ممتازة", "ar"),
    ("Продаю резной бивень слона, отличное состояние", "ru"),
])
def test_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_declared_language_breaks_ties_and_short_text() -> None:
    assert detect_language("OK", "pt-BR") == "pt"
    assert detect_language("12345 !!!", None) is None


@pytest.mark.parametrize(("text", "encoding"), [
    ("<p>Défense en ivoire à vendre, très belle pièce</p>", "cp1252"),
    ("<p>Продам шкуру тигра, цена 500 руб, звоните</p>", "cp1251"),
    ("<p>商品价格 ￥3,500 北京市朝阳区 卖家联系方式请加微信</p>", "gbk"),
    ("<p>Hàng chuẩn, liên hệ Zalo</p>", "utf-8"),
])
def test_undeclared_encodings(text: str, encoding: str) -> None:
    decoded, _used = decode_page(text.encode(encoding))
    assert decoded == text


def test_header_meta_and_bom() -> None:
    body = "<meta charset='iso-8859-1'><p>élevé</p>".encode("latin-1")
    assert "élevé" in decode_page(body)[0]
    assert decode_page("<p>élevé</p>".encode("cp1252"),
                       content_type="text/html; charset=windows-1252")[0] == "<p>élevé</p>"
    assert decode_page("\ufeff<p>élevé</p>".encode("utf-8"))[0] == "<p>élevé</p>"
    assert decode_page("<p>élevé</p>".encode("utf-16"))[0] == "<p>élevé</p>"


def test_declared_utf8_that_is_not() -> None:
    body = "<meta charset='utf-8'><p>Maison 11 pièces, château</p>".encode("latin-1")
    assert "pièces, château" in decode_page(body)[0]


def test_forced_encoding_and_errors() -> None:
    assert decode_page("价格".encode("gbk"), encoding="gb2312")[0] == "价格"
    with pytest.raises(PageDecodeError):
        decode_page(b"<p>x</p>", encoding="no-such-charset")
    with pytest.raises(PageDecodeError):
        decode_page(b"   \n ")
    with pytest.raises(PageDecodeError):
        decode_page(b"\x00\x01\x02\x00" * 100)
