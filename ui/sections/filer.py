"""Who files the complaint (CPC 488(1): name, status, address, telephone)."""

from __future__ import annotations

from assistant.case.enums import FilerStatus
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, DateEditor, EnumEditor, ListTextEditor, TextEditor
from ui.sections.base import Section


class FilerSection(Section):
    section_id = "filer"
    title = N_("Who files the complaint")
    intro = N_(
        "The person who signs the complaint. The court returns a complaint that does not say who "
        "files it, in what status, where they live and how to reach them (CPC Art. 488(1))."
    )
    prefixes = ("/filer", "/convicted_person")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(
            "/filer/full_name",
            TextEditor(),
            N_("Full name"),
            N_(
                "Surname, first name and patronymic as in your ID card. Example: Ахметов Серик Болатович."
            ),
        )
        self.add_field(
            "/filer/status",
            EnumEditor(FilerStatus),
            N_("Your status in the case"),
            N_(
                "In what role you take part in the case: convicted person, defender, victim and "
                "so on (CPC Art. 488(1))."
            ),
        )
        self.add_field(
            "/filer/iin",
            TextEditor(),
            N_("IIN"),
            N_("Individual identification number, 12 digits. Optional."),
        )
        self.add_field(
            "/filer/address",
            TextEditor(),
            N_("Address"),
            N_(
                "Where you live or are held, with postcode. Example: 050000, Almaty, Abay Ave. 1, "
                "apt. 2 (CPC Art. 488(1))."
            ),
        )
        self.add_field(
            "/filer/phones",
            ListTextEditor(),
            N_("Telephone numbers"),
            N_(
                "At least one number where the court can reach you or your relatives; separate "
                "several numbers with commas. Example: +7 701 123 45 67."
            ),
        )
        self.add_field(
            "/filer/email",
            TextEditor(),
            N_("E-mail"),
            N_("Optional. The court may send notices there."),
        )
        self.add_field(
            "/filer/in_custody",
            BoolEditor(),
            N_("I am in custody or serving a prison sentence"),
            N_(
                "Tick if you are held in an institution: the complaint is then handed to its "
                "administration, and that date counts as the filing date."
            ),
        )
        self.add_field(
            "/filer/institution",
            TextEditor(),
            N_("Institution where you are held"),
            N_("Name of the colony or detention centre. Example: учреждение ЛА-155/12."),
        )
        self.add_field(
            "/filer/advocate_certificate",
            TextEditor(),
            N_("Advocate's certificate"),
            N_(
                "For a defender: the number and date of the advocate's certificate. The notice of "
                "defence goes under 'Whom you act for' (CPC Art. 68(8))."
            ),
        )
        self.add_field(
            "/convicted_person",
            TextEditor(),
            N_("Convicted (acquitted) person the complaint concerns"),
            N_(
                "For a victim, a civil party or another person: the full name of the convicted or "
                "acquitted person whose verdict you contest."
            ),
        )
        self.add_field(
            "/filer/affected_right",
            TextEditor(),
            N_("Which of your rights the act affects"),
            N_(
                "For a person who was not a party: say how the act affects your rights or interests."
            ),
        )
        self.add_field(
            "/filer/learned_of_act",
            DateEditor(),
            N_("When you learned of the act"),
            N_(
                "For a person who was not a party: the day you learned of the verdict or ruling. "
                "It shows whether the appeal term can be restored (CPC Art. 419)."
            ),
        )
        self.add_field(
            "/filer/knows_case_language",
            BoolEditor(),
            N_("I know the language of the proceedings"),
            N_(
                "Untick if you do not know the language of the case well: you may then write in "
                "your own language or another language you know, English included, and have an "
                "interpreter (CPC Art. 30(3))."
            ),
        )
