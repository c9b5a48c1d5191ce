"""What the app offers when it starts: the case a crash left behind, or the bundled example."""

from __future__ import annotations

from pathlib import Path

from assistant.case.enums import Language
from assistant.case.typed_texts import keep_recovered_texts
from assistant.casefile import CaseFileError, RecoveryStore, load_case
from assistant.casefile.crypto import KeyCache
from assistant.i18n import N_, _, current_language
from assistant.logs import log_event
from assistant.resources import data_dir
from ui.file_controller import open_error_text
from ui.main_window import MainWindow
from ui.messages import ask, busy, warn
from ui.passphrase_dialog import ask_passphrase
from ui.settings import save_settings

RESTORE = N_("Restore")
LATER = N_("Not now")
DISCARD_RECOVERY = N_("Discard")
RECOVERY_TEXT = N_(
    "Kassatsiya was not closed properly last time. Unsaved work on %(name)s from %(time)s was "
    "kept. Restore it?"
)
EXAMPLE_TEXT = N_(
    "Would you like to open a completed example complaint to see how the form is filled in? "
    "Choose the language of the proceedings of the example: the complaint is written in it. "
    "You can start your own complaint at any time with File → New complaint."
)
EXAMPLE_IN = {Language.KK: N_("Example in Kazakh"), Language.RU: N_("Example in Russian")}
NO_EXAMPLE = N_("No, thank you")
EXAMPLES = {Language.KK: "ready-kk", Language.RU: "ready-ru"}


def open_at_start(window: MainWindow, store: RecoveryStore, files: list[Path]) -> None:
    """The case a crash left comes first; else a file named on the command line; else, on
    the very first start, the example is offered."""
    if offer_recovery(window, store):
        return
    if files:
        window.files.open_path(files[0], confirmed=True)
    else:
        offer_example(window)


def offer_recovery(window: MainWindow, store: RecoveryStore) -> bool:
    """Offer the newest autosave a crash left; True when a case was restored.

    Only an explicit "Discard" deletes it. Escape, closing the question or the idle lock answer
    "Not now", which keeps it for the next start: a slip of the hand must not lose work.
    """
    entries = store.recoverable()
    if not entries:
        return False
    entry = entries[0]
    name = entry.original.name if entry.original is not None else _("Untitled")
    when = entry.saved_at.astimezone().strftime("%d.%m.%Y %H:%M")
    text = _(RECOVERY_TEXT) % {"name": name, "time": when}
    answer = ask(
        window, _("Recover unsaved work"), text, [RESTORE, LATER, DISCARD_RECOVERY], escape=1
    )
    if answer == 1:
        return False
    if answer == 2:
        for stale in entries:
            store.discard(stale)
        return False
    passphrase = None
    keys: KeyCache = {}
    if entry.protected:
        passphrase = ask_passphrase(
            window, _("The recovered case is protected. Enter its passphrase.")
        )
        if passphrase is None:
            return False
    try:
        with busy():
            case, typed = store.load_work(entry, passphrase, keys=keys)
    except CaseFileError as error:
        log_event("recovery_failed", {"kind": error.kind.value})
        text, details = open_error_text(error, window.form)
        warn(window, _("Recover unsaved work"), text, details)
        return False
    log_event("case_recovered", {"protected": entry.protected})
    keep_recovered_texts(case, typed)  # an autosave of an earlier version kept them beside it
    window.document.replace(case, entry.original, passphrase, keys=keys, modified=True)
    store.discard(entry)
    return True


def offer_example(window: MainWindow) -> bool:
    """On the very first start, offer the ready example in Kazakh or Russian proceedings (the
    one of the interface language first), whatever the interface language is."""
    settings = window.settings
    if settings.example_offered:
        return False
    settings.example_offered = True
    save_settings(settings)
    first = Language.KK if current_language() is Language.KK else Language.RU
    languages = [first, *(lang for lang in EXAMPLES if lang is not first)]
    buttons = [EXAMPLE_IN[lang] for lang in languages] + [NO_EXAMPLE]
    answer = ask(window, _("Welcome"), _(EXAMPLE_TEXT), buttons, escape=len(languages))
    if answer >= len(languages):
        return False
    open_example(window, languages[answer])
    return True


def open_example(window: MainWindow, language: Language | None = None) -> None:
    """Load the bundled example whose proceedings are in `language` (default: Kazakh in a
    Kazakh interface, else Russian) as an untitled copy, so the original is never overwritten."""
    chosen = language or (Language.KK if current_language() is Language.KK else Language.RU)
    case = load_case(data_dir("examples") / f"{EXAMPLES[chosen]}.kassatsiya")
    window.document.replace(case, None)
