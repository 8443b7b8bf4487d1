"""The letter, the form and the message, in English and Arabic."""

from __future__ import annotations

import email
import hashlib
import json
import shutil
import subprocess
import zipfile
from email import policy
from pathlib import Path

import docx
import openpyxl
import pytest

from case_requests.render import render_all
from case_requests.settings import REQUEST_INTERPOL_CC


@pytest.mark.browser
def test_english_request_renders_every_output(tmp_path: Path, request_factory) -> None:
    request = request_factory("en")
    manifest = tmp_path / "MANIFEST.json"
    manifest.write_text('{"files": []}')
    out = render_all(request, tmp_path / "req", manifest=manifest)
    assert set(out.files) >= {"letter.pdf", "request.json", "ecomessage.docx",
                              "ecomessage.xlsx", "message.eml"}
    assert out.files["letter.pdf"].read_bytes().startswith(b"%PDF-")
    # the injected title is text in the letter, not markup
    html = out.files["letter.html"].read_text()
    assert "<script>x</script>" not in html and "&lt;script&gt;" in html
    assert "N-0123456789" in html and "shared phone +84912345678" in html

    parsed = email.message_from_bytes(out.files["message.eml"].read_bytes(),
                                      policy=policy.default)
    assert "ncb@hanoi.example" in parsed["To"]
    assert parsed["Cc"] == REQUEST_INTERPOL_CC
    names = {part.get_filename(): part.get_content() for part in parsed.iter_attachments()}
    assert set(names) == {"letter.pdf", "request.json", "MANIFEST.json"}
    for name, path in (("letter.pdf", out.files["letter.pdf"]), ("MANIFEST.json", manifest)):
        payload = names[name]
        data = payload if isinstance(payload, bytes) else payload.encode()
        assert hashlib.sha256(data).hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest()

    document = docx.Document(str(out.files["ecomessage.docx"]))
    assert any("Loxodonta africana" in cell.text for t in document.tables
               for row in t.rows for cell in row.cells)
    book = openpyxl.load_workbook(out.files["ecomessage.xlsx"])
    assert len(book.sheetnames) == 8
    # no certificate: the encrypted form is not produced, and the reason is said
    assert not out.encrypted and any("plain e-mail" in w for w in out.warnings)


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_arabic_letter_is_right_to_left(tmp_path: Path, request_factory) -> None:
    out = render_all(request_factory("ar"), tmp_path / "ar")
    html = out.files["letter.html"].read_text()
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1",
                    str(out.files["letter.pdf"]), str(tmp_path / "page")], check=True)
    pages = list(tmp_path.glob("page*.png"))
    assert pages
    from PIL import Image

    # the title line starts at the right margin: its ink sits in the right half of the page
    with Image.open(pages[0]) as page:
        grey = page.convert("L")
        width, height = grey.size
        band = grey.crop((0, int(height * 0.095), width, int(height * 0.125)))
        xs = [x for x in range(width) for y in range(band.size[1]) if band.getpixel((x, y)) < 100]
    assert xs and min(xs) > width * 0.3 and max(xs) > width * 0.85

    document = docx.Document(str(out.files["ecomessage.docx"]))
    assert document.paragraphs[1]._p.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    book = openpyxl.load_workbook(out.files["ecomessage.xlsx"])
    assert all(book[name].sheet_view.rightToLeft for name in book.sheetnames)
    assert "طلب دعم" in zipfile.ZipFile(out.files["ecomessage.docx"]).read(
        "word/document.xml").decode()


@pytest.mark.browser
def test_a_package_too_big_to_attach_is_referenced_not_attached(tmp_path: Path,
                                                               request_factory) -> None:
    from case_requests.content import PackageRef

    request = request_factory("en")
    package = tmp_path / "WT-2026-0007-evidence.zip"
    package.write_bytes(b"PK-placeholder")
    request.package = PackageRef(package.name, "ef" * 32, 50 * 2**20, attached=False)
    out = render_all(request, tmp_path / "big", package=package)
    parsed = email.message_from_bytes(out.files["message.eml"].read_bytes(),
                                      policy=policy.default)
    assert package.name not in {p.get_filename() for p in parsed.iter_attachments()}
    assert any("not attached" in w for w in out.warnings)
    assert json.loads(out.files["request.json"].read_text())["package"]["attached"] is False
    assert "ef" * 32 in out.files["letter.html"].read_text()
