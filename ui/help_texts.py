"""Help pages written for a person without legal training, with the articles they rest on."""

from __future__ import annotations

from assistant.build_info import build_info
from assistant.i18n import N_, _

AFTER_FILING_TITLE = N_("What happens after filing")
AFTER_FILING = (
    N_(
        "If the complaint lacks something required, comes from a person without the right to "
        "file it, is late, or contests an act that is not reviewed in cassation, the judge "
        "returns it by a letter within three days (counted in calendar days, not working days), "
        "explaining why (CPC Art. 489(1) items 1, 2, 3 and 5, 489(3); Resolution No. 1 of 29 May "
        "2025, para. 9). A "
        "withdrawn complaint is returned by a court ruling instead (item 4). After a return for "
        "defects of form or for lack of standing you may correct it and file it again "
        "(CPC Art. 489(2))."
    ),
    N_(
        "If the complaint is accepted, the court requests the case file. Within ten days of "
        "receiving the case, the court sends the other parties copies of your complaint, or "
        "notice that they can read it electronically. The case is decided within a reasonable "
        "time, at most six months from the day the case reaches the court (CPC Art. 492(1), "
        "492(3); Resolution No. 1, para. 11)."
    ),
    N_(
        "The Court of Cassation checks all your arguments and the legality of the decisions in "
        "full, not only what you wrote (Resolution No. 1, para. 12)."
    ),
    N_(
        "The court can make the convicted person's position worse only on a prosecutor's "
        "protest or a victim's complaint that asks for it. On quashing an acquittal it cannot "
        "find the person guilty itself: it sends the case for a new trial (Resolution No. 1, "
        "para. 12)."
    ),
    N_(
        "A verdict or ruling in force must be carried out while your complaint is pending: "
        "filing does not stop its execution, except where the Chairman of the Supreme Court or "
        "the Prosecutor General suspends it (CPC Arts. 488(4), 493; Resolution No. 1, para. 1)."
    ),
    N_(
        "A verdict given in conciliation proceedings (a plea agreement) can be quashed or changed "
        "to the convicted person's detriment only for significant violations of the law made "
        "when the agreement was concluded or the case was heard (Resolution No. 1, para. 14)."
    ),
)
ABOUT_TITLE = N_("About Kassatsiya")
ABOUT = (
    N_(
        "Kassatsiya %(version)s: an offline assistant for a cassation complaint in a criminal case."
    ),
    N_(
        "It checks a complaint against CPC RK Arts. 484-489 and Supreme Court Normative "
        "Resolution No. 1 of 29 May 2025. It is not legal advice; an advocate can check your "
        "complaint."
    ),
    N_("Licence: GNU General Public License version 3 or later (GPL-3.0-or-later)."),
    N_(
        "Uses Qt and PySide6 under the GNU Lesser General Public License version 3 (LGPLv3); "
        "you may replace these libraries with your own build."
    ),
    N_("Documents use the Tinos font under the SIL Open Font License 1.1."),
    N_(
        "Other libraries: msgspec, Babel, python-docx, pypdf, pymorphy3 and its Russian "
        "dictionaries, platformdirs, holidays, qazaq-inflector (MIT or BSD licences); reportlab "
        "and snowballstemmer (BSD); cryptography (Apache 2.0 or BSD)."
    ),
)


def after_filing_html() -> str:
    return "".join(f"<p>{_(paragraph)}</p>" for paragraph in AFTER_FILING)


BUILT_ON = N_("Built on %(date)s.")
FROM_SOURCE = N_("Run from source or installed with pip (not a packaged build).")


def about_html() -> str:
    first, *rest = ABOUT
    info = build_info()
    built = _(BUILT_ON) % {"date": info.build_date} if info.build_date else _(FROM_SOURCE)
    paragraphs = [_(first) % {"version": info.version}, built, *(_(p) for p in rest)]
    return "".join(f"<p>{p}</p>" for p in paragraphs)
