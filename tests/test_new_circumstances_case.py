"""The application for newly discovered circumstances in the case and at the front door: "Draft
this document" from the redirect, the pre-fill, the terms of Art. 501 and the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.calendar_kz import WorkingCalendar
from assistant.case.documents import start_document
from assistant.case.drafts import NewCircumstancesDraft
from assistant.case.enums import (
    ActKind,
    Direction,
    DocumentKind,
    FilerStatus,
    Instance,
    PartyRole,
    ReopeningAddressee,
    ReopeningOutcome,
    RequestKind,
    ReviewedDecision,
)
from assistant.case.model import ContestedAct
from assistant.casefile import load_case
from assistant.cli import main
from assistant.law.citation import ground_citation
from assistant.law.engine import evaluate
from assistant.law.predicates.new_circumstances import discovery_deadline, term_applies
from assistant.law.registry import Context
from assistant.session import check, start_draft
from tests.conftest import load_example

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = dt.date(2026, 11, 26)


def test_the_new_facts_redirect_offers_this_document() -> None:
    case = load_case(EXAMPLES / "route-new-circumstances-ru.kassatsiya")
    offered = check(case, TODAY).documents_to_draft()
    assert [(route.id, kind) for route, kind in offered] == [
        ("new_circumstances", DocumentKind.NEW_CIRCUMSTANCES)
    ]


def test_the_draft_starts_from_what_the_case_knows() -> None:
    case = load_case(EXAMPLES / "route-new-circumstances-ru.kassatsiya")
    drafted = start_draft(case, DocumentKind.NEW_CIRCUMSTANCES)
    application = drafted.new_circumstances
    assert application is not None
    # the appellate court ruled last on the case: it reviews it (504(4))
    assert application.addressed_to is ReopeningAddressee.APPELLATE_COURT
    assert application.addressee == case.acts[1].court
    assert application.decision is ReviewedDecision.CONVICTION
    assert application.direction is Direction.IMPROVE
    assert application.circumstance == case.grounds[0].violation
    assert application.signature.signer_name == case.signature.signer_name
    assert application.filing.channel is case.filing.channel
    assert application.ground is None and application.discovered_on is None  # the user's to say
    report = check(drafted, TODAY).report
    assert report.kind is DocumentKind.NEW_CIRCUMSTANCES
    assert {"NC2.ground"} <= {f.rule.id for f in report.undecided}
    assert not report.is_ready()


def test_the_prefill_reads_outcome_acquittal_and_termination_from_the_case() -> None:
    case = load_example("ready-ru")
    case.request.kinds = [RequestKind.QUASH_AND_TERMINATE]
    case.filer.status = FilerStatus.ACQUITTED
    start_document(case, DocumentKind.NEW_CIRCUMSTANCES)
    application = case.new_circumstances
    assert application is not None
    assert application.outcome is ReopeningOutcome.TERMINATE
    assert application.decision is ReviewedDecision.ACQUITTAL
    assert application.direction is None  # an acquittal is reviewed only to the detriment

    case = load_example("ready-kk")
    case.acts = [
        ContestedAct(kind=ActKind.TERMINATION_RULING, instance=Instance.FIRST, court="Сот")
    ]
    case.filer.status = FilerStatus.REPRESENTATIVE
    case.represented.role = PartyRole.VICTIM
    start_document(case, DocumentKind.NEW_CIRCUMSTANCES)
    application = case.new_circumstances
    assert application is not None
    assert application.decision is ReviewedDecision.TERMINATION
    assert application.addressed_to is ReopeningAddressee.FIRST_INSTANCE_COURT
    assert application.direction is None  # the victim's side: in whose favour is theirs to say


def test_a_case_without_acts_leaves_the_addressee_and_the_decision_open() -> None:
    case = load_example("ready-ru")
    case.acts = []
    start_document(case, DocumentKind.NEW_CIRCUMSTANCES)
    application = case.new_circumstances
    assert application is not None
    assert application.addressed_to is None and application.addressee == ""
    assert application.decision is None  # no act says what was decided


def test_a_file_of_this_kind_without_its_part_is_never_ready() -> None:
    case = load_example("ready-ru")
    case.kind = DocumentKind.NEW_CIRCUMSTANCES
    report = evaluate(case, TODAY)
    assert {"NC1.decision", "NC2.ground", "NC4.addressee"} <= {f.rule.id for f in report.undecided}
    assert report.deadline is None  # the 487(2) year belongs to the cassation complaint


@pytest.mark.parametrize(
    ("decision", "direction", "limited"),
    [
        (ReviewedDecision.CONVICTION, Direction.IMPROVE, False),
        (ReviewedDecision.CONVICTION, Direction.WORSEN, True),
        (ReviewedDecision.CONVICTION, None, False),
        (ReviewedDecision.ACQUITTAL, None, True),
        (ReviewedDecision.TERMINATION, Direction.IMPROVE, True),
        (ReviewedDecision.CONFISCATION, Direction.WORSEN, False),
        (None, Direction.WORSEN, False),
    ],
)
def test_which_reviews_501_3_limits(
    decision: ReviewedDecision | None, direction: Direction | None, limited: bool
) -> None:
    assert term_applies(NewCircumstancesDraft(decision=decision, direction=direction)) is limited


def test_the_year_from_the_discovery_moves_off_a_weekend() -> None:
    application = NewCircumstancesDraft(
        decision=ReviewedDecision.ACQUITTAL, discovered_on=dt.date(2024, 11, 8)
    )
    ctx = Context(
        today=TODAY,
        law_date=TODAY,
        calendar=WorkingCalendar(),
        data={},
        deadline=None,
        judgement=None,  # type: ignore[arg-type]
        parameters={},
    )
    deadline = discovery_deadline(application, ctx)
    assert deadline is not None
    assert deadline.moved_from == dt.date(2025, 11, 8)  # a Saturday
    assert deadline.last_day == deadline.safe_last_day == dt.date(2025, 11, 10)
    application.discovered_on = None
    assert discovery_deadline(application, ctx) is None


@pytest.mark.parametrize(
    ("ground", "key"),
    [("489(1)(3)", "CPC 489(1)(3)"), ("501(3)", "CPC 501(3)"), ("NR9 para. 5", "NR9 para. 5")],
)
def test_return_grounds_read_back_as_citations(ground: str, key: str) -> None:
    assert ground_citation(ground).key() == key


@pytest.mark.parametrize(
    ("name", "verdict", "code"),
    [
        ("new-circumstances-ru", "ready", 0),
        ("new-circumstances-kk", "ready", 0),
        ("new-circumstances-opinion-not-verdict-ru", "return", 1),
        ("new-circumstances-late-kk", "return", 1),
    ],
)
def test_check_json_names_the_kind(
    capsys: pytest.CaptureFixture[str], name: str, verdict: str, code: int
) -> None:
    path = str(EXAMPLES / f"{name}.kassatsiya")
    assert main(["check", path, "--json", "--lang", "ru", "--today", "2026-11-26"]) == code
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "new-circumstances"
    assert data["verdict"] == verdict
    assert data["deadline"] is None
    assert all(f["id"].startswith(("NC", "LAW.")) for f in data["findings"])


def test_a_returned_application_names_its_ground(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "new-circumstances-late-kk.kassatsiya")
    main(["check", path, "--json", "--lang", "kk", "--today", "2026-11-26"])
    late = next(f for f in json.loads(capsys.readouterr().out)["findings"] if f["id"] == "NC6.late")
    assert late["ground"] == "501(3)"
    assert "501-бабының 3-бөлігі" in late["citation"]


def test_new_starts_a_case_with_this_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "n.kassatsiya"
    assert main(["new", "--lang", "kk", "--kind", "new-circumstances", str(path)]) == 0
    case = load_case(path)
    assert case.kind is DocumentKind.NEW_CIRCUMSTANCES
    assert case.new_circumstances is not None
    capsys.readouterr()
    assert main(["check", str(path), "--json", "--today", "2026-11-26"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "new-circumstances" and data["verdict"] == "undecided"


def test_export_writes_the_application(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = str(EXAMPLES / "new-circumstances-ru.kassatsiya")
    out = tmp_path / "a.pdf"
    assert main(["export", path, "--pdf", str(out), "--final", "--today", "2026-11-26"]) == 0
    from tests.export_samples import pdf_full_text

    assert "ХОДАТАЙСТВО" in pdf_full_text(out)


def test_an_application_saved_before_its_fields_existed_still_opens(tmp_path: Path) -> None:
    """The groundwork wrote the application's part with the shared fields only."""
    document = json.loads((EXAMPLES / "ready-ru.kassatsiya").read_text(encoding="utf-8"))
    document["case"]["kind"] = "new-circumstances"
    document["case"]["new_circumstances"] = {
        "addressee": "Алмалинский районный суд г. Алматы",
        "request_text": "",
        "filing": {"date": None, "channel": "paper"},
        "signature": {"date": "2026-11-20", "signer_name": "Сериков А.Б."},
    }
    path = tmp_path / "old.kassatsiya"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    case = load_case(path)
    application = case.new_circumstances
    assert application is not None
    assert application.addressee == "Алмалинский районный суд г. Алматы"
    assert application.ground is None and application.confirming_act.kind is None
    assert not evaluate(case, TODAY).is_ready()
