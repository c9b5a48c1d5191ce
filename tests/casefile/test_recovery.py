"""The recovery slot: listing, loading, discarding, encryption, typed texts, key reuse."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.case.model import (
    Case,
)
from assistant.casefile import (
    ErrorKind,
    RecoveryStore,
    load_case,
    save_case,
)
from assistant.casefile.crypto import KeyCache
from assistant.casefile.format import encode_document
from assistant.casefile.save import backup_path
from tests.casefile.samples import (
    FAST_KDF,
    NOW,
    expect_error,
    sample_case,
)


def test_recovery_slot_lists_loads_and_discards(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert store.recoverable() == []
    original = tmp_path / "case.kassatsiya"
    slot = store.slot(original)
    assert store.slot(original).file == slot.file  # stable for the same file
    slot.save(sample_case(), now=NOW)
    untitled = store.slot(None)
    untitled.save(Case(), now=NOW - dt.timedelta(minutes=5))
    (tmp_path / "recovery" / "junk.kassatsiya-recovery").write_bytes(b"not ours")
    entries = store.recoverable()
    assert [(e.original, e.saved_at, e.protected) for e in entries] == [
        (original, NOW, False),
        (None, NOW - dt.timedelta(minutes=5), False),
    ]
    assert "Әбілқасымова" not in entries[0].recovery_file.name
    assert store.load(entries[0]) == sample_case()
    assert store.load(entries[1]) == Case()
    slot.discard()
    store.discard(entries[1])
    assert store.recoverable() == []
    slot.discard()  # twice is harmless


def test_recovery_of_a_protected_case_is_encrypted(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(tmp_path / "secret.kassatsiya")
    slot.save(sample_case("Жасырынбаев Ерлан"), passphrase="pass", now=NOW, kdf_n=FAST_KDF)
    assert "Жасырынбаев".encode() not in slot.file.read_bytes()
    (entry,) = store.recoverable()
    assert entry.protected
    expect_error(ErrorKind.NEEDS_PASSPHRASE, lambda: store.load(entry))
    expect_error(ErrorKind.WRONG_PASSPHRASE, lambda: store.load(entry, "nope"))
    assert store.load(entry, "pass").filer.full_name == "Жасырынбаев Ерлан"


def test_recovery_failures_are_case_file_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(None)
    slot.save(Case(), now=NOW)
    (entry,) = store.recoverable()
    slot.file.write_bytes(b"KASSATSIYA-RECOVERY\n{broken\n")
    expect_error(ErrorKind.DAMAGED, lambda: store.load(entry))
    slot.discard()
    expect_error(ErrorKind.NOT_FOUND, lambda: store.load(entry))

    def disk_full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    expect_error(ErrorKind.UNWRITABLE, lambda: slot.save(Case(), now=NOW))


TYPED = {"/signature/date": "31.02.2026", "/acts/0/date": "12.13.2025"}


def test_recovery_keeps_typed_texts_the_case_cannot_hold(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.slot(None).save(sample_case(), now=NOW, typed=TYPED)
    (entry,) = store.recoverable()
    assert store.load_work(entry) == (sample_case(), TYPED)


def test_protected_typed_texts_are_encrypted_with_the_case(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(None)
    slot.save(sample_case(), passphrase="pass", now=NOW, kdf_n=FAST_KDF, typed=TYPED)
    assert b"31.02.2026" not in slot.file.read_bytes()
    (entry,) = store.recoverable()
    assert store.load_work(entry, "pass") == (sample_case(), TYPED)


def _protection_header(part: bytes) -> dict[str, object]:
    header: dict[str, object] = json.loads(part.split(b"\n", 2)[1])
    return header


def test_autosaving_a_protected_case_derives_its_key_once_per_passphrase(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    """Autosave runs every few seconds on the window's thread: only the first one may pay."""
    from assistant.casefile.recovery import _parts, _split

    slot = RecoveryStore(tmp_path).slot(None)
    keys: KeyCache = {}  # the open case's (ui/document.py)
    for name in ("Первый", "Второй", "Третий"):
        slot.save(
            sample_case(name), passphrase="pass", now=NOW, kdf_n=FAST_KDF, typed=TYPED, keys=keys
        )
    assert len(key_derivations) == 1
    content, typed = _parts(*_split(slot.file.read_bytes()))
    case_header, typed_header = _protection_header(content), _protection_header(typed)
    assert case_header["salt"] == typed_header["salt"]
    assert case_header["nonce"] != typed_header["nonce"]  # AES-GCM: never a nonce twice
    slot.save(sample_case(), passphrase="new pass", now=NOW, kdf_n=FAST_KDF, keys={})
    assert len(key_derivations) == 2


