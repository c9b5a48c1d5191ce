"""To whom, in which language, how and when the complaint is filed (CPC 488, 30, 49, 487)."""

from __future__ import annotations

from assistant.case.enums import Addressee, FilingChannel, Language, ReturnGround, Withdrawer
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, DateEditor, EnumEditor
from ui.sections.base import Section


class FilingSection(Section):
    section_id = "filing"
    title = N_("Court, language and filing")
    intro = N_(
        "The complaint goes to the Court of Cassation in the language of the case. Say how and "
        "when you file it: the date counts for the deadlines."
    )
    prefixes = ("/filing", "/addressee", "/proceedings_language", "/complaint_language")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(
            "/addressee",
            EnumEditor(Addressee, optional=False),
            N_("Addressed to"),
            N_("A cassation complaint is addressed to the Court of Cassation (CPC Art. 488(1))."),
        )
        self.add_field(
            "/proceedings_language",
            EnumEditor(Language),
            N_("Language of the case"),
            N_(
                "The language in which the case was heard, as written on the verdict (CPC Art. 30)."
            ),
        )
        self.add_field(
            "/complaint_language",
            EnumEditor(Language),
            N_("Language of the complaint"),
            N_(
                "Write in the language of the case. If you do not know it well, you may write in "
                "another language you know, English included (CPC Art. 30(3)); otherwise an "
                "English text is only a reading copy."
            ),
        )
        self.add_field(
            "/filing/channel",
            EnumEditor(FilingChannel),
            N_("How you file"),
            N_(
                "On paper, by post, through e-filing, or through the administration of the "
                "institution."
            ),
        )
        self.add_field(
            "/filing/date",
            DateEditor(),
            N_("Filing date"),
            N_("The day you file, post or hand the complaint to the administration (CPC Art. 49)."),
        )
        self.add_field(
            "/filing/first_receipt_date",
            DateEditor(),
            N_("First filed on"),
            N_(
                "Only if the court returned an earlier complaint and you file it again: the date "
                "the court first received it (Resolution No. 1, para. 8)."
            ),
        )
        self.add_field(
            "/filing/first_return_ground",
            EnumEditor(ReturnGround),
            N_("The earlier complaint was returned under"),
            N_(
                "The item of CPC Art. 489(1) named in the court's letter. Only a return for defects "
                "of form (item 1) keeps the date of the first receipt (Resolution No. 1, para. 8)."
            ),
        )
        self.add_field(
            "/filing/is_supplement",
            BoolEditor(),
            N_("This is a supplement to an earlier complaint"),
            N_("A supplement adds arguments to a complaint already filed (CPC Art. 488(5))."),
        )
        self.add_field(
            "/filing/original_had_worsening",
            BoolEditor(),
            N_("The earlier complaint already asked to worsen the position"),
            N_("Only for a supplement: a new worsening request is late after one year."),
        )
        self.add_field(
            "/filing/withdrawn",
            BoolEditor(),
            N_("The complaint has been withdrawn"),
            N_("Tick only if the complaint was withdrawn before the hearing."),
        )
        self.add_field(
            "/filing/withdrawn_by",
            EnumEditor(Withdrawer),
            N_("Withdrawn by"),
            N_(
                "The filer may withdraw the complaint; the convicted person may withdraw one filed "
                "for them; a defender may not withdraw the client's own (CPC Arts. 488(6), 70(5))."
            ),
        )
