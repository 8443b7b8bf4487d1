"""The request as an Ecomessage-style intelligence form, in .docx and .xlsx.

Ecomessage is the structured format INTERPOL uses to exchange environmental crime intelligence.
This form follows its spirit, one section per kind of fact (message, offence, specimens, persons
and identifiers, places, online sources, evidence), so an analyst can copy the rows into their
own system. Arabic forms are laid out right to left (bidi paragraphs, right-to-left sheets).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from case_requests import i18n
from case_requests.content import SupportRequest

Section = tuple[str, list[str], list[list[str]]]


def sections(request: SupportRequest) -> list[Section]:
    lang = request.language
    lab = i18n.labels(lang)
    message = [
        [lab["reference"], request.reference], [lab["date"], request.created_at],
        [lab["from"], f"{request.agency.name} ({request.agency.country})"],
        [lab["officer"], request.agency.officer], [lab["to"], request.ncb.name],
        [lab["cc"], request.cc], [lab["handling"], request.handling],
        [lab["classification"], request.classification],
        [lab["case"], f"#{request.case_id} {request.case_title}"],
        [lab["support"], "; ".join(i18n.support_label(c, lang) for c in request.support_types)],
    ]
    specimens = [[s.scientific_name, s.common_name, s.cites_appendix, str(s.listings)]
                 for s in request.species]
    persons = [[s.name, ", ".join(s.marketplaces), kind, value]
               for s in request.sellers for kind, value in (s.identifiers or [("", "")])]
    places = [[c.code, "; ".join(c.reasons)] for c in request.countries]
    sources = [[str(n), row.url, row.marketplace, row.title, row.seller,
                "" if row.price is None else f"{row.price:.2f} {row.currency or ''}".strip(),
                row.captured_at, row.sha256]
               for n, row in enumerate(request.listings, 1)]
    return [
        ("Message", ["", ""], message),
        (lab["species"], [lab["scientific_name"], lab["common_name"], lab["appendix"], "#"],
         specimens),
        (lab["sellers"], [lab["seller"], lab["marketplace"], lab["identifiers"], ""], persons),
        (lab["countries"], ["ISO", ""], places),
        (lab["listings"], ["#", lab["url"], lab["marketplace"], "", lab["seller"], lab["price"],
                           lab["captured"], lab["sha256"]], sources),
        (lab["networks"], ["ID", "#", lab["marketplace"], lab["seller"], ""],
         [[n.id, str(n.listings), ", ".join(n.marketplaces), ", ".join(n.sellers),
           "; ".join(n.links)] for n in request.networks]),
        (lab["timeline"], [lab["date"], ""], [[e.at, e.event] for e in request.timeline]),
        (lab["provenance"], [""], [[i18n.provenance(lang, request.agency.name)]]),
    ]


def write_docx(request: SupportRequest, out: Path) -> Path:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rtl = i18n.direction(request.language) == "rtl"
    document = docx.Document()

    def bidi(paragraph: Any) -> None:
        if rtl:
            ppr = paragraph._p.get_or_add_pPr()
            element = OxmlElement("w:bidi")
            element.set(qn("w:val"), "1")
            ppr.append(element)
            for run in paragraph.runs:
                rpr = run._r.get_or_add_rPr()
                rtl_el = OxmlElement("w:rtl")
                rtl_el.set(qn("w:val"), "1")
                rpr.append(rtl_el)

    bidi(document.add_paragraph(f"{request.handling} · {request.classification}"))
    bidi(document.add_heading(i18n.label("title", request.language), level=1))
    for title, header, rows in sections(request):
        bidi(document.add_heading(title, level=2))
        width = max([len(header)] + [len(r) for r in rows])
        table = document.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        if rtl:
            tbl_pr = table._tbl.tblPr
            visual = OxmlElement("w:bidiVisual")
            visual.set(qn("w:val"), "1")
            tbl_pr.append(visual)
        for values in ([header] if any(header) else []) + rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=False):
                cell.text = value
                for paragraph in cell.paragraphs:
                    bidi(paragraph)
    document.core_properties.title = request.reference
    document.core_properties.language = request.language
    document.save(str(out))
    return out


def write_xlsx(request: SupportRequest, out: Path) -> Path:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    rtl = i18n.direction(request.language) == "rtl"
    book = openpyxl.Workbook()
    book.remove(book.active)
    for n, (title, header, rows) in enumerate(sections(request), 1):
        sheet = book.create_sheet(f"{n} {title}"[:31].replace("/", "-"))
        sheet.sheet_view.rightToLeft = rtl
        if any(header):
            sheet.append(header)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for column in sheet.columns:
            letter = column[0].column_letter
            longest = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[letter].width = min(max(10, longest + 2), 80)
            for cell in column:
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="right" if rtl else "left")
    book.properties.title = request.reference
    book.save(str(out))
    return out
