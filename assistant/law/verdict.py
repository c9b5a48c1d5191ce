"""The one-line verdict every front end shows, decided here so the window and the CLI agree.

Three states, in this order of weight: the court would return the complaint (or it belongs to
another procedure); a fact that decides a return ground is missing, so the app cannot confirm
it yet; ready to file. "Ready" is never given while something deciding is unchecked.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from assistant.case.enums import DocumentKind, Language
from assistant.i18n import N_, gettext_in, ngettext_in, npgettext_in, pgettext_in
from assistant.law.rule import Severity

if TYPE_CHECKING:
    from assistant.law.engine import Finding, Report


class Verdict(StrEnum):
    RETURN = "return"  # a return or redirect finding: the court would not hear it
    UNDECIDED = "undecided"  # nothing returns it yet, but a deciding fact is missing
    READY = "ready"


SEVERITY_LABELS = {
    Severity.REDIRECT: N_("Wrong procedure"),
    Severity.RETURN: N_("Will be returned"),
    Severity.WARNING: N_("Warning"),
    Severity.INFO: N_("Note"),
}
UNDECIDED_LABEL = N_("Cannot confirm yet")
READY = N_("Ready to file")

# Documents named by a neuter noun in Russian (ходатайство, заявление): "will be returned"
# agrees with it («Будет возвращено»), where the complaint's is feminine («Будет возвращена»);
# their texts carry the gettext context "petition".
_PETITIONS = frozenset(
    {DocumentKind.PG_PETITION, DocumentKind.NEW_CIRCUMSTANCES, DocumentKind.EXECUTION_PETITION}
)


def verdict_of(report: Report) -> Verdict:
    if report.blocking:
        return Verdict.RETURN
    if report.undecided:
        return Verdict.UNDECIDED
    return Verdict.READY


def status_line(report: Report, language: Language) -> str:
    """ "Will be returned: 2 problems", "Cannot confirm yet: 1 fact missing" or "Ready to file"."""
    verdict = verdict_of(report)
    if verdict is Verdict.RETURN:
        count = len(report.blocking)
        if report.kind in _PETITIONS:
            template = npgettext_in(
                language,
                "petition",
                "Will be returned: %(n)s problem",
                "Will be returned: %(n)s problems",
                count,
            )
        else:
            template = ngettext_in(
                language,
                "Will be returned: %(n)s problem",
                "Will be returned: %(n)s problems",
                count,
            )
        return template % {"n": count}
    if verdict is Verdict.UNDECIDED:
        count = len(report.undecided)
        template = ngettext_in(
            language,
            "Cannot confirm yet: %(n)s fact missing",
            "Cannot confirm yet: %(n)s facts missing",
            count,
        )
        return template % {"n": count}
    return gettext_in(language, READY)


def finding_label(
    finding: Finding, language: Language, kind: DocumentKind = DocumentKind.CASSATION
) -> str:
    """The short label of a finding's weight in a check of document `kind`: "Will be
    returned", "Cannot confirm yet", …"""
    if finding.undecided:
        return gettext_in(language, UNDECIDED_LABEL)
    if finding.severity is Severity.RETURN and kind in _PETITIONS:
        return pgettext_in(language, "petition", "Will be returned")
    return gettext_in(language, SEVERITY_LABELS[finding.severity])


def open_problems(report: Report, language: Language) -> list[str]:
    """What keeps the complaint a draft, one line each with its citation (the draft cover).

    Return and redirect findings first, then what cannot be confirmed yet.
    """
    shown = [*report.blocking, *report.undecided]
    return [f"{f.message(language)} ({f.citation_text(language)})" for f in shown]
