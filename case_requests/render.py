"""Write every output of one support request into a folder.

    letter.html / letter.pdf   the letter, in the NCB's working language
    request.json               the same content, structured
    ecomessage.docx / .xlsx    the Ecomessage-style intelligence form
    message.eml                To the NCB, Cc INTERPOL, with the letter, JSON and manifest attached
    message.p7m.eml            the same, S/MIME-encrypted (only when the NCB has a certificate)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from case_requests import ecomessage, letter, message
from case_requests.content import SupportRequest
from case_requests.exceptions import InsecureChannelError
from case_requests.settings import REQUEST_MAX_ATTACHMENT_BYTES


@dataclass
class RenderedRequest:
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)
    encrypted: bool = False
    warnings: list[str] = field(default_factory=list)


def render_all(request: SupportRequest, folder: Path, *, manifest: Path | None = None,
               package: Path | None = None, extra_certificates: list[Path] | None = None
               ) -> RenderedRequest:
    folder.mkdir(parents=True, exist_ok=True)
    out = RenderedRequest(folder)
    html = letter.render_html(request)
    (folder / "letter.html").write_text(html, encoding="utf-8")
    out.files["letter.html"] = folder / "letter.html"
    out.files["letter.pdf"] = letter.render_pdf(html, folder / "letter.pdf")
    request_json = folder / "request.json"
    request_json.write_text(json.dumps(request.to_json(), indent=2, ensure_ascii=False),
                            encoding="utf-8")
    out.files["request.json"] = request_json
    out.files["ecomessage.docx"] = ecomessage.write_docx(request, folder / "ecomessage.docx")
    out.files["ecomessage.xlsx"] = ecomessage.write_xlsx(request, folder / "ecomessage.xlsx")
    attachments = [out.files["letter.pdf"], request_json]
    if manifest is not None:
        attachments.append(manifest)
    if package is not None:
        if request.package is None or request.package.attached:
            attachments.append(package)
        else:
            out.warnings.append(f"{package.name} is {request.package.size} bytes (over "
                                f"{REQUEST_MAX_ATTACHMENT_BYTES}): referenced by SHA-256 and "
                                "size in the letter, not attached")
    mail = message.build_message(request, attachments)
    (folder / "message.eml").write_bytes(mail.as_bytes())
    out.files["message.eml"] = folder / "message.eml"
    certificates = [Path(request.ncb.certificate)] if request.ncb.certificate else []
    certificates += extra_certificates or []
    try:
        sealed = message.seal_for_ncb(mail, certificates)
    except InsecureChannelError as exc:
        out.warnings.append(str(exc))
    else:
        (folder / "message.p7m.eml").write_bytes(sealed)
        out.files["message.p7m.eml"] = folder / "message.p7m.eml"
        out.encrypted = True
    return out
