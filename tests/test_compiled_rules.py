"""The compiled copy of the rule files is only a faster parse: same rules, still checked, never
stale, never in the source tree (a cache the app writes, a bundle's build output)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import msgspec
import pytest

from assistant.law import compiled_rules, law_cache, loader
from assistant.law.compile_law import compile_law
from assistant.law.compiled_rules import read_compiled, write_compiled
from assistant.law.loader import RULES_DIR, RuleFileError, build_rulebook, parse_rule_files
from assistant.law.rule import Severity, Status

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A law cache of our own, empty, for the rest of the test."""
    folder = tmp_path / "law-cache"
    monkeypatch.setattr(law_cache, "cache_folder", lambda: folder)
    monkeypatch.setattr(compiled_rules, "cache_folder", lambda: folder)
    from assistant.law import toml_copy

    monkeypatch.setattr(toml_copy, "cache_folder", lambda: folder)
    return folder


def test_no_compiled_copy_is_kept_in_the_source_tree() -> None:
    import subprocess

    tracked = subprocess.run(
        ["git", "ls-files", "assistant/law"], check=False, cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    assert [name for name in tracked if name.endswith(".json")] == []


def test_the_first_load_writes_the_cache_and_the_next_reads_it(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = loader.load_rules()
    assert (empty_cache / "rules.json").is_file()

    def forbidden(_path: Path) -> None:
        raise AssertionError("the rule files were parsed although the cache is fresh")

    monkeypatch.setattr(loader, "parse_rule_file", forbidden)
    assert loader.load_rules() == first


def test_a_cache_that_cannot_be_written_only_costs_the_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setattr(compiled_rules, "cache_folder", lambda: blocked / "law")
    assert loader.load_rules() == build_rulebook(parse_rule_files(RULES_DIR))


def test_the_build_writes_every_cache_file(tmp_path: Path) -> None:
    written = compile_law(tmp_path / "bundle-law")
    assert sorted(path.name for path in written) == ["acts.json", "grounds_help.json", "rules.json"]
    files = loader.rule_files(RULES_DIR)
    assert read_compiled(files, RULES_DIR, tmp_path / "bundle-law" / "rules.json") is not None


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


def test_rules_from_the_copy_still_pass_every_check(
    monkeypatch: pytest.MonkeyPatch, empty_cache: Path
) -> None:
    """A compiled UNCONFIRMED rule that would block is refused, as its TOML file would be."""
    parsed = parse_rule_files(RULES_DIR)
    path, rule = next((p, r) for p, r in parsed.items() if r.status is Status.UNCONFIRMED)
    parsed[path] = msgspec.structs.replace(rule, severity=Severity.RETURN)
    monkeypatch.setattr(loader, "read_compiled", lambda _files, _folder: parsed)
    with pytest.raises(RuleFileError, match="UNCONFIRMED"):
        loader.load_rules()


def test_compiling_refuses_a_broken_rule_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.law import compile_law as command

    broken = Path(__file__).parent / "data" / "broken_rules" / "unconfirmed-return"
    monkeypatch.setattr(command, "RULES_DIR", broken)
    with pytest.raises(RuleFileError):
        command.main([str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()


def test_windows_line_ends_do_not_make_the_copy_stale(rules_copy: tuple[Path, Path]) -> None:
    folder, compiled = rules_copy
    files = loader.rule_files(folder)
    for path in files:
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert read_compiled(files, folder, compiled) is not None


def test_a_frozen_bundle_loads_its_rules_without_opening_the_rule_files(
    monkeypatch: pytest.MonkeyPatch, empty_cache: Path
) -> None:
    """On an old laptop every file opened at start is scanned; a bundle opens only the copy."""

    def forbidden(*_args: object) -> None:
        raise AssertionError("a frozen bundle listed or read the rule files")

    compile_law(empty_cache)  # what the build puts into the bundle
    expected = build_rulebook(parse_rule_files(RULES_DIR))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(loader, "rule_files", forbidden)
    monkeypatch.setattr(loader, "parse_rule_files", forbidden)
    monkeypatch.setattr(compiled_rules, "fingerprint", forbidden)
    assert loader.load_rules() == expected


def test_the_self_test_proves_a_bundle_s_copy_matches_its_rule_files(
    monkeypatch: pytest.MonkeyPatch, empty_cache: Path
) -> None:
    from assistant.cli.selftest import _compiled_rules_problem
    from assistant.law import toml_copy

    assert _compiled_rules_problem() == ""  # from source it fills the empty cache first
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert _compiled_rules_problem() == ""
    monkeypatch.setattr(toml_copy, "_source", lambda _data: "an edited law file")
    assert "JSON copies of acts.toml, grounds_help.toml do not match" in _compiled_rules_problem()
    monkeypatch.setattr(compiled_rules, "fingerprint", lambda *_a: "an edited rule file")
    assert "compiled rules do not match" in _compiled_rules_problem()


@pytest.mark.parametrize("path", compiled_rules.copied_toml_files(), ids=lambda p: p.name)
def test_each_law_file_read_at_start_is_copied_on_first_read(path: Path, empty_cache: Path) -> None:
    import tomllib

    from assistant.law.toml_copy import copy_is_fresh, read_toml

    assert not copy_is_fresh(path)
    assert read_toml(path) == tomllib.loads(path.read_text(encoding="utf-8"))
    assert copy_is_fresh(path)
    assert read_toml(path) == tomllib.loads(path.read_text(encoding="utf-8"))


def test_an_edited_law_file_is_read_from_toml_not_from_its_stale_copy(
    tmp_path: Path, empty_cache: Path
) -> None:
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
    assert copy_is_fresh(path)  # and the copy was written again
    copy_path(path).write_bytes(b"{broken")
    assert read_toml(path) == {"acts": {"CPC": {"ru": "УПК РК (правлено)"}}}


def test_a_law_file_with_dates_is_not_copied(tmp_path: Path, empty_cache: Path) -> None:
    """JSON would turn a TOML date into text, and the reader would get another type."""
    from assistant.law.toml_copy import copy_path, write_copy

    path = tmp_path / "dated.toml"
    path.write_text("in_force = 2025-05-29\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dates"):
        write_copy(path)
    assert not copy_path(path).exists()
