"""Whether a final copy (no draft mark) may be written, and what to tell the user if not.

A final copy looks ready to file. Writing one while the check says the court will return the
complaint, that cassation is the wrong procedure, or that a fact deciding it is missing (an
undecided finding), would hand the user a document that may come back; so it is refused unless
the user insists, and then told why. The command line (`export --final`) and the window ask
this one function.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.case.enums import Language
from assistant.i18n import N_, gettext_in

if TYPE_CHECKING:
    from assistant.law.engine import Finding, Report

REFUSED = N_(
    "A final copy was not written: the court would return this complaint, cassation is not the "
    "right procedure for it, or a fact that decides it is still missing. Fix these problems "
    "first, or export a draft:"
)
FORCED = N_(
    "A final copy was written as you asked, but the court would return this complaint, "
    "cassation is not the right procedure for it, or a fact that decides it is still missing:"
)


@dataclass(frozen=True)
class FinalCopyDecision:
    """`write` is False when the final copy must not be written; `blockers` say why."""

    write: bool
    forced: bool
    blockers: tuple[Finding, ...]

    def problem_lines(self, language: Language) -> list[str]:
        """One line per blocking finding: the message and its citation."""
        return [f"{f.message(language)} ({f.citation_text(language)})" for f in self.blockers]

    def explanation(self, language: Language) -> str:
        """What the user must know, with the findings listed; empty when nothing blocks."""
        if not self.blockers:
            return ""
        lead = gettext_in(language, FORCED if self.write else REFUSED)
        return "\n".join([lead, *(f"• {line}" for line in self.problem_lines(language))])


def decide_final_copy(report: Report, *, forced: bool) -> FinalCopyDecision:
    """A final copy is written when the complaint is ready, or when the user forces it."""
    blockers = (*report.blocking, *report.undecided)
    return FinalCopyDecision(write=not blockers or forced, forced=forced, blockers=blockers)
