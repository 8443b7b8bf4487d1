"""Evidence shown on a listing page: the capture's records, its custody and its verification.

Verification calls ``evidence.verify.verify_path`` on the capture's WARC file; results are
kept per WARC file for the life of the process, so the page can show when it was last checked
and by whom. Viewing, verifying and exporting evidence are written to the custody log
(``evidence.custody.CustodyLog``) when the evidence package is installed.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triage.archive import warc_path
from triage.exceptions import ArchiveError, TriageError
from wildtrace.exceptions import WildtraceError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerificationResult:
    """One run of the verifier on one WARC file."""

    warc_file: str
    checked_at: datetime
    checked_by: str
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


class EvidenceDesk:
    """Verifies WARC files, remembers the results and writes custody entries."""

    def __init__(self, evidence_dir: Path, custody_log: Path) -> None:
        self.evidence_dir = evidence_dir
        self.custody_log = custody_log
        self._results: dict[str, VerificationResult] = {}
        self._lock = threading.Lock()

    def last_result(self, warc_file: str | None) -> VerificationResult | None:
        if not warc_file:
            return None
        with self._lock:
            return self._results.get(warc_file)

    def verify(self, warc_file: str, actor: str) -> VerificationResult:
        """Run the verifier on ``warc_file`` now."""
        try:
            from evidence.verify import verify_path
        except ImportError as exc:  # the evidence package is older than this application
            raise TriageError("this installation has no evidence verifier "
                              "(evidence.verify is missing)") from exc
        try:
            path = warc_path(self.evidence_dir, warc_file)
        except ArchiveError as exc:
            problems = [str(exc)]
        else:
            try:
                problems = [str(problem) for problem in verify_path(path)]
            except WildtraceError as exc:  # the verifier could not even read it: a finding
                problems = [str(exc)]
        result = VerificationResult(warc_file=warc_file, checked_at=datetime.now(UTC),
                                    checked_by=actor, problems=problems)
        with self._lock:
            self._results[warc_file] = result
        self.custody("verify", actor, warc_file, None,
                     {"intact": result.intact, "problems": len(problems)})
        return result

    def custody(self, action: str, actor: str, object_id: str, object_hash: str | None,
                details: dict[str, Any]) -> None:
        """Append to the custody log; a failure is logged and raised (never silent)."""
        from evidence.custody import CustodyLog

        CustodyLog(self.custody_log).append(action, actor, object_id, object_hash or "",
                                            details)
