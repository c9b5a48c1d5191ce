"""argparse's own texts ("usage:", "options", its error lines) in the language of the messages.

argparse looks each of its texts up through its module-level `_` and `ngettext` (gettext's) when
it needs them. `use_our_catalogs` points those two names at our catalogs, whose msgids are
argparse's exact English texts, listed below so that extraction puts them in the catalogs. Only
the texts a user of the command line can meet are listed; the ones about a wrongly built parser
stay English (they are our bugs, not the user's).
"""

from __future__ import annotations

import argparse

from assistant.i18n import N_, _, ngettext

ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def use_our_catalogs() -> None:
    """Make argparse translate through `assistant.i18n` (the language set by --lang)."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
