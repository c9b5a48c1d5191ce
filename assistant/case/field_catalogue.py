"""Every field of the case as the user knows it: its label and its help, by JSON pointer.

The form shows a field under this label with this help, the findings and the file messages name
it by the same label, so a field is called one thing everywhere and in every language (msgids;
`*` stands for a list item's index). `ITEMS` names one item of a list ("Decision 2"), and
`field_name` joins the two: "Decision 2: Court".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.case.enums import DocumentKind, Language
from assistant.i18n import N_, gettext_in


class FieldText(NamedTuple):
    """A field's label and help (msgids); `label_in_documents` is its label when the case
    drafts a document other than the cassation complaint, where the two differ."""

    label: str
    help: str
    label_in_documents: str = ""


_ACT_DATE = FieldText(
    N_("Date"),
    N_("Date of the act, as DD.MM.YYYY."),
)

_COPY_PAGES = FieldText(
    N_("Pages"),
    N_("Number of pages of the copy."),
)

_SCOPE_KIND = FieldText(
    N_("In full or in part"),
    N_("In full: you contest the whole decision. In part: only some of it."),
)

_CIVIL_CLAIM_ONLY = FieldText(
    N_("Only the civil claim"),
    N_("A civil plaintiff or defendant may contest only the decision on the civil claim."),
)

_VIOLATION = FieldText(
    N_("What is wrong"),
    N_("Describe the mistake of the court in your own words: what it did and why it is wrong."),
)

_NORMS = FieldText(
    N_("Which rules were broken"),
    N_("Articles of the Criminal or Criminal Procedure Code. Example: CPC Art. 25, CC Art. 188."),
)

_EFFECT = FieldText(
    N_("How it changed the decision"),
    N_("How the mistake affected the outcome. Example: without it I would have been acquitted."),
)

_CHANNEL = FieldText(
    N_("How you file"),
    N_("On paper, by post, through e-filing, or through the administration of the institution."),
)

_SIGNER_NAME = FieldText(
    N_("Name under the signature"),
    N_("Surname and initials of the person who signs. Example: Ахметов С.Б."),
)

_SCOPE_PART = FieldText(
    N_("Which part you contest"),
    N_("If in part: which part. Example: the punishment under Art. 188 part 2."),
)

_DATE_2 = FieldText(
    N_("Filing date"),
    N_("The day you file, post or hand the document to the administration (CPC Art. 49)."),
)

_DATE_3 = FieldText(
    N_("Date of the document"),
    N_("The day you sign, as DD.MM.YYYY."),
)


FIELDS: dict[str, FieldText] = {
    "/filer/full_name": FieldText(
        N_("Full name"),
        N_(
            "Surname, first name and patronymic as in your ID card. Example: Ахметов Серик "
            "Болатович."
        ),
    ),
    "/filer/status": FieldText(
        N_("Your status in the case"),
        N_(
            "In what role you take part in the case: convicted person, defender, victim and so on "
            "(CPC Art. 488(1))."
        ),
    ),
    "/filer/iin": FieldText(
        N_("IIN"),
        N_("Individual identification number, 12 digits. Optional."),
    ),
    "/filer/address": FieldText(
        N_("Address"),
        N_(
            "Where you live or are held, with postcode. Example: 050000, Almaty, Abay Ave. 1, apt."
            " 2 (CPC Art. 488(1))."
        ),
    ),
    "/filer/phones": FieldText(
        N_("Telephone numbers"),
        N_(
            "At least one number where the court can reach you or your relatives; separate several"
            " numbers with commas. Example: +7 701 123 45 67."
        ),
    ),
    "/filer/email": FieldText(
        N_("E-mail"),
        N_("Optional. The court may send notices there."),
    ),
    "/filer/in_custody": FieldText(
        N_("I am in custody or serving a prison sentence"),
        N_(
            "Tick if you are held in an institution: what you file is then handed to its "
            "administration, and that date counts as the filing date."
        ),
    ),
    "/filer/institution": FieldText(
        N_("Institution where you are held"),
        N_("Name of the colony or detention centre. Example: учреждение ЛА-155/12."),
    ),
    "/filer/advocate_certificate": FieldText(
        N_("Advocate's certificate"),
        N_(
            "For a defender: the number and date of the advocate's certificate. The notice of "
            "defence goes under 'Whom you act for' (CPC Art. 68(8))."
        ),
    ),
    "/convicted_person": FieldText(
        N_("Convicted (acquitted) person the complaint concerns"),
        N_(
            "For a victim, a civil party or another person: the full name of the convicted or "
            "acquitted person whose verdict you contest."
        ),
        N_("Convicted (acquitted) person the document concerns"),
    ),
    "/filer/affected_right": FieldText(
        N_("Which of your rights the act affects"),
        N_("For a person who was not a party: say how the act affects your rights or interests."),
    ),
    "/filer/learned_of_act": FieldText(
        N_("When you learned of the act"),
        N_(
            "For a person who was not a party: the day you learned of the verdict or ruling. It "
            "shows whether the appeal term can be restored (CPC Art. 419)."
        ),
    ),
    "/filer/knows_case_language": FieldText(
        N_("I know the language of the proceedings"),
        N_(
            "Untick if you do not know the language of the case well: you may then write in your "
            "own language or another language you know, English included, and have an interpreter "
            "(CPC Art. 30(3))."
        ),
    ),
    "/represented/full_name": FieldText(
        N_("Full name of the person"),
        N_("Surname, first name and patronymic of the person you act for."),
    ),
    "/represented/role": FieldText(
        N_("Their status in the case"),
        N_("For example: convicted person or victim."),
    ),
    "/represented/date_of_birth": FieldText(
        N_("Date of birth"),
        N_("Date of birth of the person you act for, as DD.MM.YYYY."),
    ),
    "/represented/basis": FieldText(
        N_("Why you are the legal representative"),
        N_(
            "Only for a legal representative: a parent or guardian of a minor may file only until "
            "the person turns 18 (Resolution No. 1, para. 5); that limit does not concern a "
            "guardian of an adult who lacks legal capacity."
        ),
    ),
    "/represented/authority_document": FieldText(
        N_("Document of authority"),
        N_(
            "For a defender: the notice of defence, with its number and date (CPC Art. 68(8)). For"
            " a representative: the power of attorney or other document. Attach a copy."
        ),
    ),
    "/proceedings_summary": FieldText(
        N_("The case so far"),
        N_(
            "In a few sentences: what you were charged with, what the first court decided, what "
            "the appeal court decided."
        ),
    ),
    "/acts/*/kind": FieldText(
        N_("Kind of act"),
        N_("Verdict, ruling or appellate ruling: the act you contest."),
    ),
    "/acts/*/instance": FieldText(
        N_("Court level"),
        N_("Which court level issued it: first instance or appeal."),
    ),
    "/acts/*/court": FieldText(
        N_("Court"),
        N_("Full name of the court. Example: Specialised Inter-district Criminal Court of Almaty."),
    ),
    "/acts/*/date": _ACT_DATE,
    "/acts/*/case_number": FieldText(
        N_("Case number"),
        N_("The case number on the act. Example: 7599-26-00-1/123."),
    ),
    "/acts/*/in_force": FieldText(
        N_("In force"),
        N_(
            "Has the act entered into legal force? Only acts in force can be contested in "
            "cassation."
        ),
    ),
    "/acts/*/entered_into_force": FieldText(
        N_("Entered into force on"),
        N_("The date the act entered into force; it starts the one-year term of CPC Art. 487(2)."),
    ),
    "/acts/*/appeal": FieldText(
        N_("On appeal"),
        N_("What happened on appeal to a first-instance act (Resolution No. 1, para. 4)."),
    ),
    "/acts/*/appealed_by": FieldText(
        N_("Appealed by"),
        N_("Who appealed: the convicted person, the defender, the prosecutor and so on."),
    ),
    "/acts/*/appeal_outcome": FieldText(
        N_("Appeal outcome"),
        N_("What the appeal court decided, in a few words."),
    ),
    "/acts/*/copy_attached": FieldText(
        N_("Copy attached"),
        N_(
            "Tick when a copy of this act goes with what you file (for the cassation complaint: "
            "Resolution No. 1, para. 7)."
        ),
    ),
    "/acts/*/copy_pages": _COPY_PAGES,
    "/trial_procedure": FieldText(
        N_("Trial procedure"),
        N_("How the first court heard the case: general, summary or conciliation procedure."),
    ),
    "/reclassification/original_article": FieldText(
        N_("Article before reclassification"),
        N_(
            "Only if the courts changed a graver charge into a lighter one: the article of the "
            "original charge."
        ),
    ),
    "/reclassification/original_category": FieldText(
        N_("Category before reclassification"),
        N_("Gravity of the original charge."),
    ),
    "/reclassification/disputed": FieldText(
        N_("I dispute the reclassification"),
        N_("Tick if you ask to return to the original, graver article."),
    ),
    "/offences/*/article": FieldText(
        N_("Article"),
        N_("Article of the Criminal Code. Example: 188."),
    ),
    "/offences/*/part": FieldText(
        N_("Part"),
        N_("Part of the article. Example: 2."),
    ),
    "/offences/*/category": FieldText(
        N_("Category"),
        N_("Gravity of the offence (Criminal Code Arts. 10-11); the verdict names it."),
    ),
    "/offences/*/max_imprisonment_years": FieldText(
        N_("Maximum of the sanction, years"),
        N_("The longest prison term the article allows (not your sentence)."),
    ),
    "/offences/*/imprisonment_possible": FieldText(
        N_("Prison possible"),
        N_("Untick if the article provides no imprisonment at all."),
    ),
    "/offences/*/guilt": FieldText(
        N_("Guilt"),
        N_("Intentional or negligent, as the verdict says."),
    ),
    "/scope/kind": _SCOPE_KIND,
    "/scope/part_description": FieldText(
        N_("Which part you contest"),
        N_("If in part: which part. Example: the punishment under Art. 188 part 2."),
    ),
    "/scope/civil_claim_only": _CIVIL_CLAIM_ONLY,
    "/grounds/*/violation": _VIOLATION,
    "/grounds/*/norms": _NORMS,
    "/grounds/*/effect": _EFFECT,
    "/grounds/*/substance": FieldText(
        N_("What this argument is about"),
        N_(
            "The court looks at what an argument is really about, whatever item it cites: a milder "
            "law or an amnesty go to the court at the place of execution, an arithmetic error in "
            "the civil claim to the trial court, facts found after the decision to a review for "
            "newly discovered circumstances (Resolution No. 1, paras. 13, 15, 16)."
        ),
    ),
    "/request/kinds": FieldText(
        N_("I ask the court to"),
        N_("Tick one or more outcomes (CPC Art. 494)."),
    ),
    "/request/text": FieldText(
        N_("My request in my own words"),
        N_(
            "If you write it, the complaint uses these words as its request instead of the ticked "
            "outcomes. Example: quash the verdict of the Almalinsky District Court of Almaty of "
            "10.03.2026 and the appellate ruling, and terminate the case for lack of corpus "
            "delicti."
        ),
    ),
    "/request/direction": FieldText(
        N_("Effect for the convicted person"),
        N_("Would the request make the convicted person's position better or worse?"),
    ),
    "/evidence/*/description": FieldText(
        N_("Evidence"),
        N_(
            "What supports your argument and where it is. Example: testimony of witness Иванов, "
            "case file vol. 2, p. 45."
        ),
    ),
    "/evidence/*/kind": FieldText(
        N_("Kind"),
        N_(
            "Evidence already in the case file, or a new document. New facts are not examined in "
            "cassation (Resolution No. 1, para. 13)."
        ),
    ),
    "/participation": FieldText(
        N_("Hearing"),
        N_("With your participation or without it."),
    ),
    "/video_link": FieldText(
        N_("By video link"),
        N_("Tick to ask to take part by video link, for example from the colony."),
    ),
    "/attachments/*/title": FieldText(
        N_("Document"),
        N_("Name of the document as it will appear in the list. Example: copy of the verdict."),
    ),
    "/attachments/*/kind": FieldText(
        N_("Kind"),
        N_("Copy of an act, document of authority, or supporting document."),
    ),
    "/attachments/*/pages": FieldText(
        N_("Pages"),
        N_("Number of pages; counted for PDF files."),
    ),
    "/attachments/*/file": FieldText(
        N_("File"),
        N_("Your file of this document, if you have one."),
    ),
    "/addressee": FieldText(
        N_("Addressed to"),
        N_("A cassation complaint is addressed to the Court of Cassation (CPC Art. 488(1))."),
    ),
    "/proceedings_language": FieldText(
        N_("Language of the case"),
        N_("The language in which the case was heard, as written on the verdict (CPC Art. 30)."),
    ),
    "/complaint_language": FieldText(
        N_("Language of the complaint"),
        N_(
            "Write in the language of the case. If you do not know it well, you may write in "
            "another language you know, English included (CPC Art. 30(3)); otherwise an English "
            "text is only a reading copy."
        ),
        N_("Language of the document"),
    ),
    "/filing/channel": _CHANNEL,
    "/filing/date": FieldText(
        N_("Filing date"),
        N_("The day you file, post or hand the complaint to the administration (CPC Art. 49)."),
    ),
    "/filing/first_receipt_date": FieldText(
        N_("First filed on"),
        N_(
            "Only if the court returned an earlier complaint and you file it again: the date the "
            "court first received it (Resolution No. 1, para. 8)."
        ),
    ),
    "/filing/first_return_ground": FieldText(
        N_("The earlier complaint was returned under"),
        N_(
            "The item of CPC Art. 489(1) named in the court's letter. Only a return for defects of"
            " form (item 1) keeps the date of the first receipt (Resolution No. 1, para. 8)."
        ),
    ),
    "/filing/is_supplement": FieldText(
        N_("This is a supplement to an earlier complaint"),
        N_("A supplement adds arguments to a complaint already filed (CPC Art. 488(5))."),
    ),
    "/filing/original_had_worsening": FieldText(
        N_("The earlier complaint already asked to worsen the position"),
        N_("Only for a supplement: a new worsening request is late after one year."),
    ),
    "/filing/withdrawn": FieldText(
        N_("The complaint has been withdrawn"),
        N_("Tick only if the complaint was withdrawn before the hearing."),
    ),
    "/filing/withdrawn_by": FieldText(
        N_("Withdrawn by"),
        N_(
            "The filer may withdraw the complaint; the convicted person may withdraw one filed for"
            " them; a defender may not withdraw the client's own (CPC Arts. 488(6), 70(5))."
        ),
    ),
    "/signature/date": FieldText(
        N_("Date of the complaint"),
        N_("The day you sign, as DD.MM.YYYY."),
    ),
    "/signature/signer_name": _SIGNER_NAME,
    "/signature/electronic": FieldText(
        N_("Signed with an electronic digital signature"),
        N_("Tick when you file through e-filing and sign with your EDS key."),
    ),
    "/appeal/addressee": FieldText(
        N_("Appellate court"),
        N_(
            "The name of the appellate court. Example: Judicial Board for Criminal Cases of the "
            "Almaty City Court."
        ),
    ),
    "/appeal/scope": _SCOPE_KIND,
    "/appeal/scope_part": _SCOPE_PART,
    "/appeal/civil_claim_only": _CIVIL_CLAIM_ONLY,
    "/appeal/arguments/*/violation": _VIOLATION,
    "/appeal/arguments/*/norms": _NORMS,
    "/appeal/arguments/*/effect": _EFFECT,
    "/appeal/request_text": FieldText(
        N_("My request in my own words"),
        N_(
            "Example: quash the verdict of the Almalinsky District Court of Almaty of 10.03.2026 "
            "and acquit me."
        ),
    ),
    "/appeal/copy_handed_over": FieldText(
        N_("Copy handed to the convicted person on"),
        N_(
            "Only for a convicted person in custody: the term counts from the day the copy was "
            "handed over (CPC Art. 418(1))."
        ),
    ),
    "/appeal/restore_term": FieldText(
        N_("Ask to restore the missed term"),
        N_(
            "Tick if the appeal term has passed and you ask the court to restore it (CPC Art. 419)."
        ),
    ),
    "/appeal/restore_reason": FieldText(
        N_("Why the appeal term was missed"),
        N_("Why you could not appeal in time, with what shows it."),
    ),
    "/appeal/filing/channel": _CHANNEL,
    "/appeal/filing/date": _DATE_2,
    "/appeal/signature/date": _DATE_3,
    "/appeal/signature/signer_name": _SIGNER_NAME,
    "/pg_petition/official": FieldText(
        N_("Addressed to"),
        N_("The official you ask to bring the protest (CPC Art. 486(2))."),
    ),
    "/pg_petition/addressee": FieldText(
        N_("Addressee in my own words"),
        N_(
            "Optional: a line under the office, such as the official's name; or your own naming of"
            " the office when none is chosen above."
        ),
    ),
    "/pg_petition/scope": _SCOPE_KIND,
    "/pg_petition/scope_part": _SCOPE_PART,
    "/pg_petition/special_grounds/*/item": FieldText(
        N_("Ground of Art. 485(2)"),
        N_("The item of CPC Art. 485 part 2 your case falls under."),
    ),
    "/pg_petition/special_grounds/*/reasons": FieldText(
        N_("Why it applies"),
        N_("In your own words: the facts that make your case fit this item."),
    ),
    "/pg_petition/grounds/*/violation": _VIOLATION,
    "/pg_petition/grounds/*/norms": _NORMS,
    "/pg_petition/grounds/*/effect": _EFFECT,
    "/pg_petition/request_kinds": FieldText(
        N_("The protest should ask the court to"),
        N_("Tick one or more outcomes (CPC Art. 494)."),
    ),
    "/pg_petition/request_text": FieldText(
        N_("My request in my own words"),
        N_(
            "If you write it, the petition uses these words for what the protest should ask, "
            "instead of the ticked outcomes."
        ),
    ),
    "/pg_petition/direction": FieldText(
        N_("Effect for the convicted person"),
        N_(
            "A protest that asks to worsen the position is limited to one year from the act's "
            "entry into force (CPC Art. 487(2))."
        ),
    ),
    "/pg_petition/suspend_execution": FieldText(
        N_("Also ask to suspend the execution of the verdict"),
        N_(
            "The petition then also asks to suspend the execution of the verdict for the review in"
            " cassation (CPC Art. 493)."
        ),
    ),
    "/pg_petition/filing/channel": _CHANNEL,
    "/pg_petition/filing/date": _DATE_2,
    "/pg_petition/signature/date": _DATE_3,
    "/pg_petition/signature/signer_name": _SIGNER_NAME,
    "/new_circumstances/addressed_to": FieldText(
        N_("Addressed to"),
        N_("Which court, or the prosecutor."),
    ),
    "/new_circumstances/addressee": FieldText(
        N_("Addressee in my own words"),
        N_(
            "The name of the court or the prosecutor's office, in the nominative; the document "
            "declines it. Example: Бостандыкский районный суд г. Алматы."
        ),
    ),
    "/new_circumstances/decision": FieldText(
        N_("Decision to be reviewed"),
        N_(
            "The decisions CPC Art. 500 opens to review: a guilty verdict, an acquittal, a ruling "
            "terminating the case, a ruling on confiscation before the verdict."
        ),
    ),
    "/new_circumstances/ground": FieldText(
        N_("Ground of Art. 499(2)"),
        N_("The grounds of CPC Art. 499 part 2 are the only ones (Resolution No. 9, para. 1)."),
    ),
    "/new_circumstances/circumstance": FieldText(
        N_("The newly discovered circumstance"),
        N_("What the circumstance is and how it came to light."),
    ),
    "/new_circumstances/discovered_on": FieldText(
        N_("Discovered on"),
        N_("The day the circumstance was discovered (CPC Art. 501(3), (4))."),
    ),
    "/new_circumstances/disputes_verdict_evidence": FieldText(
        N_("The application disputes the evidence the verdict assessed"),
        N_("Tick if it argues with how the court assessed the evidence it had."),
    ),
    "/new_circumstances/refused_before": FieldText(
        N_("The same application on the same grounds was refused before"),
        N_("Tick if an application on the same grounds was already refused."),
    ),
    "/new_circumstances/convicted_person_deceased": FieldText(
        N_("The convicted person has died"),
        N_(
            "A close relative may apply to rehabilitate a convicted person who has died "
            "(Resolution No. 9, para. 4)."
        ),
    ),
    "/new_circumstances/confirming_act/kind": FieldText(
        N_("Kind of act"),
        N_("A verdict, a ruling terminating a case, a decision of the Constitutional Court."),
    ),
    "/new_circumstances/confirming_act/issued_by": FieldText(
        N_("Issued by"),
        N_("The court or body that issued it."),
    ),
    "/new_circumstances/confirming_act/date": _ACT_DATE,
    "/new_circumstances/confirming_act/number": FieldText(
        N_("Case number"),
        N_("Its case or registration number."),
    ),
    "/new_circumstances/confirming_act/in_force": FieldText(
        N_("Entered into legal force"),
        N_("A verdict must have entered into legal force (CPC Art. 499(2), items 1–3)."),
    ),
    "/new_circumstances/confirming_act/termination_basis": FieldText(
        N_("Why that case was terminated"),
        N_("Only for a ruling terminating a case: the basis it names (CPC Art. 499(3))."),
    ),
    "/new_circumstances/confirming_act/attached": FieldText(
        N_("A copy goes with the application"),
        N_("Tick when you attach a copy of the act."),
    ),
    "/new_circumstances/confirming_act/pages": _COPY_PAGES,
    "/new_circumstances/direction": FieldText(
        N_("Effect for the convicted person"),
        N_(
            "In favour of the convicted person a review has no time limit; to their detriment it "
            "is possible only within the limitation period and within one year of the discovery "
            "(CPC Art. 501)."
        ),
    ),
    "/new_circumstances/limitation_expired": FieldText(
        N_("The limitation period has expired"),
        N_(
            "Only for a review to the detriment of the convicted person: whether the limitation "
            "period of CC Art. 71 is over."
        ),
    ),
    "/new_circumstances/outcome": FieldText(
        N_("What should follow"),
        N_("What the court should do once it quashes the acts (Resolution No. 9, para. 10)."),
    ),
    "/new_circumstances/request_text": FieldText(
        N_("My request in my own words"),
        N_("Anything more you ask, in your own words: the application adds it to its request."),
    ),
    "/new_circumstances/filing/channel": _CHANNEL,
    "/new_circumstances/filing/date": _DATE_2,
    "/new_circumstances/signature/date": _DATE_3,
    "/new_circumstances/signature/signer_name": _SIGNER_NAME,
    # The petition to the court at the place of execution: the fields it prints in the
    # filer's own words (named in the privacy and wording findings).
    "/execution_petition/addressee": FieldText(
        N_("Addressee in my own words"),
        N_(
            "The district or city court where the sentence is served, in the nominative. "
            "Example: Павлодарский городской суд."
        ),
    ),
    "/execution_petition/institution": FieldText(
        N_("The institution where the sentence is served"),
        N_("Its name as its documents write it. Example: учреждение АП-162/3."),
    ),
    "/execution_petition/sentence_changes": FieldText(
        N_("How the sentence was changed"),
        N_("Aggregation, amnesty, pardon or a higher court's change, with their dates."),
    ),
    "/execution_petition/damage_reasons": FieldText(
        N_("Why the damage is not fully paid"),
        N_("What you paid, why the rest is not paid, and the documents that show it."),
    ),
    "/execution_petition/conduct": FieldText(
        N_("My conduct while serving the sentence"),
        N_("Incentives, work, study, courses, treatment, family ties; penalties and since when."),
    ),
    "/execution_petition/residence_after_release": FieldText(
        N_("Where I will live after release"),
        N_("The address, and whose home it is."),
    ),
    "/execution_petition/employment_after_release": FieldText(
        N_("Where I will work after release"),
        N_("The employer and the job, as the offer names them."),
    ),
    "/execution_petition/request_text": FieldText(
        N_("My request in my own words"),
        N_("If you write it, the petition asks this instead of the chosen requests."),
    ),
    "/execution_petition/additional_punishment": FieldText(
        N_("The additional punishment"),
        N_("An additional punishment still to be served. Example: a ban on holding posts."),
    ),
    "/execution_petition/requests": FieldText(
        N_("I ask the court for"),
        N_(
            "Tick one or more. Parole and replacement together: the replacement is asked in case "
            "parole is refused (Resolution No. 6 of 2015, para. 11)."
        ),
    ),
    "/execution_petition/milder_punishment": FieldText(
        N_("Milder punishment sought"),
        N_("For a replacement: what the unserved part should be replaced by (CC Art. 73(3))."),
    ),
    "/execution_petition/additional_release": FieldText(
        N_("Release from the additional punishment"),
        N_("Whether you also ask to be released from it in full or in part."),
    ),
    "/execution_petition/additional_lifetime": FieldText(
        N_("The additional punishment is a lifetime ban"),
        N_("A lifetime ban is never released (Resolution No. 6 of 2015, para. 14)."),
    ),
    "/execution_petition/birth_date": FieldText(
        N_("Date of birth of the convicted person"),
        N_("As DD.MM.YYYY. The petition states it with the name."),
    ),
    "/execution_petition/punishment": FieldText(
        N_("Punishment being served"),
        N_("The main punishment as the sentence now stands."),
    ),
    "/execution_petition/term": FieldText(
        N_("Term of the sentence"),
        N_(
            "The term as the last verdict or ruling fixed it, after any aggregation, amnesty, "
            "pardon or change by a higher court."
        ),
    ),
    "/execution_petition/term/years": FieldText(
        N_("Term of the sentence: years"),
        N_("Years of the term as the sentence now stands; empty if none."),
    ),
    "/execution_petition/term/months": FieldText(
        N_("Term of the sentence: months"),
        N_("Months of the term beyond the whole years; empty if none."),
    ),
    "/execution_petition/term/days": FieldText(
        N_("Term of the sentence: days"),
        N_("Days of the term beyond the whole months; empty if none."),
    ),
    "/execution_petition/term_start": FieldText(
        N_("Start of the term"),
        N_("The day the term is counted from, as the institution's certificate gives it."),
    ),
    "/execution_petition/notice_date": FieldText(
        N_("Date of the institution's notice"),
        N_(
            "Optional: the day the institution told you that the part of the term required for "
            "the petition is served."
        ),
    ),
    "/execution_petition/custody/*/rate": FieldText(
        N_("Credited at the rate"),
        N_("As the verdict says: one day for one, for one and a half, for two; house arrest."),
    ),
    "/execution_petition/custody/*/first_day": FieldText(
        N_("First day"),
        N_("The first day held, as DD.MM.YYYY."),
    ),
    "/execution_petition/custody/*/last_day": FieldText(
        N_("Last day"),
        N_("The last day held, as DD.MM.YYYY."),
    ),
    "/execution_petition/custody/*/days": FieldText(
        N_("Days"),
        N_("Instead of the dates: the number of days the verdict states."),
    ),
    "/execution_petition/custody/*/credited_by_verdict": FieldText(
        N_("The verdict credited this period"),
        N_(
            "Untick for a period the verdict did not credit: it is not counted; the court that "
            "passed the verdict decides it."
        ),
    ),
    "/execution_petition/age_at_crime": FieldText(
        N_("Age when the crime was committed"),
        N_("Under 18, 18 to 20, or older (CC Arts. 86, 87, 90)."),
    ),
    "/execution_petition/against_life_or_health": FieldText(
        N_("The most serious crime was against life or health"),
        N_("It changes the part of the term to serve (CC Arts. 72(3), 73(2))."),
    ),
    "/execution_petition/against_life": FieldText(
        N_("The most serious crime was against life"),
        N_("It changes the part of the term to serve (CC Art. 72(4), Arts. 86, 87)."),
    ),
    "/execution_petition/privileged": FieldText(
        N_("The convicted person is"),
        N_(
            "Tick what applies: parole then comes after a smaller part of the term (CC Art. "
            "72(4)). Attach the document that shows it."
        ),
    ),
    "/execution_petition/agreement_fulfilled": FieldText(
        N_("Every condition of a cooperation agreement was fulfilled"),
        N_(
            "Only when all its conditions were met and the persons exposed were convicted (CPC "
            "Art. 621(2))."
        ),
    ),
    "/execution_petition/active_assistance": FieldText(
        N_("Actively helped to prevent or solve terrorist or extremist crimes"),
        N_("Only this opens parole for such a crime without deaths (CC Art. 72(8))."),
    ),
    "/execution_petition/assisted_group_investigation": FieldText(
        N_("Helped to solve crimes of a criminal group while serving the sentence"),
        N_("A ground for reducing the unserved part (CC Art. 73(4))."),
    ),
    "/execution_petition/exclusions_answered": FieldText(
        N_("I went through this list"),
        N_("Tick once you have checked each item, even if none applies."),
    ),
    "/execution_petition/exclusions": FieldText(
        N_("The convicted person was convicted of, or"),
        N_("Tick every item that applies (CC Arts. 72(8), 73(2), 73(4))."),
    ),
    "/execution_petition/minor_victim_aged_14_to_18": FieldText(
        N_("The victim was a minor aged 14 to 18"),
        N_(
            "For a sexual crime against a minor: the law's exception for a victim aged 14 to 18 "
            "(CC Art. 72(8)(4))."
        ),
    ),
    "/execution_petition/cancelled_parole": FieldText(
        N_("An earlier parole was cancelled under"),
        N_("The item of CC Art. 72(7) on which an earlier parole was cancelled, if it was."),
    ),
    "/execution_petition/earlier_petitions/*/request": FieldText(
        N_("What it asked"),
        N_("Parole, replacement or reduction."),
    ),
    "/execution_petition/earlier_petitions/*/ruled_on": FieldText(
        N_("Date of the court's ruling"),
        N_("As DD.MM.YYYY; a waiting period counts from it."),
    ),
    "/execution_petition/earlier_petitions/*/outcome": FieldText(
        N_("What became of it"),
        N_("Refused, returned for defects, or not accepted."),
    ),
    "/execution_petition/damage_compensated": FieldText(
        N_("The damage of the crime is fully compensated"),
        N_("The damage the verdict ordered to pay (Resolution No. 6 of 2015, para. 10)."),
    ),
    "/execution_petition/malicious_violations": FieldText(
        N_("Found a malicious violator of the regime"),
        N_("Whether the institution found the person a malicious violator (PEC Art. 130(3))."),
    ),
    "/execution_petition/foreign_citizen": FieldText(
        N_("A foreign citizen or stateless person"),
        N_(
            "A replacement is then only by a fine, and the court weighs the guarantees you give "
            "(Resolution No. 6 of 2015, paras. 19, 21)."
        ),
    ),
    "/execution_petition/housing_consent_attached": FieldText(
        N_("Consent of relatives to house me is attached"),
        N_("Written consent of relatives, or an offer of housing, goes with the petition."),
    ),
    "/execution_petition/job_offer_attached": FieldText(
        N_("A job offer is attached"),
        N_("A job offer from an organisation or the local government goes with the petition."),
    ),
    "/execution_petition/filing/channel": _CHANNEL,
    "/execution_petition/filing/date": FieldText(
        N_("Filing date"),
        N_(
            "The day you hand the petition to the administration of the institution or file it. "
            "The first day to file is judged against it."
        ),
    ),
    "/execution_petition/signature/date": _DATE_3,
    "/execution_petition/signature/signer_name": _SIGNER_NAME,
}

ITEMS: dict[str, str] = {
    "/grounds": N_("Ground %(number)d"),
    "/pg_petition/grounds": N_("Ground %(number)d"),
    "/acts": N_("Decision %(number)d"),
    "/offences": N_("Article No. %(number)d in the list"),
    "/evidence": N_("Evidence %(number)d"),
    "/attachments": N_("Attachment %(number)d"),
    "/appeal/arguments": N_("Argument %(number)d"),
    "/pg_petition/special_grounds": N_("Ground of Art. 485(2) %(number)d"),
    "/execution_petition/custody": N_("Custody period %(number)d"),
    "/execution_petition/earlier_petitions": N_("Earlier petition %(number)d"),
}


ITEM_FIELD = "%(item)s: %(field)s"  # punctuation only: the same in every language
_INDEX = re.compile(r"/(\d+)(?=/|$)")


def pattern_of(pointer: str) -> str:
    """The catalogue's key of `pointer`: its list indexes as `*` ("/acts/*/court")."""
    return _INDEX.sub("/*", pointer)


