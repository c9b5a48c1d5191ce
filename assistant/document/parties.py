"""The filer's block: who files, in what status, where they are, how to reach them (C2, P1).

A defender or representative gives the office or place where they can be found, not a home
(the line says "location"); a defender's authority is the notice of defence and the advocate's
certificate (CPC 68(8)); a complaint by anyone but the defence names the convicted person it
concerns.
"""

from __future__ import annotations

from assistant.case.enums import FilerStatus
from assistant.case.model import Case
from assistant.case.roles import on_defence_side
from assistant.document.sanitize import Sanitizer
from assistant.document.templates import Template
from assistant.i18n import _

_REPRESENTING = {FilerStatus.DEFENDER, FilerStatus.LEGAL_REPRESENTATIVE, FilerStatus.REPRESENTATIVE}
# Acting for others in their work: their address is an office or a place to be found.
_AT_A_LOCATION = {FilerStatus.DEFENDER, FilerStatus.REPRESENTATIVE}


def party_lines(case: Case, t: Template, clean: Sanitizer) -> list[str]:
    """Lines of the filer block; for a person in custody the institution is the location."""
    filer = case.filer
    where = _("Filer")
    lines: list[str] = []

    def add(key: str, value: str) -> None:
        if value:
            lines.append(t.fill(f"party.{key}", value=value))

    add("name", clean.inline(filer.full_name, where))
    if filer.status is not None:
        add("status", t.text(f"status.{filer.status.value}"))
    add("iin", clean.inline(filer.iin, where))
    institution = clean.inline(filer.institution, where)
    if filer.in_custody and institution:
        add("location", institution)
    elif filer.status in _AT_A_LOCATION:
        add("location", clean.inline(filer.address, where))
    else:
        add("residence", clean.inline(filer.address, where))
    phones = [clean.inline(phone, where) for phone in filer.phones]
    add("phones", ", ".join(phone for phone in phones if phone))
    add("email", clean.inline(filer.email, where))
    if filer.status is FilerStatus.DEFENDER:
        add("certificate", clean.inline(filer.advocate_certificate, where))
    if filer.status in _REPRESENTING or case.represented.full_name:
        lines.extend(_represented_lines(case, t, clean))
    if case.convicted_person.strip() and not on_defence_side(case):
        add("convicted_person", clean.inline(case.convicted_person, where))
    return lines


def _represented_lines(case: Case, t: Template, clean: Sanitizer) -> list[str]:
    """Whom a defender or representative acts for, and the document of their authority."""
    represented = case.represented
    where = _("Represented person")
    lines: list[str] = []
    name = clean.inline(represented.full_name, where)
    if name:
        if represented.role is not None:
            name = f"{name} ({t.text(f'status.{represented.role.value}')})"
        lines.append(t.fill("party.represented", value=name))
    authority = clean.inline(represented.authority_document, where)
    if authority:
        key = "notice" if case.filer.status is FilerStatus.DEFENDER else "authority"
        lines.append(t.fill(f"party.{key}", value=authority))
    return lines
