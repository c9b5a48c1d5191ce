"""The compiled copy of the rule files is only a faster parse: same rules, still checked, never stale."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import msgspec
import pytest

from assistant.law import compiled_rules, loader
from assistant.law.compiled_rules import read_compiled, write_compiled
from assistant.law.loader import RULES_DIR, RuleFileError, build_rulebook, parse_rule_files
from assistant.law.rule import Severity, Status


def test_the_shipped_compiled_copy_is_up_to_date() -> None:
    files = loader.rule_files(RULES_DIR)
    assert read_compiled(files, RULES_DIR) is not None, (
        "assistant/law/rules.json is stale: run `python -m assistant.law.compiled_rules`"
    )


def test_the_compiled_copy_gives_the_same_rulebook_as_the_toml_files() -> None:
    from_toml = build_rulebook(parse_rule_files(RULES_DIR))
    assert loader.load_rules() == from_toml
    assert len(from_toml.rules) >= 78


@pytest.fixture
def rules_copy(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    compiled = tmp_path / "rules.json"
    write_compiled(parse_rule_files(folder), folder, compiled)
    return folder, compiled


def test_an_edited_added_or_removed_rule_file_makes_the_copy_stale(
    rules_copy: tuple[Path, Path],
) -> None:
    folder, compiled = rules_copy
    files = loader.rule_files(folder)
    assert read_compiled(files, folder, compiled) is not None
    first = files[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert read_compiled(files, folder, compiled) is None
    write_compiled(parse_rule_files(folder), folder, compiled)
    extra = folder / "extra.toml"
    shutil.copy(files[1], extra)
    assert read_compiled(loader.rule_files(folder), folder, compiled) is None
    extra.unlink()
    files[2].unlink()
    assert read_compiled(loader.rule_files(folder), folder, compiled) is None


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"fingerprint": 1, "rules": []}'])
def test_a_missing_or_damaged_copy_is_ignored(rules_copy: tuple[Path, Path], damage: bytes) -> None:
    folder, compiled = rules_copy
    compiled.write_bytes(damage)
    assert read_compiled(loader.rule_files(folder), folder, compiled) is None
    compiled.unlink()
    assert read_compiled(loader.rule_files(folder), folder, compiled) is None


def test_rules_from_the_copy_still_pass_every_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """A compiled UNCONFIRMED rule that would block is refused, as its TOML file would be."""
    parsed = parse_rule_files(RULES_DIR)
    path, rule = next((p, r) for p, r in parsed.items() if r.status is Status.UNCONFIRMED)
    parsed[path] = msgspec.structs.replace(rule, severity=Severity.RETURN)
    monkeypatch.setattr(loader, "read_compiled", lambda _files, _folder: parsed)
    with pytest.raises(RuleFileError, match="UNCONFIRMED"):
        loader.load_rules()


def test_compiling_refuses_a_broken_rule_and_leaves_the_copy_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = Path(__file__).parent / "data" / "broken_rules" / "unconfirmed-return"
    target = tmp_path / "rules.json"
    monkeypatch.setattr(loader, "RULES_DIR", broken)
    monkeypatch.setattr(compiled_rules, "COMPILED_PATH", target)
    with pytest.raises(RuleFileError):
        compiled_rules.main()
    assert not target.exists()


def test_windows_line_ends_do_not_make_the_copy_stale(rules_copy: tuple[Path, Path]) -> None:
    folder, compiled = rules_copy
    files = loader.rule_files(folder)
    for path in files:
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert read_compiled(files, folder, compiled) is not None


def test_a_frozen_bundle_loads_its_rules_without_opening_the_rule_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On an old laptop every file opened at start is scanned; a bundle opens only the copy."""

    def forbidden(*_args: object) -> None:
        raise AssertionError("a frozen bundle listed or read the rule files")

    expected = build_rulebook(parse_rule_files(RULES_DIR))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(loader, "rule_files", forbidden)
    monkeypatch.setattr(loader, "parse_rule_files", forbidden)
    monkeypatch.setattr(compiled_rules, "fingerprint", forbidden)
    assert loader.load_rules() == expected


def test_the_self_test_proves_a_bundle_s_copy_matches_its_rule_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from assistant.cli.selftest import _compiled_rules_problem
    from assistant.law import toml_copy

    assert _compiled_rules_problem() == ""
    monkeypatch.setattr(toml_copy, "_source", lambda _data: "an edited law file")
    assert "JSON copies of acts.toml, grounds_help.toml do not match" in _compiled_rules_problem()
    monkeypatch.setattr(compiled_rules, "fingerprint", lambda *_a: "an edited rule file")
    assert "compiled rules do not match" in _compiled_rules_problem()


@pytest.mark.parametrize("path", compiled_rules.copied_toml_files(), ids=lambda p: p.name)
def test_the_json_copy_of_each_law_file_read_at_start_is_up_to_date(path: Path) -> None:
    import tomllib

    from assistant.law.toml_copy import copy_is_fresh, read_toml

    assert copy_is_fresh(path), f"{path.name}: run `python -m assistant.law.compiled_rules`"
    assert read_toml(path) == tomllib.loads(path.read_text(encoding="utf-8"))


def test_an_edited_law_file_is_read_from_toml_not_from_its_stale_copy(tmp_path: Path) -> None:
    from assistant.law.toml_copy import copy_is_fresh, copy_path, read_toml, write_copy

    path = tmp_path / "acts.toml"
    path.write_text('[acts.CPC]\nru = "УПК РК"\n', encoding="utf-8")
    write_copy(path)
    assert copy_is_fresh(path)
    copy_path(path).write_text(copy_path(path).read_text().replace("УПК РК", "из копии"))
    assert read_toml(path) == {"acts": {"CPC": {"ru": "из копии"}}}  # the copy is what is read
    path.write_text('[acts.CPC]\nru = "УПК РК (правлено)"\n', encoding="utf-8")
    assert not copy_is_fresh(path)
    assert read_toml(path) == {"acts": {"CPC": {"ru": "УПК РК (правлено)"}}}
    copy_path(path).write_bytes(b"{broken")
    assert read_toml(path) == {"acts": {"CPC": {"ru": "УПК РК (правлено)"}}}


def test_a_law_file_with_dates_is_not_copied(tmp_path: Path) -> None:
    """JSON would turn a TOML date into text, and the reader would get another type."""
    from assistant.law.toml_copy import copy_path, write_copy

    path = tmp_path / "dated.toml"
    path.write_text("in_force = 2025-05-29\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dates"):
        write_copy(path)
    assert not copy_path(path).exists()
