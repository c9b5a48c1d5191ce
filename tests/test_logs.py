"""The log holds events and safe details only; personal data cannot get in."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.logs import LOGGER_NAME, configure, diagnostic_report, log_event


def test_personal_data_is_withheld(tmp_path: Path) -> None:
    path = configure(tmp_path)
    log_event("case_saved", {"acts": 2, "protected": True, "kind": "not_ours"})
    log_event("load_failed", {"path": "/home/айгерім/дело.kassatsiya", "name": "Сериков Арман"})
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "case_saved acts=2 protected=True kind=not_ours" in text
    assert "Сериков" not in text and "айгерім" not in text
    assert "path=<withheld>" in text
    report = diagnostic_report(path)
    assert report.startswith("Kassatsiya ")
    assert "case_saved" in report
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
