"""The case model: one cassation complaint as typed data."""

from assistant.case.model import (
    Attachment,
    Case,
    ContestedAct,
    Evidence,
    Filer,
    Filing,
    GroundArgument,
    Offence,
    Reclassification,
    Represented,
    Request,
    Scope,
    Signature,
    Triage,
    new_case,
)

__all__ = [
    "Attachment",
    "Case",
    "ContestedAct",
    "Evidence",
    "Filer",
    "Filing",
    "GroundArgument",
    "Offence",
    "Reclassification",
    "Represented",
    "Request",
    "Scope",
    "Signature",
    "Triage",
    "new_case",
]
