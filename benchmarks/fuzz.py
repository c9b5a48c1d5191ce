"""A bounded, deterministic fuzz campaign over opening, checking and exporting a case.

Run from the repository root:  python benchmarks/fuzz.py [--inputs N] [--seed S] [--only I]

Stages, for each generated input (benchmarks/fuzz_inputs.py):
  load    `loads_case(bytes)` must give a Case or raise CaseFileError, nothing else;
  check   for every input that loads, `evaluate(case, today)` must not raise, and every
          finding's message, hint and citation must format in kk, ru and en (as must the
          personal-data warnings);
  export  every EXPORT_EVERY-th loaded case, and every HOSTILE_EXPORT_EVERY-th case with hostile
          text, is exported as DOCX and PDF (document model included) to a temporary folder.
Any other exception is a crash; a call over its time budget is a hang (on POSIX a SIGALRM
interrupts it). Crashes print a reproducer (`--only I` replays input I alone with its traceback).
Single process; about 3.5 minutes for 100,000 inputs on a 2-core machine. Last line:
    RESULT inputs=<n> crashes=<n> hangs=<n>
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.case.enums import Language  # noqa: E402
from assistant.case.model import Case  # noqa: E402
from assistant.casefile import CaseFileError  # noqa: E402
from benchmarks.fuzz_inputs import (  # noqa: E402
    PROTECT_PASSPHRASE,
    Corpus,
    case_of,
    input_for,
    load_corpus,
)

TODAY = dt.date(2026, 11, 26)
DEFAULT_SEED = 20261126
DEFAULT_INPUTS = 100_000
BUDGET_S = {"load": 2.0, "check": 2.0, "export": 20.0}  # export writes two files of pages
EXPORT_EVERY = 50
HOSTILE_EXPORT_EVERY = 10
SHOWN_CRASHES = 5
T = TypeVar("T")


class Hang(Exception):
    """Raised by the alarm when one call overruns its budget."""


@dataclass
class Campaign:
    """What was run and what went wrong, per stage."""

    seed: int
    stages: Counter[str] = field(default_factory=Counter)
    generators: Counter[str] = field(default_factory=Counter)
    crashes: list[tuple[int, str, str, str]] = field(default_factory=list)
    hangs: list[tuple[int, str, float]] = field(default_factory=list)
    slowest: dict[str, float] = field(default_factory=dict)
    loaded: int = 0
    hostile_loaded: int = 0


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` (POSIX); elsewhere only the measurement counts."""
    if not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_stage(
    campaign: Campaign,
    index: int,
    stage: str,
    action: Callable[[], T],
    expected: tuple[type[BaseException], ...] = (),
) -> T | None:
    """Run one call under its budget; record a crash or a hang; None when it did not succeed."""
    campaign.stages[stage] += 1
    start = time.perf_counter()
    result: T | None = None
    try:
        with time_budget(BUDGET_S[stage]):
            result = action()
    except Hang:
        campaign.hangs.append((index, stage, time.perf_counter() - start))
        return None
    except expected:
        result = None
    except Exception as error:
        lines = traceback.format_exception(error)
        campaign.crashes.append(
            (index, stage, f"{type(error).__name__}: {error}"[:300], "".join(lines))
        )
        return None
    elapsed = time.perf_counter() - start
    campaign.slowest[stage] = max(campaign.slowest.get(stage, 0.0), elapsed)
    if elapsed > BUDGET_S[stage]:
        campaign.hangs.append((index, stage, elapsed))
    return result


def check_case(case: Case) -> int:
    """Evaluate and format everything the app and the CLI would show; the number of findings."""
    from assistant.law.engine import evaluate
    from assistant.privacy import find_personal_data, personal_data_message

    report = evaluate(case, TODAY)
    hits = find_personal_data(case)
    for language in Language:
        for finding in report.findings:
            finding.message(language)
            finding.hint(language)
            finding.citation_text(language)
        for hit in hits:
            personal_data_message(hit, language)
    return len(report.findings)


