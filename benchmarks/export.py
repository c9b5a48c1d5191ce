"""Time the complaint export: DOCX and PDF in-process, against LibreOffice's DOCX → PDF.

Run from the repository root:  python benchmarks/export.py [--runs N]

LibreOffice is only the comparison (and a layout oracle), never a dependency. Install it with
    apt-get install -y libreoffice-writer-nogui
If `soffice` is missing the script prints libreoffice_ms=nan and says so.

Measures the median of N in-process runs for a typical complaint (DOCX, PDF), the median of
N LibreOffice conversions of the same DOCX, one ~300-page complaint (long arguments) as PDF,
and, each in a fresh process so that its memory is its own, the PDF of a complaint whose
proceedings are one paragraph of 1,000,000 characters (and of 250,000, to show the time grows
linearly): the time of `render_pdf` and the process's peak memory (max RSS; the same process
before rendering is printed too). The last line is machine-readable:
    RESULT docx_ms=<median> pdf_ms=<median> libreoffice_ms=<median> speedup=<lo/pdf> big_pdf_ms=<median> long_text_ms=<ms> long_text_rss_mb=<MiB>
"""

from __future__ import annotations

import argparse
import json
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


LONG_SENTENCE = "Суд первой инстанции не устранил противоречия между показаниями свидетелей. "


def long_text_child(chars: int) -> None:
    """In a fresh process: render one paragraph of `chars` characters as PDF; print JSON."""
    import resource

    from assistant.render.pdf import render_pdf

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        case = russian_case(tmp)
        render_pdf(build_document(case, Language.RU, draft=False), tmp / "warm.pdf")
        case.proceedings_summary = (LONG_SENTENCE * (chars // len(LONG_SENTENCE) + 1))[:chars]
        doc = build_document(case, Language.RU, draft=False)
        before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        render_pdf(doc, tmp / "long.pdf")
        ms = (time.perf_counter() - start) * 1000
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": ms, "before_mb": before_mb, "peak_mb": peak_mb}))


def long_text(chars: int) -> dict[str, float]:
    """`long_text_child(chars)` in a new interpreter (Linux: ru_maxrss is in KiB)."""
    out = subprocess.run(
        [sys.executable, __file__, "--long-text-child", str(chars)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


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
    parser.add_argument("--long-text-child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.long_text_child:
        long_text_child(args.long_text_child)
        return

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

    quarter, full = long_text(250_000), long_text(1_000_000)
    speedup = lo_ms / pdf_ms
    print(f"typical: docx {docx_ms:.1f} ms, pdf {pdf_ms:.1f} ms (median of {args.runs})")
    print(f"libreoffice docx->pdf: {lo_ms:.1f} ms (median of {args.runs}, whole process)")
    print(f"big: {big_pages} pages, pdf {big_pdf_ms:.0f} ms, docx {big_docx_ms:.0f} ms")
    for label, run in (("250,000", quarter), ("1,000,000", full)):
        print(
            f"one paragraph of {label} characters: pdf {run['ms']:.0f} ms, process peak "
            f"{run['peak_mb']:.0f} MiB ({run['before_mb']:.0f} MiB before rendering)"
        )
    print(f"long text: 4x the characters took {full['ms'] / quarter['ms']:.1f}x the time")
    print(
        f"RESULT docx_ms={docx_ms:.1f} pdf_ms={pdf_ms:.1f} libreoffice_ms={lo_ms:.1f} "
        f"speedup={speedup:.1f} big_pdf_ms={big_pdf_ms:.0f} long_text_ms={full['ms']:.0f} "
        f"long_text_rss_mb={full['peak_mb']:.0f}"
    )


if __name__ == "__main__":
    main()
