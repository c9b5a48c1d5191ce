"""Strict loading of the rule files: a bad file fails at start, naming the file and problem.

Checked: TOML syntax, unknown or missing keys, types and dates, status/severity consistency
(an UNCONFIRMED point may only warn), the 489(1) ground, redirect routes, field pointers,
predicate names and their parameters, duplicate ids and overlapping periods of one id.
"""

from __future__ import annotations

import itertools
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from assistant.law import predicates as _predicates  # noqa: F401 - registers the predicates
from assistant.law.citation import known_acts
from assistant.law.compiled_rules import (
    compiled_bytes,
    compiled_path,
    read_compiled,
    read_compiled_trusted,
)
from assistant.law.dated_params import DatedParameter, load_parameters
from assistant.law.law_cache import remember
from assistant.law.pointers import PointerError, validate_pattern
from assistant.law.registry import PREDICATES
from assistant.law.routes import Route, load_routes
from assistant.law.rule import Rule, Severity, Status, return_grounds
from assistant.resources import package_path

RULES_DIR = package_path("law", "rules")


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class RuleBook:
    """All rules (every dated version), the routes they redirect to, the shared parameters."""

    rules: tuple[Rule, ...]
    routes: dict[str, Route]
    params: dict[str, msgspec.Struct]  # rule id + valid_from -> converted predicate params
    parameters: dict[str, tuple[DatedParameter, ...]]  # dated_params, every version

    def in_force_on(self, day: Any) -> list[Rule]:
        """The version of each rule that is the law on `day`."""
        return [rule for rule in self.rules if rule.in_force_on(day)]


def _params_key(rule: Rule) -> str:
    return f"{rule.id}@{rule.valid_from.isoformat()}"


def parse_rule_file(path: Path) -> Rule:
    """Read one rule file: valid TOML whose keys and types match `Rule`."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, f"not valid TOML: {exc}") from exc
    try:
        return msgspec.convert(raw, Rule)
    except msgspec.ValidationError as exc:
        raise RuleFileError(path, str(exc)) from exc


def check_rule(path: Path, rule: Rule, routes: dict[str, Route]) -> msgspec.Struct:
    """Check a parsed rule's meaning; returns its predicate parameters, converted."""
    _check_semantics(path, rule, routes)
    spec = PREDICATES[rule.check.predicate]
    try:
        params: msgspec.Struct = msgspec.convert(rule.check.params, spec.params_type)
    except msgspec.ValidationError as exc:
        raise RuleFileError(path, f"parameters of {rule.check.predicate!r}: {exc}") from exc
    _check_param_paths(path, params)
    return params


def _severity_problems(rule: Rule, routes: dict[str, Route]) -> list[str]:
    problems: list[str] = []
    if rule.status is Status.UNCONFIRMED and rule.severity in (Severity.RETURN, Severity.REDIRECT):
        problems.append("an UNCONFIRMED rule may only warn or inform, never return or redirect")
    if rule.undecided and rule.severity is not Severity.WARNING:
        problems.append("an undecided finding must be a warning")
    grounds = return_grounds(rule.kinds)
    if rule.severity is Severity.RETURN and rule.ground not in grounds:
        problems.append(f"a return rule needs a ground among {grounds}, not {rule.ground!r}")
    if rule.ground is not None and rule.ground not in grounds:
        problems.append(f"unknown ground {rule.ground!r} for {[k.value for k in rule.kinds]}")
    if rule.severity is Severity.REDIRECT and rule.route not in routes:
        problems.append(f"a redirect rule needs a known route, not {rule.route!r}")
    if rule.route is not None and rule.route not in routes:
        problems.append(f"unknown route {rule.route!r}")
    return problems


