"""Time the complaint export: DOCX and PDF in-process, against LibreOffice's DOCX → PDF.

Run from the repository root:  python benchmarks/export.py [--runs N]

LibreOffice is only the comparison (and a layout oracle), never a dependency. Install it with
    apt-get install -y libreoffice-writer-nogui
If `soffice` is missing the script prints libreoffice_ms=nan and says so.

Measures the median of N in-process runs for a typical complaint (DOCX, PDF), the median of
N LibreOffice conversions of the same DOCX, and one ~300-page complaint (long arguments) as
PDF. The last line is machine-readable:
    RESULT docx_ms=<median> pdf_ms=<median> libreoffice_ms=<median> speedup=<lo/pdf> big_pdf_ms=<median>
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.case.enums import Ground, Language
from assistant.case.model import Case, GroundArgument
from assistant.document.build import build_document
from tests.export_samples import russian_case


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def big_case(base: Case) -> Case:
    """The typical case with ~300 pages of arguments (35 grounds x 2 x 12 long paragraphs)."""
    sentence = (
        "Суд первой инстанции, оценивая показания свидетелей, не устранил существенные "
        "противоречия между ними и не привел мотивов, по которым отверг доводы защиты; "
    )
    paragraph = sentence * 6
    text = "\n".join([paragraph] * 12)
    base.grounds = [
        GroundArgument(
            item=Ground.WRONG_QUALIFICATION, violation=text, norms="ст. 24 УПК РК", effect=text
        )
        for _ in range(35)
    ]
    return base


def libreoffice_ms(docx: Path, outdir: Path, runs: int) -> float:
    """Median time of `soffice --headless --convert-to pdf`, or nan without LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found: install with `apt-get install -y libreoffice-writer-nogui`")
        return float("nan")
    command = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)]
    return median_ms(lambda: subprocess.run(command, check=True, capture_output=True), runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--big-runs", type=int, default=3)
    args = parser.parse_args()

    from pypdf import PdfReader

    from assistant.render.docx import render_docx
    from assistant.render.pdf import render_pdf

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        typical = build_document(russian_case(tmp), Language.RU, draft=False)
        docx, pdf = tmp / "typical.docx", tmp / "typical.pdf"
        render_docx(typical, docx)  # warm-up: fonts registered, modules imported
        render_pdf(typical, pdf)
        docx_ms = median_ms(lambda: render_docx(typical, docx), args.runs)
        pdf_ms = median_ms(lambda: render_pdf(typical, pdf), args.runs)
        lo_dir = tmp / "lo"
        lo_dir.mkdir()
        lo_ms = libreoffice_ms(docx, lo_dir, args.runs)

        big = build_document(big_case(russian_case(tmp)), Language.RU, draft=False)
        big_pdf = tmp / "big.pdf"
        big_pdf_ms = median_ms(lambda: render_pdf(big, big_pdf), args.big_runs)
        big_pages = len(PdfReader(big_pdf).pages)
        big_docx_ms = median_ms(lambda: render_docx(big, tmp / "big.docx"), args.big_runs)

    speedup = lo_ms / pdf_ms
    print(f"typical: docx {docx_ms:.1f} ms, pdf {pdf_ms:.1f} ms (median of {args.runs})")
    print(f"libreoffice docx->pdf: {lo_ms:.1f} ms (median of {args.runs}, whole process)")
    print(f"big: {big_pages} pages, pdf {big_pdf_ms:.0f} ms, docx {big_docx_ms:.0f} ms")
    print(
        f"RESULT docx_ms={docx_ms:.1f} pdf_ms={pdf_ms:.1f} libreoffice_ms={lo_ms:.1f} "
        f"speedup={speedup:.1f} big_pdf_ms={big_pdf_ms:.0f}"
    )


if __name__ == "__main__":
    main()
