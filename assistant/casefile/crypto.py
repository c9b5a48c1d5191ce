"""Passphrase protection of a case file: scrypt for the key, AES-256-GCM for the content.

Layout (docs/case-file.md): the magic line `KASSATSIYA-PROTECTED\\n`, one line of JSON header,
then the raw binary ciphertext with its 16-byte GCM tag at the end. The magic and header bytes
are the GCM associated data, so a change to any of them is detected. The passphrase is never
stored; `key_check` (a hash of key material independent of the AES key) tells a wrong
passphrase apart from a damaged or altered file.
"""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata
from typing import Any

import msgspec

from assistant.casefile.errors import CaseFileError, ErrorKind

MAGIC = b"KASSATSIYA-PROTECTED\n"
PROTECTED_FORMAT = "kassatsiya-protected"
PROTECTED_VERSION = 1
KDF = "scrypt"
CIPHER = "AES-256-GCM"

DEFAULT_KDF_N = 2**17
"""Measured: about 0.46 s on the project's 2-core machine (2**16: 0.25 s, 2**18: 0.97 s)."""
MIN_KDF_N = 2**10  # accepted when reading; tests write this to stay fast
MAX_KDF_N = 2**18  # refused above: a forged header must not make us take gigabytes or minutes
KDF_R = 8
KDF_P = 1

_SALT_BYTES = 16
_NONCE_BYTES = 12
_KEY_BYTES = 32
_KEY_CHECK_BYTES = 16
_MAX_HEADER_BYTES = 4096
_KEY_CHECK_LABEL = b"kassatsiya key check v1"

KeyCache = dict[tuple[bytes, int], tuple[bytes, bytes]]
"""The key derivations of one passphrase, by (salt, n): whoever holds the passphrase of an open
case holds one, so that opening, saving and autosaving it derive the key once, not each time."""


class _Header(msgspec.Struct, forbid_unknown_fields=True):
    """The header line, keys in this order."""

    format: str
    version: int
    kdf: str
    n: int
    r: int
    p: int
    salt: str
    cipher: str
    nonce: str
    key_check: str


def is_protected(data: bytes) -> bool:
    """True when `data` starts as a passphrase-protected case file does."""
    return data.startswith(MAGIC)


def _check_kdf_n(n: int) -> None:
    if not (MIN_KDF_N <= n <= MAX_KDF_N) or n & (n - 1):
        raise ValueError(f"scrypt n must be a power of two in [{MIN_KDF_N}, {MAX_KDF_N}]: {n}")


def _derive(passphrase: str, salt: bytes, n: int) -> tuple[bytes, bytes]:
    """The AES key and the key check for `passphrase` (NFC-normalised, so input methods agree)."""
    import hashlib  # lazy, like cryptography: only protected files pay for OpenSSL at start-up

    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # lazy: ~70 ms at app start

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    material = Scrypt(salt=salt, length=2 * _KEY_BYTES, n=n, r=KDF_R, p=KDF_P).derive(secret)
    check = hashlib.sha256(_KEY_CHECK_LABEL + material[_KEY_BYTES:]).digest()[:_KEY_CHECK_BYTES]
    return material[:_KEY_BYTES], check


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Sealer:
    """Protects any number of texts under one passphrase for the price of one key derivation.

    The derivation is slow on purpose (scrypt, ~0.5 s, holding the interpreter), and the app
    protects the open case at every save and autosave on the window's thread. With `keys`, the
    passphrase's earlier derivation at the same cost is reused (its salt and key; the one from
    opening the file, say), and a new one is remembered there. Every text still gets a fresh
    random nonce, as AES-GCM requires.
    Raises ValueError for an empty passphrase or an out-of-range `kdf_n`: both are caller bugs.
    """

    def __init__(
        self, passphrase: str, *, kdf_n: int | None = None, keys: KeyCache | None = None
    ) -> None:
        if not passphrase:
            raise ValueError("an empty passphrase protects nothing")
        self.n = DEFAULT_KDF_N if kdf_n is None else kdf_n
        _check_kdf_n(self.n)
        known = keys if keys is not None else {}
        salt = next((salt for salt, n in known if n == self.n), None)
        if salt is None:
            salt = os.urandom(_SALT_BYTES)
            known[salt, self.n] = _derive(passphrase, salt, self.n)
        self._salt = salt
        self._key, self._check = known[salt, self.n]

    def seal(self, plaintext: bytes) -> bytes:
        """`plaintext` as a protected file (see the module docstring for the layout)."""
        nonce = os.urandom(_NONCE_BYTES)
        header = _Header(
            format=PROTECTED_FORMAT,
            version=PROTECTED_VERSION,
            kdf=KDF,
            n=self.n,
            r=KDF_R,
            p=KDF_P,
            salt=_b64(self._salt),
            cipher=CIPHER,
            nonce=_b64(nonce),
            key_check=_b64(self._check),
        )
        head = MAGIC + msgspec.json.encode(header) + b"\n"
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return head + AESGCM(self._key).encrypt(nonce, plaintext, head)