def _identity_problems(rule: Rule) -> list[str]:
    problems: list[str] = []
    if rule.valid_until is not None and rule.valid_until < rule.valid_from:
        problems.append("valid_until is before valid_from")
    if not rule.id.startswith(rule.row):
        problems.append(f"id {rule.id!r} must start with its row {rule.row!r}")
    if not rule.citations:
        problems.append("a rule needs at least one citation")
    acts = known_acts()
    problems += [f"unknown act {c.act!r} in citation" for c in rule.citations if c.act not in acts]
    if rule.check.predicate not in PREDICATES:
        problems.append(f"unknown predicate {rule.check.predicate!r}")
    if not rule.message.strip() or not rule.hint.strip():
        problems.append("message and hint must not be empty")
    return problems


def _pointer_problems(rule: Rule) -> list[str]:
    problems: list[str] = []
    for pattern in [*rule.fields, *(c.path for c in rule.when)]:
        try:
            validate_pattern(pattern)
        except PointerError as exc:
            problems.append(str(exc))
    return problems


def _check_semantics(path: Path, rule: Rule, routes: dict[str, Route]) -> None:
    problems = _severity_problems(rule, routes) + _identity_problems(rule) + _pointer_problems(rule)
    if problems:
        raise RuleFileError(path, "; ".join(problems))


def _check_param_paths(path: Path, params: msgspec.Struct) -> None:
    for name in ("path", "items"):
        value = getattr(params, name, None)
        if isinstance(value, str):
            try:
                validate_pattern(value)
            except PointerError as exc:
                raise RuleFileError(path, f"parameter {name}: {exc}") from exc


def _check_periods(entries: list[tuple[Path, Rule]]) -> None:
    by_id: dict[str, list[tuple[Path, Rule]]] = defaultdict(list)
    for path, rule in entries:
        by_id[rule.id].append((path, rule))
    for versions in by_id.values():
        versions.sort(key=lambda pr: pr[1].valid_from)
        for (prev_path, prev), (path, rule) in itertools.pairwise(versions):
            if prev.valid_from == rule.valid_from:
                raise RuleFileError(path, f"duplicate id {rule.id!r} (also in {prev_path.name})")
            if prev.valid_until is None or prev.valid_until >= rule.valid_from:
                raise RuleFileError(
                    path, f"period of {rule.id!r} overlaps the version in {prev_path.name}"
                )


def rule_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.toml"))


def parse_rule_files(folder: Path) -> dict[Path, Rule]:
    """Every rule file below `folder`, parsed (not yet checked for meaning)."""
    return {path: parse_rule_file(path) for path in rule_files(folder)}


def build_rulebook(parsed: dict[Path, Rule]) -> RuleBook:
    """Check every parsed rule and their periods; raise RuleFileError on the first problem."""
    routes = load_routes()
    entries = sorted(parsed.items())
    params = {_params_key(rule): check_rule(path, rule, routes) for path, rule in entries}
    _check_periods(entries)
    return RuleBook(tuple(rule for _, rule in entries), routes, params, load_parameters())


def load_rules(folder: Path = RULES_DIR) -> RuleBook:
    """Load every `*.toml` below `folder`; raise RuleFileError on the first bad file.

    For the shipped folder the parse comes from the compiled copy when it is up to date
    (assistant/law/compiled_rules.py), else from the TOML files, after which the copy is
    written for the next start; the checks run either way.
    """
    if folder != RULES_DIR:
        return build_rulebook(parse_rule_files(folder))
    if getattr(sys, "frozen", False):
        trusted = read_compiled_trusted(folder)  # see compiled_rules: checked by --self-test
        if trusted is not None:
            return build_rulebook(trusted)
    files = rule_files(folder)
    compiled = read_compiled(files, folder)
    if compiled is not None:
        return build_rulebook(compiled)
    parsed = {path: parse_rule_file(path) for path in files}
    book = build_rulebook(parsed)
    remember(compiled_path(), compiled_bytes(parsed, folder))
    return book


@cache
def default_rulebook() -> RuleBook:
    """The shipped rules, loaded once per process."""
    return load_rules()


def rule_params(book: RuleBook, rule: Rule) -> msgspec.Struct:
    """The converted predicate parameters of `rule`."""
    return book.params[_params_key(rule)]
