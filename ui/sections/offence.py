"""The offence and the procedure: articles of the conviction, their category, the trial form."""

from __future__ import annotations

from assistant.case.enums import Guilt, OffenceCategory, TrialProcedure
from assistant.case.model import Offence
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, EnumEditor, FloatEditor, TextEditor
from ui.list_table import Column
from ui.sections.table_section import TableSection

COLUMNS = [
    Column(
        "article",
        N_("Article"),
        N_("Article of the Criminal Code. Example: 188."),
        TextEditor,
    ),
    Column("part", N_("Part"), N_("Part of the article. Example: 2."), TextEditor),
    Column(
        "category",
        N_("Category"),
        N_("Gravity of the offence (Criminal Code Arts. 10-11); the verdict names it."),
        lambda: EnumEditor(OffenceCategory),
    ),
    Column(
        "max_imprisonment_years",
        N_("Maximum of the sanction, years"),
        N_("The longest prison term the article allows (not your sentence)."),
        FloatEditor,
    ),
    Column(
        "imprisonment_possible",
        N_("Prison possible"),
        N_("Untick if the article provides no imprisonment at all."),
        BoolEditor,
    ),
    Column(
        "guilt",
        N_("Guilt"),
        N_("Intentional or negligent, as the verdict says."),
        lambda: EnumEditor(Guilt),
    ),
]


class OffenceSection(TableSection):
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
        super().__init__(document, Offence, COLUMNS)
        self.add_field(
            "/trial_procedure",
            EnumEditor(TrialProcedure),
            N_("Trial procedure"),
            N_("How the first court heard the case: general, summary or conciliation procedure."),
        )
        self.add_field(
            "/reclassification/original_article",
            TextEditor(),
            N_("Article before reclassification"),
            N_(
                "Only if the courts changed a graver charge into a lighter one: the article of "
                "the original charge."
            ),
        )
        self.add_field(
            "/reclassification/original_category",
            EnumEditor(OffenceCategory),
            N_("Category before reclassification"),
            N_("Gravity of the original charge."),
        )
        self.add_field(
            "/reclassification/disputed",
            BoolEditor(),
            N_("I dispute the reclassification"),
            N_("Tick if you ask to return to the original, graver article."),
        )
