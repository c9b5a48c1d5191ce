"""Time the rule engine on a typical case and on a very large one.

    python benchmarks/check.py

Our figure: `evaluate()` on the bundled ready example (typical) and on a large case (long
arguments, 50 contested acts, 200 attachments). Comparison in the same run: decoding the same
case from its JSON bytes (what opening the file costs), to show the check is cheap beside it.
Ends with `RESULT typical_ms=<median> large_ms=<median>`. Targets: < 5 ms and < 50 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.case.model import Attachment, Case, ContestedAct, GroundArgument  # noqa: E402
from assistant.casefile import load_case  # noqa: E402
from assistant.law.engine import evaluate  # noqa: E402

TODAY = dt.date(2026, 11, 26)
RUNS = 60


def large_case(base: Case) -> Case:
    """The ready example grown to 50 acts, 200 attachments and ~300 pages of arguments."""
    case = msgspec.convert(msgspec.to_builtins(base), Case)
    paragraph = " ".join(["Суд не дал оценки доводам защиты о недопустимости доказательств."] * 40)
    case.acts = [
        msgspec.structs.replace(case.acts[i % len(case.acts)], case_number=f"7511-26-00-1/{i}")
        for i in range(50)
    ]
    case.attachments = [Attachment(title=f"документ № {i}", pages=3) for i in range(200)]
    case.grounds = [
        GroundArgument(item=g.item, violation=paragraph * 5, norms=g.norms, effect=paragraph)
        for g in case.grounds
        for _ in range(15)
    ]
    return case


def median_ms(func: Callable[[], object]) -> float:
    func()  # warm-up: rule loading, calendars and analysers are cached after the first call
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    typical = load_case(ROOT / "examples" / "ready-ru.kassatsiya")
    large = large_case(typical)
    assert isinstance(large.acts[0], ContestedAct)
    figures = {}
    for name, case in (("typical", typical), ("large", large)):
        raw = msgspec.json.encode(case)
        check_ms = median_ms(lambda case=case: evaluate(case, TODAY))
        decode_ms = median_ms(lambda raw=raw: msgspec.json.decode(raw, type=Case))
        figures[name] = check_ms
        print(
            f"{name:8} check {check_ms:8.3f} ms   decode of the same case {decode_ms:8.3f} ms   ({len(raw) / 1024:.0f} KiB)"
        )
    print(f"RESULT typical_ms={figures['typical']:.3f} large_ms={figures['large']:.3f}")


if __name__ == "__main__":
    main()
