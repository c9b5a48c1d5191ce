"""Shared fixtures: the bundled example cases, loaded fresh for each test."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from assistant.case.model import Case
from assistant.user_locale import LOCALE_VARIABLES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load_example(name: str) -> Case:
    """An example case by file stem, decoded with the model (independent of the file loader)."""
    document = json.loads((EXAMPLES / f"{name}.kassatsiya").read_text(encoding="utf-8"))
    return msgspec.convert(document["case"], Case)


@pytest.fixture(autouse=True)
def _neutral_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line follows the user's locale: every test starts from a locale that names
    no language (as in CI), so no result depends on the machine's settings."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def ready_ru() -> Case:
    return load_example("ready-ru")


@pytest.fixture
def ready_kk() -> Case:
    return load_example("ready-kk")


@pytest.fixture
def key_derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The scrypt cost `n` of each key derivation from now on (~0.5 s each at the real cost)."""
    from assistant.casefile import crypto

    calls: list[int] = []
    derive = crypto._derive

    def counted(passphrase: str, salt: bytes, n: int) -> tuple[bytes, bytes]:
        calls.append(n)
        return derive(passphrase, salt, n)

    monkeypatch.setattr(crypto, "_derive", counted)
    return calls
