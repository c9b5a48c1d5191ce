"""Passphrase-protected case files: round trip, wrong passphrase, tampering, no plaintext on disk."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.case.model import Case, ContestedAct, Filer, new_case
from assistant.casefile import (
    CaseFileError,
    ErrorKind,
    crypto,
    is_protected,
    load_case,
    loads_case,
    save_case,
)
from assistant.casefile.crypto import MAGIC, protect_bytes, unprotect_bytes
from assistant.casefile.format import encode_document

FAST_KDF = 2**10
PASSPHRASE = "Қарлы тау 2026!"
SECRET_NAME = "Жетпісбаев Уникалбек Зейноллаұлы"


def secret_case() -> Case:
    case = new_case(Language.RU)
    case.filer = Filer(full_name=SECRET_NAME, iin="900101300123", phones=["+7 777 123 45 67"])
    case.acts = [ContestedAct(court="Верховный суд", date=dt.date(2026, 9, 1))]
    return case


def _expect(kind: ErrorKind, data: bytes, passphrase: str | None = PASSPHRASE) -> CaseFileError:
    with pytest.raises(CaseFileError) as caught:
        loads_case(data, passphrase)
    assert caught.value.kind is kind, caught.value
    return caught.value


def _split(data: bytes) -> tuple[dict[str, object], bytes]:
    header_end = data.index(b"\n", len(MAGIC))
    return json.loads(data[len(MAGIC) : header_end]), data[header_end + 1 :]


def _with_header(data: bytes, **changes: object) -> bytes:
    header, body = _split(data)
    header.update(changes)
    return MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n" + body


def test_round_trip_in_memory_and_on_disk(tmp_path: Path) -> None:
    plain = encode_document(secret_case())
    sealed = protect_bytes(plain, PASSPHRASE, kdf_n=FAST_KDF)
    assert is_protected(sealed) and not is_protected(plain)
    assert unprotect_bytes(sealed, PASSPHRASE) == plain
    assert protect_bytes(plain, PASSPHRASE, kdf_n=FAST_KDF) != sealed  # fresh salt and nonce
    path = tmp_path / "secret.kassatsiya"
    save_case(secret_case(), path, passphrase=PASSPHRASE, kdf_n=FAST_KDF)
    assert load_case(path, PASSPHRASE) == secret_case()


def test_header_layout_is_the_documented_one() -> None:
    sealed = protect_bytes(b"{}", PASSPHRASE, kdf_n=FAST_KDF)
    assert sealed.startswith(b"KASSATSIYA-PROTECTED\n{")
    header, body = _split(sealed)
    assert list(header) == (
        ["format", "version", "kdf", "n", "r", "p", "salt", "cipher", "nonce", "key_check"]
    )
    assert header["format"] == "kassatsiya-protected"
    assert (header["version"], header["kdf"], header["cipher"]) == (1, "scrypt", "AES-256-GCM")
    assert (header["n"], header["r"], header["p"]) == (FAST_KDF, 8, 1)
    assert len(base64.b64decode(str(header["salt"]))) == 16
    assert len(base64.b64decode(str(header["nonce"]))) == 12
    assert len(body) == len(b"{}") + 16  # binary ciphertext and the GCM tag
    assert PASSPHRASE.encode() not in sealed


def test_default_cost_is_stored_and_within_the_agreed_range() -> None:
    assert 2**15 <= crypto.DEFAULT_KDF_N <= 2**17
    assert crypto.MIN_KDF_N <= crypto.DEFAULT_KDF_N <= crypto.MAX_KDF_N


def test_passphrase_typed_in_another_normal_form_still_opens() -> None:
    passphrase = "Әйгерім й"
    sealed = protect_bytes(b"x", unicodedata.normalize("NFD", passphrase), kdf_n=FAST_KDF)
    assert unprotect_bytes(sealed, unicodedata.normalize("NFC", passphrase)) == b"x"


def test_wrong_missing_and_changed_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "secret.kassatsiya"
    save_case(secret_case(), path, passphrase=PASSPHRASE, kdf_n=FAST_KDF)
    before = path.read_bytes()
    for attempt in ("қарлы тау 2026!", "", PASSPHRASE + " "):
        _expect(ErrorKind.WRONG_PASSPHRASE, before, attempt)
    _expect(ErrorKind.NEEDS_PASSPHRASE, before, None)
    with pytest.raises(CaseFileError) as caught:
        load_case(path, "wrong")
    assert caught.value.path == path
    assert path.read_bytes() == before
    save_case(secret_case(), path, passphrase="новая фраза", kdf_n=FAST_KDF)
    assert load_case(path, "новая фраза") == secret_case()
    _expect(ErrorKind.WRONG_PASSPHRASE, path.read_bytes(), PASSPHRASE)
    assert load_case(tmp_path / "secret.kassatsiya.bak", PASSPHRASE) == secret_case()


@pytest.mark.parametrize("where", [0, 7, -17, -1])
def test_changed_ciphertext_or_tag_is_tampering(where: int) -> None:
    sealed = bytearray(protect_bytes(encode_document(secret_case()), PASSPHRASE, kdf_n=FAST_KDF))
    body_start = sealed.index(b"\n", len(MAGIC)) + 1
    sealed[where if where < 0 else body_start + where] ^= 0x80
    _expect(ErrorKind.TAMPERED, bytes(sealed))


def test_cut_or_extended_ciphertext_is_tampering() -> None:
    sealed = protect_bytes(encode_document(secret_case()), PASSPHRASE, kdf_n=FAST_KDF)
    body_start = sealed.index(b"\n", len(MAGIC)) + 1
    for changed in (sealed[:-1], sealed[: body_start + 5], sealed[:body_start], sealed + b"\0"):
        _expect(ErrorKind.TAMPERED, changed)


def test_changed_header_is_detected() -> None:
    sealed = protect_bytes(encode_document(secret_case()), PASSPHRASE, kdf_n=FAST_KDF)
    nonce = base64.b64encode(os.urandom(12)).decode()
    _expect(ErrorKind.TAMPERED, _with_header(sealed, nonce=nonce))
    _expect(ErrorKind.TAMPERED, sealed.replace(b'"n":1024,', b'"n":1024 ,'))
    _expect(ErrorKind.WRONG_PASSPHRASE, _with_header(sealed, n=2**11))  # another key
    _expect(
        ErrorKind.WRONG_PASSPHRASE, _with_header(sealed, salt=base64.b64encode(b"s" * 16).decode())
    )


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"version": 2}, ErrorKind.NEWER_VERSION),
        ({"cipher": "ROT13"}, ErrorKind.DAMAGED),
        ({"kdf": "md5"}, ErrorKind.DAMAGED),
        ({"n": 2**40}, ErrorKind.DAMAGED),  # must not try to take a terabyte
        ({"n": 1000}, ErrorKind.DAMAGED),
        ({"r": 1}, ErrorKind.DAMAGED),
        ({"salt": "***"}, ErrorKind.DAMAGED),
        ({"nonce": "AAAA"}, ErrorKind.DAMAGED),
        ({"format": "other"}, ErrorKind.DAMAGED),
        ({"extra": 1}, ErrorKind.DAMAGED),
        ({"n": "1024"}, ErrorKind.DAMAGED),
    ],
)
def test_unsupported_or_absurd_headers_are_refused_quickly(
    changes: dict[str, object], kind: ErrorKind
) -> None:
    sealed = protect_bytes(b"{}", PASSPHRASE, kdf_n=FAST_KDF)
    started = time.monotonic()
    _expect(kind, _with_header(sealed, **changes))
    assert time.monotonic() - started < 2


def test_broken_header_lines_are_damaged() -> None:
    _expect(ErrorKind.DAMAGED, MAGIC)
    _expect(ErrorKind.DAMAGED, MAGIC + b"{not json}\n" + b"x" * 40)
    _expect(ErrorKind.DAMAGED, MAGIC + b"[1]\n")
    _expect(ErrorKind.DAMAGED, MAGIC + b" " * 10_000 + b"\n")


def test_a_protected_file_whose_content_is_not_a_case_is_damaged() -> None:
    for content in (b"hello", protect_bytes(b"{}", "inner", kdf_n=FAST_KDF)):
        _expect(ErrorKind.DAMAGED, protect_bytes(content, PASSPHRASE, kdf_n=FAST_KDF))


def test_no_plaintext_ever_reaches_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.kassatsiya"
    save_case(secret_case(), path)  # a plain version first: protecting must not keep it as .bak
    written: list[bytes] = []
    real_write = os.write

    def spy(fd: int, data: bytes) -> int:
        written.append(bytes(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spy)
    save_case(secret_case(), path, passphrase=PASSPHRASE, kdf_n=FAST_KDF)
    save_case(secret_case(), path, passphrase=PASSPHRASE, kdf_n=FAST_KDF)
    monkeypatch.undo()
    assert written
    needles = [SECRET_NAME.encode(), b"900101300123", "Верховный".encode(), b"kassatsiya-case"]
    for chunk in written:
        assert is_protected(chunk)
        assert not any(needle in chunk for needle in needles)
    for file in tmp_path.iterdir():
        data = file.read_bytes()
        assert is_protected(data), file.name
        assert not any(needle in data for needle in needles), file.name
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "secret.kassatsiya",
        "secret.kassatsiya.bak",
    ]
    assert load_case(tmp_path / "secret.kassatsiya.bak", PASSPHRASE) == secret_case()


def test_unprotecting_writes_plain_again(tmp_path: Path) -> None:
    path = tmp_path / "secret.kassatsiya"
    save_case(secret_case(), path, passphrase=PASSPHRASE, kdf_n=FAST_KDF)
    save_case(load_case(path, PASSPHRASE), path)
    assert not is_protected(path.read_bytes())
    assert load_case(path) == secret_case()
    assert is_protected((tmp_path / "secret.kassatsiya.bak").read_bytes())


def test_caller_errors_raise_value_error() -> None:
    with pytest.raises(ValueError, match="empty passphrase"):
        protect_bytes(b"x", "")
    for bad_n in (2**10 + 1, 2**9, 2**19):
        with pytest.raises(ValueError, match="power of two"):
            protect_bytes(b"x", PASSPHRASE, kdf_n=bad_n)
    with pytest.raises(CaseFileError):
        unprotect_bytes(b"plain", PASSPHRASE)


_SEALED = protect_bytes(encode_document(secret_case()), PASSPHRASE, kdf_n=FAST_KDF)


@given(
    position=st.integers(0, len(_SEALED) - 1),
    replacement=st.binary(max_size=4),
    cut=st.integers(0, 4),
)
@settings(max_examples=150, deadline=None)
def test_any_change_to_a_protected_file_is_an_error(
    position: int, replacement: bytes, cut: int
) -> None:
    mutated = _SEALED[:position] + replacement + _SEALED[position + cut :]
    if mutated == _SEALED:
        return
    with pytest.raises(CaseFileError):
        loads_case(mutated, PASSPHRASE)
