"""RFC 3161 time-stamps against a local authority made with ``openssl ts``."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from evidence.exceptions import TimestampError
from evidence.timestamp import request_timestamp, timestamp_time, verify_timestamp

sys.path.insert(0, str(Path(__file__).parent))
from evidence_fixtures import LocalTsa, make_tsa


def test_timestamp_round_trip(tsa: LocalTsa) -> None:
    data = b"the hash of a WARC file"
    response = request_timestamp(data, tsa.url)
    assert verify_timestamp(response, hashlib.sha256(data).hexdigest(), tsa.ca_file) == []
    assert timestamp_time(response)


def test_timestamp_of_other_data_fails(tsa: LocalTsa) -> None:
    response = request_timestamp(b"original", tsa.url)
    problems = verify_timestamp(response, hashlib.sha256(b"forged").hexdigest(), tsa.ca_file)
    assert len(problems) == 1 and "does not verify" in problems[0]


def test_timestamp_from_untrusted_authority_fails(tsa: LocalTsa, tmp_path: Path) -> None:
    other_ca = make_tsa(tmp_path / "other")
    response = request_timestamp(b"x", tsa.url)
    assert verify_timestamp(response, hashlib.sha256(b"x").hexdigest(), other_ca)


def test_unreachable_authority_is_an_error() -> None:
    with pytest.raises(TimestampError, match="did not answer"):
        request_timestamp(b"x", "http://127.0.0.1:9/tsa", timeout=2)
