"""The plain case file: a versioned JSON envelope around the case, and its migrations.

    {"format": "kassatsiya-case", "version": 1, "case": {...}}

Reading is strict (unknown keys, wrong types and a key given twice are errors with a JSON
pointer) and classifies every failure as a `CaseFileError`; see docs/case-file.md for the layout
and the policy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import msgspec

from assistant.case.limits import TOO_MANY_LINES, prose_over_lines
from assistant.case.model import Case
from assistant.case.typed_texts import typed_text_problem
from assistant.casefile.crypto import is_protected
from assistant.casefile.duplicate_keys import first_repeated_key
from assistant.casefile.errors import CaseFileError, ErrorKind, Unrecognised
from assistant.casefile.pointer import split_validation_message

FORMAT_NAME = "kassatsiya-case"
FORMAT_VERSION = 3
FILE_SUFFIX = ".kassatsiya"

Document = dict[str, Any]
Migration = Callable[[Document], Document]

_BOM = b"\xef\xbb\xbf"
_SNIFF_BYTES = 1024
_OUR_START = re.compile(rb'\A\s*\{\s*"format"\s*:\s*"kassatsiya-case"')
# Errors msgspec raises on bytes that are not valid JSON for the requested type.
_DECODE_ERRORS = (msgspec.DecodeError, RecursionError, UnicodeError, OverflowError)


class _Head(msgspec.Struct):
    """Just enough of any JSON object to tell whose file it is and which version."""

    format: Any = None
    version: Any = None


class _Envelope(msgspec.Struct, forbid_unknown_fields=True):
    """The current envelope; `case` stays raw so its errors get pointers relative to the case."""

    format: str
    version: int
    case: msgspec.Raw


class _Document(msgspec.Struct):
    """What `encode_document` writes, keys in this order."""

    format: str
    version: int
    case: Case


def _phone_to_phones(document: Document) -> Document:
    """Version 0 kept one phone number as `filer.phone`; version 1 keeps a list `filer.phones`."""
    case = document.get("case")
    filer = case.get("filer") if isinstance(case, dict) else None
    if isinstance(filer, dict) and isinstance(filer.get("phone"), str):
        phone = filer.pop("phone").strip()
        filer["phones"] = [phone] if phone else []
    return document


def _licence_to_certificate(document: Document) -> Document:
    """Version 1 kept `filer.advocate_licence`; version 2 names what CPC 68(8) asks for, the
    advocate's certificate (`filer.advocate_certificate`). The text moves over unchanged."""
    case = document.get("case")
    filer = case.get("filer") if isinstance(case, dict) else None
    if isinstance(filer, dict) and "advocate_licence" in filer:
        licence = filer.pop("advocate_licence")
        filer.setdefault("advocate_certificate", licence)
    return document


def _typed_texts_added(document: Document) -> Document:
    """Version 3 adds `case.typed_texts` (what was typed into a date or number field that is
    not one); a version 2 case had none, and the field's empty default says so."""
    return document


MIGRATIONS: dict[int, Migration] = {
    0: _phone_to_phones,
    1: _licence_to_certificate,
    2: _typed_texts_added,
}
"""MIGRATIONS[n] turns a version-n document into version n+1; a released step never changes."""

OLDEST_READABLE_VERSION = min(MIGRATIONS, default=FORMAT_VERSION)


def migrate(document: Document, version: int) -> Document:
    """Bring a `version` document up to FORMAT_VERSION, one registered step at a time."""
    for step in range(version, FORMAT_VERSION):
        document = MIGRATIONS[step](document)
        document["version"] = step + 1
    return document


def encode_document(case: Case) -> bytes:
    """The plain file's bytes: indented UTF-8 JSON (readable, diff-friendly) and a newline."""
    raw = msgspec.json.encode(_Document(format=FORMAT_NAME, version=FORMAT_VERSION, case=case))
    return msgspec.json.format(raw, indent=2) + b"\n"


def looks_like_case_file(data: bytes) -> bool:
    """True when the bytes start as our files do (plain or protected), even if damaged later."""
    head = data[:_SNIFF_BYTES].removeprefix(_BOM)
    return is_protected(head) or _OUR_START.match(head) is not None


def is_case_file(data: bytes) -> bool:
    """True when `data` is ours: it starts as our files do, or is JSON naming our format."""
    if looks_like_case_file(data):
        return True
    try:
        head = msgspec.json.decode(data.removeprefix(_BOM), type=_Head)
    except (*_DECODE_ERRORS, msgspec.ValidationError):
        return False
    return bool(head.format == FORMAT_NAME)


