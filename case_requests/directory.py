"""The operator's directories: the requesting agency and the NCBs it writes to.

``<data dir>/agency.toml`` names the agency and officer; ``<data dir>/ncb-directory.toml``
overrides and extends the directory shipped in ``case_requests/data/ncb_directory.toml``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from case_requests.content import NCB, Agency
from case_requests.exceptions import CaseRequestError, UnknownNCBError
from wildtrace.config import Config

BUNDLED = Path(__file__).resolve().parent / "data" / "ncb_directory.toml"
AGENCY_FILE = "agency.toml"
NCB_FILE = "ncb-directory.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CaseRequestError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise CaseRequestError(f"{path}: cannot read: {exc.strerror}") from exc


def load_ncb_directory(config: Config) -> dict[str, NCB]:
    entries = dict(_read_toml(BUNDLED))
    local = config.data_dir / NCB_FILE
    if local.exists():
        for code, values in _read_toml(local).items():
            entries[code] = {**entries.get(code, {}), **values}
    directory: dict[str, NCB] = {}
    for code, values in entries.items():
        certificate = str(values.get("certificate", ""))
        if certificate and not Path(certificate).is_absolute():
            certificate = str(config.data_dir / certificate)
        directory[code.upper()] = NCB(
            country=code.upper(), name=str(values.get("name", f"INTERPOL NCB {code}")),
            email=str(values.get("email", "")), language=str(values.get("language", "en")),
            certificate=certificate, verified=bool(values.get("verified", False)))
    return directory


def find_ncb(config: Config, country: str) -> NCB:
    directory = load_ncb_directory(config)
    ncb = directory.get(country.upper())
    if ncb is None:
        raise UnknownNCBError(
            f"no NCB for {country!r} in the directory; add it to {config.data_dir / NCB_FILE} "
            f"(known: {', '.join(sorted(directory))})")
    return ncb


def load_agency(config: Config) -> Agency:
    path = config.data_dir / AGENCY_FILE
    values = _read_toml(path) if path.exists() else {}
    return Agency(
        name=str(values.get("name", "Wildlife crime unit (set name in agency.toml)")),
        country=str(values.get("country", "XX")),
        officer=str(values.get("officer", config.operator)),
        officer_title=str(values.get("officer_title", "")),
        email=str(values.get("email", "")),
        phone=str(values.get("phone", "")),
        reference_prefix=str(values.get("reference_prefix", "WT")),
    )
