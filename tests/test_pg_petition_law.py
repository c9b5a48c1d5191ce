"""The petition to the Prosecutor General in the engine, the session and the command line:
how it starts from a case, which facts CPC 487 judges for it, which part of Art. 485 its acts
need, and `new --kind` / `check --json` (issue 18, points 2 and 4)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import msgspec
import pytest

from assistant.case.enums import (
    AppealHistory,
    DocumentKind,
    FilingChannel,
    Ground,
    Instance,
    OffenceCategory,
    ProtestOfficial,
    RequestKind,
    TrialProcedure,
)
from assistant.case.model import Case, ContestedAct, Offence
from assistant.case.pg_petition import petition_of
from assistant.casefile import load_case
from assistant.cli import main
from assistant.law.judged_facts import judged_case
from assistant.law.loader import RuleFileError, load_rules
from assistant.law.predicates.pg_petition import protest_only
from assistant.session import check, start_draft
from tests.conftest import load_example

TODAY = dt.date(2026, 11, 26)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RULES = Path(__file__).resolve().parent.parent / "assistant" / "law" / "rules" / "pg_petition"


def test_a_redirect_to_the_prosecutor_general_offers_the_petition() -> None:
    result = check(load_example("route-prosecutor-general-protest-kk"), TODAY)
    offered = result.documents_to_draft()
    assert [(route.id, kind) for route, kind in offered] == [
        ("prosecutor_general_protest", DocumentKind.PG_PETITION)
    ]


def test_a_new_petition_starts_from_what_the_case_knows() -> None:
    case = load_example("route-prosecutor-general-protest-kk")
    assert case.filing.channel is FilingChannel.E_FILING
    drafted = start_draft(case, DocumentKind.PG_PETITION)
    petition = petition_of(drafted)
    assert drafted.kind is DocumentKind.PG_PETITION and case.pg_petition is None
    assert petition.official is ProtestOfficial.PROSECUTOR_GENERAL
    assert [g.item for g in petition.grounds] == [g.item for g in case.grounds]
    assert petition.grounds[0].violation == case.grounds[0].violation
    assert petition.request_kinds == case.request.kinds
    assert petition.request_text == case.request.text
    assert petition.direction is case.request.direction
    assert (petition.scope, petition.scope_part) == (case.scope.kind, case.scope.part_description)
    assert petition.filing.channel is None  # the court's e-filing service is not carried over
    assert petition.signature.signer_name == case.signature.signer_name
    assert petition.filing.date is None and petition.signature.date is None


def test_cpc_487_judges_the_protest_the_petition_asks_for() -> None:
    case = load_example("pg-petition-worsening-late-ru")
    judged = judged_case(case)
    petition = petition_of(case)
    assert judged.request.kinds == petition.request_kinds
    assert judged.filing.date == petition.filing.date == dt.date(2026, 11, 20)
    assert [g.item for g in judged.grounds] == [g.item for g in petition.grounds]
    cassation = load_example("ready-ru")
    assert judged_case(cassation) is cassation


def test_the_term_is_compared_with_the_petition_s_date_not_the_complaint_s() -> None:
    case = load_example("pg-petition-worsening-late-ru")
    case.filing.date = dt.date(2026, 8, 1)  # the complaint's date, within the year: no matter
    report = check(case, TODAY).report
    assert report.deadline is not None
    assert report.deadline.compared_date == dt.date(2026, 11, 20)
    assert [f.rule.id for f in report.blocking] == ["PG6.late"]
    petition_of(case).filing.date = dt.date(2026, 8, 1)
    report = check(case, TODAY).report
    assert not report.blocking
    assert "PG6.term" in {f.rule.id for f in report.findings}


def _case(
    appeal: AppealHistory | None,
    category: OffenceCategory | None,
    procedure: TrialProcedure | None,
) -> Case:
    case = load_example("pg-petition-ru")
    case.acts = [ContestedAct(instance=Instance.FIRST, appeal=appeal)]
    case.offences = [Offence(category=category)] if category else []
    case.trial_procedure = procedure
    return case


@pytest.mark.parametrize(
    ("appeal", "category", "procedure", "until_2027", "from_2027"),
    [
        (AppealHistory.NOT_APPEALED, OffenceCategory.GRAVE, TrialProcedure.GENERAL, True, True),
        (AppealHistory.REVIEWED, OffenceCategory.MINOR, TrialProcedure.GENERAL, True, False),
        (AppealHistory.REVIEWED, OffenceCategory.GRAVE, TrialProcedure.SUMMARY, False, True),
        (AppealHistory.REVIEWED, OffenceCategory.GRAVE, TrialProcedure.GENERAL, False, False),
        (None, OffenceCategory.GRAVE, TrialProcedure.GENERAL, None, None),
        (AppealHistory.REVIEWED, None, None, None, None),
        (None, OffenceCategory.MINOR, TrialProcedure.CONCILIATION, True, True),
    ],
)
def test_which_acts_reach_cassation_only_on_a_protest(
    appeal: AppealHistory | None,
    category: OffenceCategory | None,
    procedure: TrialProcedure | None,
    until_2027: bool | None,
    from_2027: bool | None,
) -> None:
    case = _case(appeal, category, procedure)
    assert protest_only(case, "category") is until_2027
    assert protest_only(case, "procedure") is from_2027


def test_an_appellate_act_shows_the_appellate_procedure_was_followed() -> None:
    case = _case(None, OffenceCategory.GRAVE, TrialProcedure.GENERAL)
    case.acts.append(ContestedAct(instance=Instance.APPEAL))
    assert protest_only(case, "category") is False


def test_a_negative_number_of_days_in_the_margin_rule_fails_at_load(tmp_path: Path) -> None:
    text = (RULES / "PG6-margin.toml").read_text(encoding="utf-8")
    (tmp_path / "PG6-margin.toml").write_text(
        text.replace("court_days = 7", "court_days = -7"), encoding="utf-8"
    )
    with pytest.raises(RuleFileError, match="cannot be negative"):
        load_rules(tmp_path)


def test_an_unknown_need_of_the_ground_rule_fails_at_load(tmp_path: Path) -> None:
    text = (RULES / "PG4-special-until-2027.toml").read_text(encoding="utf-8")
    (tmp_path / "PG4.toml").write_text(text.replace('need = "special"', 'need = "both"'), "utf-8")
    with pytest.raises(RuleFileError, match="need"):
        load_rules(tmp_path)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("name", ["pg-petition-ru", "pg-petition-kk"])
def test_check_json_of_a_petition_carries_its_kind(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, out, _ = _run(
        capsys, "check", str(EXAMPLES / f"{name}.kassatsiya"), "--json", "--today", "2026-11-26"
    )
    data = json.loads(out)
    assert code == 0
    assert data["kind"] == "pg-petition" and data["verdict"] == "ready" and data["ready"] is True
    assert data["deadline"] is None  # the protest asked for improves the position: no term
    assert {f["id"] for f in data["findings"]} >= {"PG6.consideration", "PG6.improving"}
    assert all(f["id"].startswith("PG") for f in data["findings"])


def test_check_json_of_a_late_worsening_petition(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "pg-petition-worsening-late-ru.kassatsiya")
    code, out, _ = _run(capsys, "check", path, "--json", "--lang", "en", "--today", "2026-11-26")
    data = json.loads(out)
    assert code == 1 and data["verdict"] == "return"
    late = next(f for f in data["findings"] if f["id"] == "PG6.late")
    assert late["ground"] == "489(1)(3)" and late["status"] == "DERIVED"
    assert data["deadline"]["last_day"] == "2026-09-01"
    assert data["deadline"]["compared_date"] == "2026-11-20"


def test_new_kind_pg_petition_writes_a_petition_to_fill(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "p.kassatsiya"
    assert _run(capsys, "new", "--lang", "kk", "--kind", "pg-petition", str(path))[0] == 0
    case = load_case(path)
    assert case.kind is DocumentKind.PG_PETITION
    assert petition_of(case).official is ProtestOfficial.PROSECUTOR_GENERAL
    code, out, _ = _run(capsys, "check", str(path), "--json", "--today", "2026-11-26")
    data = json.loads(out)
    assert code == 0 and data["verdict"] == "undecided"
    assert "PG1.official" not in {f["id"] for f in data["findings"]}
    assert {"PG7.name", "PG3.acts", "PG7.signer"} <= {f["id"] for f in data["findings"]}


def test_new_refuses_a_kind_the_app_cannot_draft_yet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.document import kinds

    monkeypatch.delitem(kinds.BUILDERS, DocumentKind.PG_PETITION)
    path = tmp_path / "a.kassatsiya"
    code, out, err = _run(capsys, "new", "--lang", "en", "--kind", "pg-petition", str(path))
    assert code == 2 and out == "" and "pg-petition" in err
    assert not path.exists()


def test_the_grounds_of_a_petition_are_its_own() -> None:
    """Editing the petition's arguments leaves the complaint's grounds as they were."""
    case = load_example("ready-ru")
    drafted = start_draft(case, DocumentKind.PG_PETITION)
    petition_of(drafted).grounds[0].item = Ground.INNOCENT_CONVICTED
    petition_of(drafted).request_kinds.append(RequestKind.QUASH_AND_RETRIAL)
    assert drafted.grounds[0].item is Ground.WRONG_QUALIFICATION
    assert drafted.request.kinds == case.request.kinds
    assert msgspec.json.encode(drafted.grounds) == msgspec.json.encode(case.grounds)


def test_personal_data_is_looked_for_in_the_petition_s_own_prose() -> None:
    from assistant.case.enums import Language
    from assistant.privacy import find_personal_data, personal_data_message

    case = load_example("pg-petition-ru")
    petition_of(case).grounds[0].norms = "показания свидетеля, ИИН 900101300017"
    case.grounds = []
    hits = find_personal_data(case)
    assert [(h.field, h.text) for h in hits] == [("/pg_petition/grounds/0/norms", "900101300017")]
    assert "Основание № 1" in personal_data_message(hits[0], Language.RU)
    case.kind = DocumentKind.CASSATION  # the complaint does not print the petition's text
    assert find_personal_data(case) == []


def test_a_minor_case_returned_under_484_2_1_offers_the_petition_too() -> None:
    """A3 is a return (489(1)(5)), not a redirect, but its way out is the petition."""
    result = check(load_example("return-489-1-5-kk"), TODAY)
    assert [f.rule.id for f in result.report.blocking] == ["A3"]
    assert result.routes() == []
    assert [(r.id, k) for r, k in result.documents_to_draft()] == [
        ("prosecutor_general_protest", DocumentKind.PG_PETITION)
    ]