def unrecognised(data: bytes) -> Unrecognised:
    """What a file that is not JSON seems to be, so the user learns what they picked."""
    if not data.strip():
        return Unrecognised.EMPTY
    if data.startswith(b"%PDF"):
        return Unrecognised.PDF
    if data.startswith(b"PK\x03\x04"):
        return Unrecognised.ZIP
    return Unrecognised.NOT_JSON


def _read_version(data: bytes) -> int:
    """The format version of a plain file, after checking that the file is ours at all."""
    try:
        head = msgspec.json.decode(data, type=_Head)
    except msgspec.ValidationError:  # valid JSON, but not an object: a subclass of DecodeError
        raise CaseFileError(
            ErrorKind.NOT_OURS, detail="not a JSON object", reason=Unrecognised.OTHER_JSON
        ) from None
    except _DECODE_ERRORS as error:
        if looks_like_case_file(data):
            raise CaseFileError(ErrorKind.DAMAGED, detail=f"not valid JSON ({error})") from None
        raise CaseFileError(
            ErrorKind.NOT_OURS, detail=f"not valid JSON ({error})", reason=unrecognised(data)
        ) from None
    if head.format != FORMAT_NAME:
        raise CaseFileError(
            ErrorKind.NOT_OURS,
            detail="no kassatsiya-case format marker",
            reason=Unrecognised.OTHER_JSON,
        )
    version = head.version
    if type(version) is not int:
        raise CaseFileError(ErrorKind.DAMAGED, detail="format version is not a whole number")
    if version > FORMAT_VERSION:
        raise CaseFileError(ErrorKind.NEWER_VERSION, version=version)
    if version < OLDEST_READABLE_VERSION:
        raise CaseFileError(ErrorKind.DAMAGED, version=version, detail="unknown format version")
    return version


def _case_bytes_of_current(data: bytes) -> bytes:
    try:
        envelope = msgspec.json.decode(data, type=_Envelope)
    except (*_DECODE_ERRORS, msgspec.ValidationError) as error:
        raise CaseFileError(ErrorKind.DAMAGED, detail=f"bad envelope ({error})") from None
    return bytes(envelope.case)


def _case_bytes_of_old(data: bytes, version: int) -> bytes:
    try:
        document = msgspec.json.decode(data)
    except _DECODE_ERRORS as error:
        raise CaseFileError(ErrorKind.DAMAGED, detail=f"not valid JSON ({error})") from None
    document = migrate(document, version)
    if set(document) != {"format", "version", "case"}:
        raise CaseFileError(ErrorKind.DAMAGED, version=version, detail="bad envelope keys")
    try:
        return msgspec.json.encode(document["case"])
    except UnicodeError as error:
        raise CaseFileError(ErrorKind.DAMAGED, detail=f"invalid text ({error})") from None


def decode_document(data: bytes) -> Case:
    """The case in a plain file's bytes, migrated to the current version; strict about types."""
    data = data.removeprefix(_BOM)
    version = _read_version(data)
    if version == FORMAT_VERSION:
        case_bytes = _case_bytes_of_current(data)
    else:
        case_bytes = _case_bytes_of_old(data, version)
    try:
        case = msgspec.json.decode(case_bytes, type=Case)
    except msgspec.ValidationError as error:
        pointer, detail = split_validation_message(str(error))
        raise CaseFileError(ErrorKind.WRONG_TYPE, pointer=pointer, detail=detail) from None
    except _DECODE_ERRORS as error:
        raise CaseFileError(ErrorKind.DAMAGED, detail=f"invalid text ({error})") from None
    try:
        msgspec.json.encode(case)  # lone surrogates decode but could never be saved again
    except UnicodeError as error:
        raise CaseFileError(ErrorKind.DAMAGED, detail=f"invalid text ({error})") from None
    too_many_lines = prose_over_lines(case)
    if too_many_lines is not None:
        raise CaseFileError(ErrorKind.WRONG_TYPE, pointer=too_many_lines, detail=TOO_MANY_LINES)
    problem = typed_text_problem(case)
    if problem is not None:
        raise CaseFileError(ErrorKind.WRONG_TYPE, pointer=problem[0], detail=problem[1])
    _refuse_duplicate_keys(data)
    return case


def _refuse_duplicate_keys(data: bytes) -> None:
    """A key given twice is an error naming it: the decoder above silently kept the last one."""
    try:
        repeated = first_repeated_key(data)
    except (ValueError, RecursionError) as error:
        raise CaseFileError(ErrorKind.DAMAGED, detail=f"not valid JSON ({error})") from None
    if repeated is not None:
        raise CaseFileError(
            ErrorKind.DUPLICATE_KEY, pointer=repeated, detail="a key appears twice in one object"
        )
