"""One case file, several documents (issue 18): the kind being drafted picks its rules, its law
date and its builder; starting a document keeps every other document's answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec
import pytest

from assistant.case.documents import draft_of, filing_date, start_document
from assistant.case.enums import DocumentKind
from assistant.casefile import load_case, loads_case
from assistant.casefile.format import encode_document
from assistant.document import kinds
from assistant.law.engine import evaluate, law_date_of
from assistant.law.loader import load_rules
from assistant.session import check, start_draft

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
TODAY = dt.date(2026, 11, 26)
RULE = """
id = "AP0.test"
row = "AP0"
status = "OK"
severity = "warning"
valid_from = 2025-07-01
fields = ["/appeal/addressee"]
message = "m"
hint = "h"
citations = [{{ act = "CPC", article = "423", part = 1, item = "1" }}]
kinds = [{kinds}]

[check]
predicate = "always"
"""


def test_a_new_document_starts_from_the_shared_facts_and_keeps_the_others() -> None:
    case = load_case(EXAMPLES / "route-appeal-ru.kassatsiya")
    assert draft_of(case, DocumentKind.APPEAL) is None
    start_document(case, DocumentKind.APPEAL)
    appeal = draft_of(case, DocumentKind.APPEAL)
    assert appeal is not None
    assert appeal.signature.signer_name == case.signature.signer_name
    appeal.addressee = "Алматинский городской суд"
    start_document(case, DocumentKind.CASSATION)
    start_document(case, DocumentKind.APPEAL)
    assert draft_of(case, DocumentKind.APPEAL) is appeal  # its answers stay with it


def test_the_law_date_is_the_date_the_document_being_drafted_is_filed() -> None:
    case = load_case(EXAMPLES / "ready-ru.kassatsiya")
    case.filing.date = dt.date(2026, 11, 20)
    start_document(case, DocumentKind.APPEAL)
    assert filing_date(case) is None
    assert law_date_of(case, TODAY) == TODAY
    appeal = draft_of(case, DocumentKind.APPEAL)
    assert appeal is not None
    appeal.filing.date = dt.date(2026, 3, 20)
    assert law_date_of(case, TODAY) == dt.date(2026, 3, 20)


def test_rules_check_only_the_documents_they_name(tmp_path: Path) -> None:
    (tmp_path / "appeal.toml").write_text(RULE.format(kinds='"appeal"'), encoding="utf-8")
    book = load_rules(tmp_path)
    case = load_case(EXAMPLES / "ready-ru.kassatsiya")
    assert "AP0.test" not in {f.rule.id for f in evaluate(case, TODAY, book=book).findings}
    start_document(case, DocumentKind.APPEAL)
    report = evaluate(case, TODAY, book=book)
    assert [f.rule.id for f in report.findings] == ["AP0.test"]
    assert report.to_json(case.proceedings_language or "ru")["kind"] == "appeal"  # type: ignore[arg-type]


def test_the_shipped_rules_check_the_cassation_complaint_only() -> None:
    case = load_case(EXAMPLES / "missing-copies-ru.kassatsiya")
    assert check(case, TODAY).report.blocking
    start_document(case, DocumentKind.APPEAL)
    assert all(DocumentKind.APPEAL in f.rule.kinds for f in check(case, TODAY).report.findings)


def test_a_rule_names_only_known_documents(tmp_path: Path) -> None:
    from assistant.law.loader import RuleFileError

    (tmp_path / "bad.toml").write_text(RULE.format(kinds='"appeals"'), encoding="utf-8")
    with pytest.raises(RuleFileError, match="appeals"):
        load_rules(tmp_path)


def test_a_case_with_several_documents_survives_the_file() -> None:
    case = load_case(EXAMPLES / "ready-kk.kassatsiya")
    start_document(case, DocumentKind.PG_PETITION)
    again = loads_case(encode_document(case))
    assert again == case
    assert again.kind is DocumentKind.PG_PETITION


def test_start_draft_leaves_the_open_case_alone() -> None:
    case = load_case(EXAMPLES / "route-appeal-ru.kassatsiya")
    before = msgspec.json.encode(case)
    drafted = start_draft(case, DocumentKind.APPEAL)
    assert drafted.kind is DocumentKind.APPEAL
    assert msgspec.json.encode(case) == before


def test_draft_this_document_is_offered_only_for_documents_the_app_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = load_case(EXAMPLES / "route-appeal-ru.kassatsiya")
    offered = check(case, TODAY).documents_to_draft()
    assert [(route.id, kind) for route, kind in offered] == [("appeal", DocumentKind.APPEAL)]
    monkeypatch.delitem(kinds.BUILDERS, DocumentKind.APPEAL)
    assert check(case, TODAY).documents_to_draft() == []  # no appeal builder registered


def test_the_app_writes_every_kind_of_document() -> None:
    """Each document the case model knows has its builder (issues 18 and 19)."""
    assert set(kinds.drafted_kinds()) == set(DocumentKind)