def test_restoring_a_protected_recovery_derives_its_key_once(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    store = RecoveryStore(tmp_path)
    store.slot(None).save(sample_case(), passphrase="pass", now=NOW, kdf_n=FAST_KDF, typed=TYPED)
    key_derivations.clear()
    (entry,) = store.recoverable()
    assert store.load_work(entry, "pass") == (sample_case(), TYPED)
    assert len(key_derivations) == 1


def test_saving_a_case_opened_with_its_passphrase_reuses_the_key(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    path = tmp_path / "secret.kassatsiya"
    save_case(sample_case("Первый"), path, passphrase="pass", kdf_n=FAST_KDF)
    key_derivations.clear()
    keys: KeyCache = {}
    assert load_case(path, "pass", keys=keys) == sample_case("Первый")
    assert len(key_derivations) == 1
    before = _protection_header(path.read_bytes())
    save_case(sample_case("Второй"), path, passphrase="pass", kdf_n=FAST_KDF, keys=keys)
    after = _protection_header(path.read_bytes())
    assert len(key_derivations) == 1  # neither the file nor its backup derived the key again
    assert after["salt"] == before["salt"] and after["nonce"] != before["nonce"]
    assert load_case(path, "pass") == sample_case("Второй")
    assert load_case(backup_path(path), "pass") == sample_case("Первый")


def test_a_wrong_passphrase_leaves_no_key_to_reuse(tmp_path: Path) -> None:
    path = tmp_path / "secret.kassatsiya"
    save_case(sample_case(), path, passphrase="pass", kdf_n=FAST_KDF)
    keys: KeyCache = {}
    expect_error(ErrorKind.WRONG_PASSPHRASE, lambda: load_case(path, "wrong", keys=keys))
    assert keys == {}
    load_case(path, "pass", keys=keys)
    assert len(keys) == 1


def test_a_cheaper_derivation_is_not_reused_for_a_dearer_save(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    """A file written at a low scrypt cost (old, or made so) is saved again at the cost asked."""
    path = tmp_path / "secret.kassatsiya"
    save_case(sample_case(), path, passphrase="pass", kdf_n=FAST_KDF)
    keys: KeyCache = {}
    load_case(path, "pass", keys=keys)
    key_derivations.clear()
    save_case(sample_case(), path, passphrase="pass", kdf_n=FAST_KDF * 2, keys=keys)
    assert key_derivations == [FAST_KDF * 2]
    assert _protection_header(path.read_bytes())["n"] == FAST_KDF * 2


def test_a_version_1_recovery_file_has_no_typed_texts(tmp_path: Path) -> None:
    """Written by the previous release: metadata without `typed_bytes`, then the case file."""
    store = RecoveryStore(tmp_path)
    meta = {
        "format": "kassatsiya-recovery",
        "version": 1,
        "original": None,
        "saved_at": NOW.isoformat(),
        "protected": False,
    }
    file = tmp_path / ("untitled-1" + ".kassatsiya-recovery")
    file.write_bytes(
        b"KASSATSIYA-RECOVERY\n" + json.dumps(meta).encode() + b"\n" + encode_document(Case())
    )
    (entry,) = store.recoverable()
    assert store.load_work(entry) == (Case(), {})


def test_damaged_typed_texts_give_none_and_a_part_longer_than_the_file_is_damage(
    tmp_path: Path,
) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(None)
    slot.save(Case(), now=NOW, typed=TYPED)
    data = slot.file.read_bytes()
    slot.file.write_bytes(data[:-3] + b"@@@")  # same length, broken JSON
    (entry,) = store.recoverable()
    assert store.load_work(entry) == (Case(), {})
    slot.file.write_bytes(re.sub(rb'"typed_bytes":\d+', b'"typed_bytes":99999999', data))
    assert store.recoverable() == []
    expect_error(ErrorKind.DAMAGED, lambda: store.load(entry))


@settings(max_examples=50, deadline=None)
@given(
    typed=st.dictionaries(
        st.text(min_size=1, max_size=30).map(lambda t: "/" + t),
        st.text(max_size=200),
        max_size=20,
    )
)
def test_any_typed_texts_survive_the_recovery_file(typed: dict[str, str]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = RecoveryStore(Path(folder))
        store.slot(None).save(Case(), now=NOW, typed=typed)
        (entry,) = store.recoverable()
        assert store.load_work(entry)[1] == typed


def test_default_recovery_folder_is_in_the_user_data_folder() -> None:
    import platformdirs

    expected = Path(platformdirs.user_data_dir("kassatsiya", appauthor=False)) / "recovery"
    assert RecoveryStore().folder == expected
