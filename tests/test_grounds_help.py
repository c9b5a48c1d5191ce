"""The Art. 485(1) help data: complete, cited, translatable, and strictly loaded."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.case.enums import Ground, Language
from assistant.law.extract import extract_rule_messages
from assistant.law.grounds_help import (
    GROUNDS_HELP_FILE,
    GroundsHelpError,
    default_grounds_help,
    load_grounds_help,
)


def test_every_item_has_label_explanation_example_and_citation() -> None:
    helps = default_grounds_help()
    assert list(helps) == list(Ground)
    for item, entry in helps.items():
        assert entry.label.strip() and entry.explanation.strip() and entry.example.strip()
        assert entry.citation.key() == f"CPC 485(1)({item.value})"


def test_citation_is_written_per_language() -> None:
    entry = default_grounds_help()[Ground.PRIVATE_RULING]
    assert entry.citation_text(Language.RU) == "п. 7-1 ч. 1 ст. 485 УПК РК"
    assert entry.citation_text(Language.EN) == "CPC RK Art. 485(1)(7-1)"
    assert "485-бабы" in entry.citation_text(Language.KK)
    assert entry.label_in(Language.EN) == entry.label


def test_the_texts_are_extracted_for_translation() -> None:
    data = GROUNDS_HELP_FILE.read_bytes()
    messages = {m for _, _, m, _ in extract_rule_messages(io.BytesIO(data), None, None, None)}
    for entry in default_grounds_help().values():
        assert {entry.label, entry.explanation, entry.example} <= messages


def _write(tmp_path: Path, items: list[tuple[str, str]]) -> Path:
    path = tmp_path / "grounds_help.toml"
    body = "".join(
        f'[[item]]\nid = "{i}"\nlabel = "{label}"\nexplanation = "e"\nexample = "x"\n\n'
        for i, label in items
    )
    path.write_text(body, encoding="utf-8")
    return path


ALL = [(g.value, f"Item {g.value}") for g in Ground]


@pytest.mark.parametrize(
    ("items", "problem"),
    [
        (ALL[:-1], "items missing: 8"),
        ([*ALL, ALL[0]], "item 1 appears twice"),
        ([("1", " "), *ALL[1:]], "item 1: label, explanation and example are required"),
        ([("9", "x"), *ALL], "Invalid enum value '9'"),
    ],
)
def test_a_broken_file_fails_with_its_problem(
    tmp_path: Path, items: list[tuple[str, str]], problem: str
) -> None:
    path = _write(tmp_path, items)
    with pytest.raises(GroundsHelpError) as error:
        load_grounds_help(path)
    assert problem in str(error.value)
    assert error.value.path == path


def test_an_unknown_key_and_an_unknown_act_fail(tmp_path: Path) -> None:
    path = _write(tmp_path, ALL)
    path.write_text(path.read_text(encoding="utf-8") + "colour = 1\n", encoding="utf-8")
    with pytest.raises(GroundsHelpError, match="colour"):
        load_grounds_help(path)
    path = _write(tmp_path, ALL)
    text = path.read_text(encoding="utf-8") + 'citations = [{ act = "UPK", article = "1" }]\n'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GroundsHelpError, match="unknown act 'UPK'"):
        load_grounds_help(path)