def protect_bytes(
    plaintext: bytes, passphrase: str, *, kdf_n: int | None = None, keys: KeyCache | None = None
) -> bytes:
    """Encrypt `plaintext` under `passphrase`: a fresh nonce, and a fresh salt unless `keys`
    holds a derivation to reuse (see `Sealer`)."""
    return Sealer(passphrase, kdf_n=kdf_n, keys=keys).seal(plaintext)


def _damaged(detail: str) -> CaseFileError:
    return CaseFileError(ErrorKind.DAMAGED, detail=f"protection header: {detail}")


def _decode_b64(text: str, size: int, name: str) -> bytes:
    try:
        value = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged(f"{name} is not base64") from None
    if len(value) != size:
        raise _damaged(f"{name} has {len(value)} bytes, expected {size}")
    return value


def _parse_header(line: bytes) -> _Header:
    try:
        fields: Any = msgspec.json.decode(line)
    except (msgspec.DecodeError, RecursionError, UnicodeError, OverflowError):
        raise _damaged("not valid JSON") from None
    if not isinstance(fields, dict) or fields.get("format") != PROTECTED_FORMAT:
        raise _damaged("no kassatsiya-protected format marker")
    version = fields.get("version")
    if type(version) is int and version > PROTECTED_VERSION:
        raise CaseFileError(ErrorKind.NEWER_VERSION, version=version)
    try:
        header = msgspec.convert(fields, type=_Header)
    except msgspec.ValidationError as error:
        raise _damaged(str(error)) from None
    supported = (header.version, header.kdf, header.cipher, header.r, header.p) == (
        PROTECTED_VERSION,
        KDF,
        CIPHER,
        KDF_R,
        KDF_P,
    )
    if not supported:
        raise _damaged("unsupported version, algorithm or parameters")
    try:
        _check_kdf_n(header.n)
    except ValueError as error:
        raise _damaged(str(error)) from None
    return header


def unprotect_bytes(data: bytes, passphrase: str, *, keys: KeyCache | None = None) -> bytes:
    """The plaintext of a protected file; CaseFileError when it cannot be trusted or opened.

    `keys` (the passphrase's, see `KeyCache`) remembers the derivation: the parts one `Sealer`
    protected, and later saves of the opened case, then cost none.
    """
    import hmac  # lazy, see _derive

    if not is_protected(data):
        raise CaseFileError(ErrorKind.NOT_OURS, detail="no protection magic line")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER_BYTES)
    if end < 0:
        raise _damaged("header line missing or too long")
    header = _parse_header(data[len(MAGIC) : end])
    salt = _decode_b64(header.salt, _SALT_BYTES, "salt")
    nonce = _decode_b64(header.nonce, _NONCE_BYTES, "nonce")
    expected_check = _decode_b64(header.key_check, _KEY_CHECK_BYTES, "key_check")
    known = keys if keys is not None else {}
    key, check = known.get((salt, header.n)) or _derive(passphrase, salt, header.n)
    if not hmac.compare_digest(check, expected_check):
        raise CaseFileError(ErrorKind.WRONG_PASSPHRASE)
    known[salt, header.n] = (key, check)  # only a derivation that matched is reused
    head = data[: end + 1]
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, data[end + 1 :], head)
    except InvalidTag:
        raise CaseFileError(ErrorKind.TAMPERED, detail="authentication tag mismatch") from None
