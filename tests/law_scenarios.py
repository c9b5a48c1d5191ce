"""Law tests written as data (tests/law/*.toml): load the scenarios and build their cases.

A scenario starts from an example case (`base`, a file stem in examples/), patches it with
JSON pointers (`set`: pointer -> value, `unset`: pointers to clear or list items to drop) and
names the rule ids that must fire (`expect`) and must not (`absent`) on `today`; `files`
gives the attached files as the front door would find them on disk.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from assistant.case.model import Case
from assistant.case.pointer import tokens
from assistant.law.file_facts import FileFacts

LAW_TESTS = Path(__file__).resolve().parent / "law"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class FoundFile(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """An attached file as the front door would find it on disk (`FileFacts`)."""

    size: int | None = None  # None: the file is not there
    pdf_problem: str = ""


class Scenario(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One law test: a dated case and the rule ids that must and must not fire."""

    name: str
    today: dt.date
    base: str = "ready-ru"
    set: dict[str, Any] = msgspec.field(default_factory=dict)
    unset: list[str] = msgspec.field(default_factory=list)
    expect: list[str] = msgspec.field(default_factory=list)
    absent: list[str] = msgspec.field(default_factory=list)
    ready: bool | None = None  # when given: whether the case must be ready to file
    # When given: the attached files as found on disk (file name -> facts); else none looked at.
    files: dict[str, FoundFile] | None = None
    why: str = ""

    def file_facts(self) -> dict[str, FileFacts] | None:
        """The `files` as the engine takes them."""
        if self.files is None:
            return None
        return {name: FileFacts(f.size, f.pdf_problem) for name, f in self.files.items()}


class _ScenarioFile(msgspec.Struct, forbid_unknown_fields=True):
    scenario: list[Scenario]


@dataclass(frozen=True)
class LoadedScenario:
    file: str
    scenario: Scenario

    @property
    def test_id(self) -> str:
        return f"{self.file}::{self.scenario.name}"


@cache
def all_scenarios() -> tuple[LoadedScenario, ...]:
    """Every scenario of every file, in file order; a malformed file fails with its name."""
    found: list[LoadedScenario] = []
    for path in sorted(LAW_TESTS.glob("*.toml")):
        try:
            data = msgspec.convert(tomllib.loads(path.read_text(encoding="utf-8")), _ScenarioFile)
        except (tomllib.TOMLDecodeError, msgspec.ValidationError) as exc:
            raise ValueError(f"{path.name}: {exc}") from exc
        found += [LoadedScenario(path.stem, s) for s in data.scenario]
    return tuple(found)


@cache
def _base_data(name: str) -> dict[str, Any]:
    document = json.loads((EXAMPLES / f"{name}.kassatsiya").read_text(encoding="utf-8"))
    data: dict[str, Any] = document["case"]
    return data


def _tokens(pointer: str) -> list[str]:
    parts = tokens(pointer)
    if not parts:
        raise ValueError("a scenario cannot set or unset the whole case")
    return parts


def _parent(data: dict[str, Any], tokens: list[str]) -> Any:
    node: Any = data
    for token in tokens[:-1]:
        if isinstance(node, list):
            node = node[int(token)]
        else:
            if node.get(token) is None:
                node[token] = {}
            node = node[token]
    return node


def _set(data: dict[str, Any], pointer: str, value: Any) -> None:
    tokens = _tokens(pointer)
    parent, last = _parent(data, tokens), tokens[-1]
    if isinstance(parent, list):
        if last == "-":
            parent.append(value)
        else:
            parent[int(last)] = value
    else:
        if last not in parent:
            raise KeyError(f"{pointer}: no field {last!r} to set")
        parent[last] = value


def _unset(data: dict[str, Any], pointer: str) -> None:
    tokens = _tokens(pointer)
    parent, last = _parent(data, tokens), tokens[-1]
    if isinstance(parent, list):
        del parent[int(last)]
    else:
        parent[last] = None


def build_case(scenario: Scenario) -> Case:
    """The base example with the scenario's patches applied, decoded by the model."""
    data = copy.deepcopy(_base_data(scenario.base))
    for pointer in scenario.unset:
        _unset(data, pointer)
    for pointer, value in scenario.set.items():
        _set(data, pointer, value)
    return msgspec.convert(data, Case)
