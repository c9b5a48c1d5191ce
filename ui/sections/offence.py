"""The offence and the procedure: articles of the conviction, their category, the trial form."""

from __future__ import annotations

from assistant.case.enums import Guilt, OffenceCategory, TrialProcedure
from assistant.case.model import Offence
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import BoolEditor, EnumEditor, NumberEditor, TextEditor
from ui.labels import label_of
from ui.list_editor import Column
from ui.sections.list_section import ListSection

COLUMNS = [
    Column("article", TextEditor),
    Column("part", TextEditor),
    Column("category", lambda: EnumEditor(OffenceCategory)),
    Column("max_imprisonment_years", NumberEditor),
    Column("imprisonment_possible", BoolEditor),
    Column("guilt", lambda: EnumEditor(Guilt)),
]


ARTICLE = N_("Art. %(article)s")
ARTICLE_PART = N_("Art. %(article)s, part %(part)s")


def offence_summary(offence: Offence) -> list[str]:
    """The article's line in the list: article and part, and its category."""
    article = offence.article.strip()
    part = offence.part.strip()
    if article and part:
        reference = _(ARTICLE_PART) % {"article": article, "part": part}
    else:
        reference = _(ARTICLE) % {"article": article} if article else ""
    category = _(label_of(offence.category)) if offence.category is not None else ""
    return [reference, category]


class OffenceSection(ListSection):
    section_id = "offence"
    title = N_("Offence and procedure")
    intro = N_(
        "The articles you were convicted under, and how the case was tried. Until 30 June 2027 "
        "cases of misdemeanours and minor crimes reach cassation only through a prosecutor's "
        "protest (CPC Art. 484(2))."
    )
    list_name = "offences"
    add_label = N_("Add article")
    remove_label = N_("Remove article")
    prefixes = ("/offences", "/reclassification", "/trial_procedure")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, Offence, COLUMNS, offence_summary)
        self.add_field("/trial_procedure", EnumEditor(TrialProcedure))
        self.add_field("/reclassification/original_article", TextEditor())
        self.add_field("/reclassification/original_category", EnumEditor(OffenceCategory))
        self.add_field("/reclassification/disputed", BoolEditor())
