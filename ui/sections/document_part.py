"""Sections every document other than the cassation complaint shares: who files it, what goes
with it, the hearing, and its language, filing and signature (the part's own `filing` and
`signature`, CPC Arts. 30, 49).

A kind's sections bind to its part of the case by `part` (`pg_petition`, `new_circumstances`):
a new kind subclasses `DraftFilingSection` with its part's name.
"""

from __future__ import annotations

from assistant.case.enums import FilingChannel, Language
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import DateEditor, EnumEditor, TextEditor
from ui.sections.acts import ActsSection
from ui.sections.attachments import AttachmentsSection
from ui.sections.base import Section
from ui.sections.filer import FilerSection
from ui.sections.participation import ParticipationSection


class DocumentFilerSection(FilerSection):
    """The filer, for a document that is not a complaint."""

    title = N_("Who files the document")
    intro = N_(
        "The person who signs the document: their name, status in the case, address and how "
        "to reach them."
    )


class ReviewedActsSection(ActsSection):
    """The acts, for the application to reopen a case: the ones whose review it asks."""

    title = N_("Decisions to be reviewed")
    intro = N_(
        "List the decisions that have entered into force and should be reviewed because of the "
        "new circumstance: usually the verdict and the appellate ruling. For each, give the "
        "court, the date and the case number, and attach a copy."
    )


class ServedActsSection(ActsSection):
    """The acts, for the petition to the court at the place of execution: the verdict being
    served and the decisions that changed it."""

    title = N_("The verdict and the decisions that changed it")
    intro = N_(
        "List the verdict you are serving and every decision that changed it: on appeal, in "
        "cassation, by another court. For each, give the court, the date and the case number."
    )


class DocumentAttachmentsSection(AttachmentsSection):
    """The attachments, for a document that is not a complaint."""

    intro = N_(
        "Everything you send with the document: copies of the decisions, the document of "
        "authority, supporting documents, each with its number of pages. You can drop files "
        "here."
    )


class DocumentParticipationSection(ParticipationSection):
    """The hearing, for a document other than the complaint that a court hears."""

    intro = N_(
        "Say whether you want the court to hear the case with you or without you. A person "
        "in custody takes part by video link."
    )


class DraftFilingSection(Section):
    """The languages, and the filing and signature of the document in part `part`."""

    section_id = "document-filing"
    part = ""
    title = N_("Language, filing and signature")
    intro = N_(
        "Say in which language the case was heard and the document is written, how and when "
        "you file it, and who signs it. The filing date counts for the terms."
    )

    def __init__(self, document: CaseDocument) -> None:
        part = self.part
        self.prefixes = (
            "/proceedings_language",
            "/complaint_language",
            f"/{part}/filing",
            f"/{part}/signature",
        )
        super().__init__(document)
        self.add_field("/proceedings_language", EnumEditor(Language))
        self.add_field("/complaint_language", EnumEditor(Language))
        self.add_field(f"/{part}/filing/channel", EnumEditor(FilingChannel))
        self.add_field(f"/{part}/filing/date", DateEditor())
        self.add_field(f"/{part}/signature/date", DateEditor())
        self.add_field(f"/{part}/signature/signer_name", TextEditor())