def field_text(pointer: str) -> FieldText:
    """The label and help of the field at `pointer` (a pattern or a concrete pointer).
    KeyError: the form has no such field (a front end asking for it has a typo)."""
    return FIELDS[pattern_of(pointer)]


def item_msgid(list_pointer: str) -> str:
    """The msgid naming one item of the list at `list_pointer`, with `%(number)d`."""
    return ITEMS[pattern_of(list_pointer)]


def label_msgid(pointer: str, kind: DocumentKind = DocumentKind.CASSATION) -> str:
    """The msgid of the label of the field at `pointer` in the form of document `kind`."""
    text = field_text(pointer)
    if kind is not DocumentKind.CASSATION and text.label_in_documents:
        return text.label_in_documents
    return text.label


def field_name(
    pointer: str, language: Language, kind: DocumentKind = DocumentKind.CASSATION
) -> str:
    """The user's name of a field, with its item where it is in a list ("Decision 2: Court");
    "Decision 2" for the item itself; the pointer for a place the form has no field for."""
    found = list(_INDEX.finditer(pointer))
    item = None
    if found:
        last = found[-1]
        msgid = ITEMS.get(pattern_of(pointer[: last.start()]))
        if msgid is not None:
            item = gettext_in(language, msgid) % {"number": int(last.group(1)) + 1}
            if last.end() == len(pointer):
                return item
    if pattern_of(pointer) not in FIELDS:
        return pointer
    label = gettext_in(language, label_msgid(pointer, kind))
    return label if item is None else ITEM_FIELD % {"item": item, "field": label}
