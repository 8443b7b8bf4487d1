"""Errors of the triage application and its account commands.

Hierarchy::

    WildtraceError (wildtrace.exceptions)
    └── TriageError                    exit 1
        ├── AccountError               exit 2   (bad account request from the command line)
        │   ├── WeakPasswordError      exit 2   (empty, short or too simple password)
        │   ├── UnknownRoleError       exit 2   (role not analyst, supervisor or admin)
        │   ├── InvalidUserNameError   exit 2   (name empty, too long or with odd characters)
        │   └── UserExistsError        exit 2   (an account with that name already exists)
        ├── AuthenticationError        exit 1   (wrong name or password; shown on the login page)
        │   └── AccountLockedError     exit 1   (too many failures; locked for a while)
        ├── ArchiveError               exit 1   (the WARC record of a capture cannot be read)
        ├── NothingToExportError       exit 2   (no listing of the case has a capture)
        ├── NetworkBuildError          exit 1   (the seller networks could not be built)
        ├── RequestFileError           exit 2   (a request or file not of that case's outbox folder)
        └── ServeError                 exit 3   (the web server could not start)
"""

from __future__ import annotations

from wildtrace.exceptions import WildtraceError


class TriageError(WildtraceError):
    """Base class of every error the triage package raises on purpose."""

    exit_code = 1


class AccountError(TriageError):
    """An account command was asked something that cannot be done."""

    exit_code = 2


class WeakPasswordError(AccountError):
    """The password is empty, too short or too simple."""


class UnknownRoleError(AccountError):
    """The role is not one of analyst, supervisor, admin."""


class InvalidUserNameError(AccountError):
    """The user name is empty, too long or has characters we do not accept."""


class UserExistsError(AccountError):
    """An account with that name already exists."""


class AuthenticationError(TriageError):
    """Wrong user name or password."""


class AccountLockedError(AuthenticationError):
    """Too many failed log-ins: the account is locked until a given time."""


class ArchiveError(TriageError):
    """The archived record of a capture cannot be found or read."""


class NothingToExportError(TriageError):
    """The case has no captured listing, so there is no evidence to package."""

    exit_code = 2


class NetworkBuildError(TriageError):
    """Building the seller networks failed (a store or evidence error underneath)."""


class RequestFileError(TriageError):
    """The request is not one of the case's, or the file is not inside its outbox folder."""

    exit_code = 2


class ServeError(TriageError):
    """The web server could not start (port taken, bad host)."""

    exit_code = 3
