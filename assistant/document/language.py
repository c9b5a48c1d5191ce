"""Which language the complaint is written in: one policy for every front end.

The complaint is filed in the language of the proceedings (Resolution No. 1 para. 7), or in
another language a filer who does not know it may use (CPC 30(3)); an English export is
otherwise a reading copy. So the document language is what the user asked for, else the
complaint's, else the proceedings' — never the interface language, and never a silent guess.
"""

from __future__ import annotations

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.i18n import N_, gettext_in

NO_LANGUAGE = N_(
    "The language of the proceedings is not set, so the complaint cannot be written yet: choose "
    "the language in which the case was heard (Kazakh or Russian)."
)


class DocumentLanguageMissing(ValueError):
    """Neither the complaint's nor the proceedings' language is known: nothing to write in."""

    def __init__(self) -> None:
        super().__init__("no language of the complaint or of the proceedings")

    def message(self, language: Language) -> str:
        return gettext_in(language, NO_LANGUAGE)


def document_language(case: Case, requested: Language | None = None) -> Language:
    """The one asked for, else the complaint's, else the proceedings'; else raise."""
    chosen = requested or case.complaint_language or case.proceedings_language
    if chosen is None:
        raise DocumentLanguageMissing
    return chosen
