"""Errors of the case-request package.

    CaseRequestError(WildtraceError)
    ├── UnknownCaseError          the case id is not in the store
    ├── UnknownNCBError           no NCB for that country in the directory
    ├── RequestBuildError         a part of the request could not be produced (PDF, package...)
    ├── ApprovalError             not approved by a supervisor, or approver lacks the role
    ├── InsecureChannelError      an NCB without a certificate would get plain e-mail
    └── SendError                 relay refused or unreachable (the outbox keeps the message)
"""

from __future__ import annotations

from wildtrace.exceptions import ServiceUnavailableError, UsageError, WildtraceError


class CaseRequestError(WildtraceError):
    """Base of every case-request error."""


class UnknownCaseError(CaseRequestError, UsageError):
    """The case does not exist."""


class UnknownNCBError(CaseRequestError, UsageError):
    """The NCB directory has no entry for the country asked for."""


class RequestBuildError(CaseRequestError):
    """A part of the request or package could not be built."""


class ApprovalError(CaseRequestError):
    """The request is not approved, or the approver may not approve."""


class InsecureChannelError(CaseRequestError):
    """Sending would put the request in plain e-mail."""


class SendError(CaseRequestError, ServiceUnavailableError):
    """The SMTP relay refused the message or could not be reached."""
