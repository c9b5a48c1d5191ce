"""A bounded, deterministic fuzz campaign over files, the command line and the window.

Run from the repository root:
    python benchmarks/fuzz.py [--bytes N] [--files N] [--window N] [--seed S]
    python benchmarks/fuzz.py --only CAMPAIGN:N      # replay one input here, with tracebacks

Three campaigns, each input generated from the seed and its number alone:
  bytes   100,000 hostile byte strings (benchmarks/fuzz_inputs.py: random bytes, truncations,
          mutations of the examples, deep nesting, wrong types, absurd dates and numbers,
          hostile text up to 1,000,000 characters, mutated protected files): `loads_case` must
          give a Case or a CaseFileError; every case that loads is checked (every message
          formatted in kk, ru and en) and exported (document model, DOCX or PDF, both for every
          tenth);
  files   2,000 scenarios of real files on disk (benchmarks/fuzz_files.py: FIFOs, sockets,
          folders, symbolic links, empty and huge files, odd attachments, hostile outputs) run
          through `kassatsiya check` and `export` (with `--package`), sometimes `protect`,
          `unprotect` or `new`, against the contract of docs/cli.md: the allowed exit codes, no
          traceback, a message on failure, and no case file changed by a command that may not;
          every 100th scenario runs the commands as separate programs;
  window  200 of those scenarios opened in the real window (offscreen), checked and exported
          as PDF with the preview.
Each campaign runs in a child process (benchmarks/fuzz_worker.py) whose address space is capped
(RLIMIT_AS) and which the parent kills when one input overruns its wall-clock limit: a loop
inside C code ignores SIGALRM, but not a kill. A killed or dead child is replaced, starting
after the input it was on. An input over its limit is a hang; an unexpected exception, a
broken contract, a child that died or ran out of memory is a crash. The last line:
    RESULT inputs=<n> crashes=<n> hangs=<n> max_rss_mb=<largest child's peak>
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_SEED = 20261126
WORKER = Path(__file__).resolve().parent / "fuzz_worker.py"
START_LIMIT_S = 120.0  # a child's imports (Qt's for the window) before its first input


@dataclass(frozen=True)
class Limits:
    """What one campaign may spend per input."""

    seconds: float
    memory_mb: int


LIMITS = {
    "bytes": Limits(seconds=60.0, memory_mb=2048),
    "files": Limits(seconds=120.0, memory_mb=2048),
    "window": Limits(seconds=120.0, memory_mb=4096),
    "probe": Limits(seconds=3.0, memory_mb=1024),
}
SHOWN = 5


@dataclass
class Campaign:
    """What one campaign ran and what went wrong."""

    name: str
    seed: int
    inputs: int = 0
    generators: Counter[str] = field(default_factory=Counter)
    loaded: int = 0
    exported: int = 0
    opened: int = 0
    crashes: list[tuple[int, str, str]] = field(default_factory=list)
    hangs: list[tuple[int, float]] = field(default_factory=list)
    slowest: tuple[float, int] = (0.0, -1)
    restarts: int = 0

    def record(self, index: int, outcome: dict[str, object]) -> None:
        self.inputs += 1
        self.generators[str(outcome.get("generator", "-"))] += 1
        self.loaded += bool(outcome.get("loaded"))
        self.exported += bool(outcome.get("exported"))
        self.opened += bool(outcome.get("opened"))
        seconds = float(outcome.get("seconds", 0.0))  # type: ignore[arg-type]
        self.slowest = max(self.slowest, (seconds, index))
        if "crash" in outcome:
            self.crashes.append((index, str(outcome["crash"]), str(outcome.get("trace", ""))))


def example_files() -> list[bytes]:
    return [path.read_bytes() for path in sorted((ROOT / "examples").glob("*.kassatsiya"))]


class _Worker:
    """One child process and the lines it reports."""

    def __init__(self, name: str, seed: int, start: int, end: int, scratch: Path) -> None:
        read_fd, write_fd = os.pipe()
        command = [sys.executable, str(WORKER), name, str(seed), str(start), str(end),
                   str(write_fd), str(scratch), str(LIMITS[name].memory_mb)]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=ROOT, pass_fds=(write_fd,), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        os.close(write_fd)
        self.fd = read_fd
        self.buffer = b""

    def line(self, timeout: float) -> str | None:
        """The next line, "" at the end of the child's output, None when `timeout` passed."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                return None
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return ""
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8")

    def stop(self) -> int:
        """Kill the child and everything it started; its exit status."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        os.close(self.fd)
        return self.process.wait()


def run_campaign(name: str, seed: int, count: int, scratch: Path) -> Campaign:
    """Inputs 0..count-1 of campaign `name`, in as many children as it takes."""
    campaign = Campaign(name, seed)
    limits = LIMITS[name]
    next_index = 0
    while next_index < count:
        folder = scratch / f"{name}-{next_index}"
        folder.mkdir(parents=True)
        worker = _Worker(name, seed, next_index, count, folder)
        current: int | None = None
        while True:
            line = worker.line(limits.seconds if current is not None else START_LIMIT_S)
            if line is None and current is None:
                raise RuntimeError(f"the {name} worker did not start; try --only {name}:0")
            if line is None and current is not None:  # over its wall-clock limit
                campaign.inputs += 1
                campaign.hangs.append((current, limits.seconds))
                worker.stop()
                next_index = current + 1
                break
            if line == "":
                status = worker.stop()
                if current is not None:  # the child died on this input
                    campaign.record(current, {"crash": f"the child died (status {status})"})
                    next_index = current + 1
                else:
                    next_index = count
                break
            assert line is not None
            kind, number, *rest = line.split(" ", 2)
            if kind == "BEGIN":
                current = int(number)
            else:
                campaign.record(int(number), json.loads(rest[0]))
                current, next_index = None, int(number) + 1
        campaign.restarts += next_index < count
    return campaign


def report(campaign: Campaign) -> None:
    counts = ", ".join(f"{k}={v}" for k, v in sorted(campaign.generators.items()))
    print(f"{campaign.name}: inputs={campaign.inputs} loaded={campaign.loaded} "
          f"exported={campaign.exported} opened={campaign.opened} "
          f"crashes={len(campaign.crashes)} hangs={len(campaign.hangs)} "
          f"slowest_s={campaign.slowest[0]:.1f} (#{campaign.slowest[1]}) "
          f"restarts={campaign.restarts}")  # fmt: skip
    print(f"    generators: {counts}")
    for index, message, _trace in campaign.crashes[:SHOWN]:
        print(f"CRASH {campaign.name}:{index}: {message}")
        print(f"    replay: python benchmarks/fuzz.py --seed {campaign.seed} "
              f"--only {campaign.name}:{index}")  # fmt: skip
    for index, seconds in campaign.hangs[:SHOWN]:
        print(f"HANG {campaign.name}:{index}: over {seconds:.0f} s")
        print(f"    replay: python benchmarks/fuzz.py --seed {campaign.seed} "
              f"--only {campaign.name}:{index}")  # fmt: skip


def max_child_rss_mb() -> float:
    """The largest peak memory of any child process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def replay(seed: int, only: str) -> None:
    """Run one input in this process and print its outcome with the full traceback."""
    from benchmarks import fuzz_worker

    name, number = only.split(":")
    with tempfile.TemporaryDirectory(prefix="kassatsiya-fuzz-") as tmp:
        ctx = fuzz_worker.Context(seed, Path(tmp))
        outcome = fuzz_worker.RUNNERS[name](ctx, int(number))
    print(outcome.pop("trace", ""))
    print(json.dumps(outcome, ensure_ascii=False, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=2_000)
    parser.add_argument("--window", type=int, default=200)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", help="replay one input, e.g. bytes:123 or files:7")
    args = parser.parse_args()
    if args.only:
        replay(args.seed, args.only)
        return
    started = time.perf_counter()
    campaigns = []
    with tempfile.TemporaryDirectory(prefix="kassatsiya-fuzz-") as tmp:
        for name, count in (("bytes", args.bytes), ("files", args.files), ("window", args.window)):
            if count:
                campaigns.append(run_campaign(name, args.seed, count, Path(tmp)))
                report(campaigns[-1])
    print(f"seed={args.seed} elapsed_s={time.perf_counter() - started:.0f}")
    total = sum(c.inputs for c in campaigns)
    crashes = sum(len(c.crashes) for c in campaigns)
    hangs = sum(len(c.hangs) for c in campaigns)
    print(f"RESULT inputs={total} crashes={crashes} hangs={hangs} "
          f"max_rss_mb={max_child_rss_mb():.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
