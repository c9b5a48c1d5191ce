"""The case file on disk: strict loading, atomic saving, passphrase protection, recovery.

See docs/case-file.md for the format and docs/security.md for what is guaranteed.
"""

from assistant.casefile.crypto import is_protected
from assistant.casefile.errors import CaseFileError, ErrorKind
from assistant.casefile.format import FORMAT_VERSION
from assistant.casefile.load import file_is_protected, load_case, loads_case
from assistant.casefile.recovery import RecoveredCase, RecoveryStore
from assistant.casefile.save import save_case
from assistant.casefile.schema import case_file_schema

__all__ = [
    "FORMAT_VERSION",
    "CaseFileError",
    "ErrorKind",
    "RecoveredCase",
    "RecoveryStore",
    "case_file_schema",
    "file_is_protected",
    "is_protected",
    "load_case",
    "loads_case",
    "save_case",
]