def export_case_to(case: Case, folder: Path, index: int) -> None:
    """Document model, DOCX and PDF in one of the three languages; draft when problems are open."""
    from assistant.export import export_case
    from assistant.law.engine import evaluate

    language = list(Language)[index % 3]
    problems = [f.message(language) for f in evaluate(case, TODAY).blocking]
    export_case(
        case,
        language=language,
        docx=folder / "fuzz.docx",
        pdf=folder / "fuzz.pdf",
        final=index % 2 == 0,
        open_problems=problems,
    )


def one_input(campaign: Campaign, corpus: Corpus, index: int, folder: Path) -> None:
    """Generate input `index` and take it through the stages it reaches."""
    name, data, protected = input_for(campaign.seed, index, corpus)
    campaign.generators[name] += 1
    passphrase = PROTECT_PASSPHRASE if protected else None
    case = run_stage(campaign, index, "load", lambda: case_of(data, passphrase), (CaseFileError,))
    if case is None:
        return
    campaign.loaded += 1
    if run_stage(campaign, index, "check", lambda: check_case(case)) is None:
        return
    hostile = name == "hostile_text"
    campaign.hostile_loaded += hostile
    if (hostile and campaign.hostile_loaded % HOSTILE_EXPORT_EVERY == 0) or (
        campaign.loaded % EXPORT_EVERY == 0
    ):
        run_stage(campaign, index, "export", lambda: export_case_to(case, folder, index))


def example_files() -> list[bytes]:
    return [path.read_bytes() for path in sorted((ROOT / "examples").glob("*.kassatsiya"))]


def report(campaign: Campaign, total: int, elapsed: float) -> None:
    print(f"seed={campaign.seed} elapsed_s={elapsed:.1f}")
    print("generators: " + ", ".join(f"{k}={v}" for k, v in sorted(campaign.generators.items())))
    for stage in ("load", "check", "export"):
        slowest = campaign.slowest.get(stage, 0.0) * 1000
        print(f"stage {stage}: inputs={campaign.stages[stage]} slowest_ms={slowest:.0f}")
    for index, stage, message, _trace in campaign.crashes[:SHOWN_CRASHES]:
        print(f"CRASH #{index} in {stage}: {message}")
        print(f"    reproduce: python benchmarks/fuzz.py --seed {campaign.seed} --only {index}")
    for index, stage, seconds in campaign.hangs[:SHOWN_CRASHES]:
        print(f"HANG #{index} in {stage}: {seconds:.1f} s")
        print(f"    reproduce: python benchmarks/fuzz.py --seed {campaign.seed} --only {index}")
    print(f"RESULT inputs={total} crashes={len(campaign.crashes)} hangs={len(campaign.hangs)}")


def replay(seed: int, index: int, corpus: Corpus) -> None:
    """Run one input through every stage (export included) and print its full tracebacks."""
    name, data, protected = input_for(seed, index, corpus)
    print(f"input #{index}: generator={name} bytes={len(data)}: {data[:400]!r}")
    campaign = Campaign(seed=seed)
    passphrase = PROTECT_PASSPHRASE if protected else None
    case = run_stage(campaign, index, "load", lambda: case_of(data, passphrase), (CaseFileError,))
    checked = (
        None if case is None else run_stage(campaign, index, "check", lambda: check_case(case))
    )
    if case is not None and checked is not None:
        with tempfile.TemporaryDirectory(prefix="kassatsiya-fuzz-") as tmp:
            run_stage(campaign, index, "export", lambda: export_case_to(case, Path(tmp), index))
    for _index, stage, _message, trace in campaign.crashes:
        print(f"--- {stage} ---\n{trace}")
    report(campaign, 1, 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=DEFAULT_INPUTS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", type=int, default=None, help="replay one input by its number")
    args = parser.parse_args()
    corpus = load_corpus(example_files())
    if args.only is not None:
        replay(args.seed, args.only, corpus)
        return
    campaign = Campaign(seed=args.seed)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kassatsiya-fuzz-") as tmp:
        for index in range(args.inputs):
            one_input(campaign, corpus, index, Path(tmp))
            if index and index % 10_000 == 0:
                print(f"... {index} inputs, {time.perf_counter() - start:.0f} s", flush=True)
    report(campaign, args.inputs, time.perf_counter() - start)


if __name__ == "__main__":
    main()
