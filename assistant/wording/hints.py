"""The neutral-rewording hints a lexicon entry may point to, marked here for extraction.

Lexicon files name a hint by its English msgid; the loader accepts only the msgids listed
here, so a typo in a data file fails at load time and every hint reaches the catalogs.
"""

from __future__ import annotations

from assistant.i18n import N_

DESCRIBE_CONDUCT = N_("Describe the conduct factually, e.g. 'the witness gave false testimony'")
CRITICISE_THE_ACT = N_(
    "Criticise the judicial act, not the person, e.g. 'the court did not assess the "
    "defence evidence'"
)
NAME_BY_STATUS = N_("Refer to the participant by procedural status and surname")
REMOVE_OBSCENITY = N_(
    "Remove the obscene word; if the charge concerns it, write 'used obscene language' instead"
)

KNOWN_HINTS: frozenset[str] = frozenset(
    {DESCRIBE_CONDUCT, CRITICISE_THE_ACT, NAME_BY_STATUS, REMOVE_OBSCENITY}
)
