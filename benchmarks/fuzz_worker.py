"""The child process of the fuzz campaign (benchmarks/fuzz.py): runs inputs START..END-1.

    python benchmarks/fuzz_worker.py CAMPAIGN SEED START END REPORT_FD SCRATCH MEMORY_MB

It first caps its own address space (RLIMIT_AS) at MEMORY_MB, then for each input writes
`BEGIN <n>` and, once done, `END <n> <json>` to the file descriptor REPORT_FD. The parent
kills it when an input overruns its wall-clock limit (a loop inside C code ignores SIGALRM, a
kill it cannot ignore) and starts a new one after that input. Campaigns:
  bytes   open, check and export (document model, DOCX or PDF) every case that loads;
  files   the `kassatsiya` commands of a file-level scenario (benchmarks/fuzz_files.py), run
          in-process with their output captured, against the contract of docs/cli.md;
  window  open a scenario's case in the real window (offscreen), check it, export it as PDF
          with its preview, then close it;
  probe   the harness's own proof: input 0 passes, 1 loops inside C, 2 allocates too much.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 26)
SUBPROCESS_EVERY = 100  # every 100th file scenario runs the commands as separate programs
Outcome = dict[str, Any]
LANGUAGES = ("kk", "ru", "en")


def _crash(stage: str, error: BaseException) -> Outcome:
    trace = "".join(traceback.format_exception(error))
    return {"crash": f"{stage}: {type(error).__name__}: {error}"[:300], "trace": trace}


class Context:
    """What a worker keeps between inputs: the corpus, its scratch folder, the window."""

    def __init__(self, seed: int, scratch: Path) -> None:
        from benchmarks.fuzz import example_files
        from benchmarks.fuzz_inputs import load_corpus

        self.seed = seed
        self.scratch = scratch
        self.corpus = load_corpus(example_files())
        self.window: Any = None
        self.events: list[BaseException] = []


# --- bytes ----------------------------------------------------------------------------------------


def check_case(case: Any) -> int:
    """Check through the front door and format everything the app and the CLI would show
    (assistant/session.py); the number of findings."""
    from assistant.case.enums import Language
    from assistant.privacy import personal_data_message
    from assistant.session import check

    checked = check(case, TODAY)
    for language in Language:
        for finding in checked.report.findings:
            finding.message(language)
            finding.hint(language)
            finding.citation_text(language)
        for hit in checked.personal_data:
            personal_data_message(hit, language)
        checked.status_line(language)
        checked.open_problems(language)
        checked.to_json(language)
    checked.routes()
    return len(checked.report.findings)


def export_case_to(case: Any, folder: Path, index: int) -> None:
    """Document model and DOCX or PDF (both every 10th input), in one of the three languages,
    a draft when problems are open unless `final`, through the front door as the CLI and the
    window export."""
    from assistant.case.enums import Language
    from assistant.session import check, export

    language = list(Language)[index % 3]
    both = index % 10 == 0
    export(
        check(case, TODAY),
        language=language,
        docx=folder / "fuzz.docx" if both or index % 2 else None,
        pdf=folder / "fuzz.pdf" if both or not index % 2 else None,
        final=index % 4 == 0,
    )


def run_bytes(ctx: Context, index: int) -> Outcome:
    """Open input `index`; check and export it when it loads."""
    from assistant.casefile import CaseFileError
    from benchmarks.fuzz_inputs import PROTECT_PASSPHRASE, case_of, input_for

    name, data, protected = input_for(ctx.seed, index, ctx.corpus)
    outcome: Outcome = {"generator": name, "bytes": len(data)}
    start = time.perf_counter()
    try:
        case = case_of(data, PROTECT_PASSPHRASE if protected else None)
    except CaseFileError:
        return outcome
    except Exception as error:
        return {**outcome, **_crash("load", error)}
    outcome["loaded"] = True
    timings = {"load": time.perf_counter() - start}
    for stage, action in (
        ("check", lambda: check_case(case)),
        ("export", lambda: export_case_to(case, ctx.scratch, index)),
    ):
        start = time.perf_counter()
        try:
            action()
        except Exception as error:
            return {**outcome, **_crash(stage, error)}
        timings[stage] = time.perf_counter() - start
    return {**outcome, "exported": True, "timings": timings}


# --- files ----------------------------------------------------------------------------------------


def run_cli_process(argv: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """`python -m assistant ARGV` as a separate program (the real entry point, stdin closed)."""
    import subprocess

    result = subprocess.run(
        [sys.executable, "-m", "assistant", *argv],
        cwd=ROOT, env={**os.environ, **env}, stdin=subprocess.DEVNULL, capture_output=True,
        text=True, check=False,
    )  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def run_cli(argv: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """`kassatsiya ARGV` in this process, as the console script runs it: (exit code, out, err).

    An exception that escapes is what the real command would print as a traceback: a crash.
    """
    from assistant.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as stop:  # argparse's own errors
                code = stop.code if isinstance(stop.code, int) else 2
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return code, out.getvalue(), err.getvalue()


def contract_problem(argv: list[str], code: int, out: str, err: str) -> str:
    """What a command's result breaks in docs/cli.md, or ""."""
    from benchmarks.fuzz_files import ALLOWED_EXITS

    if code not in ALLOWED_EXITS[argv[0]]:
        return f"{argv[0]} exited {code}"
    if "Traceback" in err or "Traceback" in out:
        return f"{argv[0]} printed a traceback"
    if code == 2 and not err.strip():
        return f"{argv[0]} failed without a message"
    if argv[0] == "export" and code == 1:
        return _refused_final_problem(argv, err)
    if argv[0] == "check" and code == 2 and out:
        return "check wrote to stdout on exit 2"
    if argv[0] == "check" and "--json" in argv and code in (0, 1):
        json.loads(out)
    return ""


def _refused_final_problem(argv: list[str], err: str) -> str:
    """Export's exit 1 means one thing only: `--final` (without `--force`) refused while the
    court would return the complaint, and stderr says why."""
    if "--final" not in argv or "--force" in argv:
        return "export exited 1 without a refused --final"
    if not err.strip():
        return "export refused --final without saying why"
    return ""


def _fresh(folder: Path) -> Path:
    if folder.exists() or folder.is_symlink():
        shutil.rmtree(folder)  # unlinks FIFOs and sockets, never opens them
    folder.mkdir(parents=True)
    return folder


def run_files(ctx: Context, index: int) -> Outcome:
    from benchmarks.fuzz_files import changes_allowed, digest, scenario_for

    folder = _fresh(ctx.scratch / "scenario")
    try:
        scenario = scenario_for(ctx.seed, index, ctx.corpus, folder)
    except Exception as error:  # the harness's own fault: shown, never hidden
        return _crash("making the scenario", error)
    outcome: Outcome = {"generator": scenario.kind, "attachments": scenario.attachment_kinds}
    rewritten = False
    runner = run_cli_process if index % SUBPROCESS_EVERY == 0 else run_cli
    for argv in scenario.commands:
        try:
            code, out, err = runner(argv, scenario.env)
            problem = contract_problem(argv, code, out, err)
        except Exception as error:
            return {**outcome, **_crash(" ".join(argv[:1]), error)}
        if problem:
            return {**outcome, "crash": problem, "trace": f"{argv}\n--- out\n{out}\n--- err\n{err}"}
        rewritten |= changes_allowed(argv) and code == 0
        outcome.setdefault("exits", []).append(code)
    for path, before in scenario.guarded.items():
        if digest(path) != before and not (rewritten and path == scenario.case):
            return {**outcome, "crash": f"{path.name} was changed", "trace": str(scenario.commands)}
    return outcome


# --- window ---------------------------------------------------------------------------------------


def _open_window(ctx: Context) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KASSATSIYA_PROFILE_DIR"] = str(_fresh(ctx.scratch / "profile"))
    from assistant.casefile import RecoveryStore
    from benchmarks.fuzz_files import PASSPHRASE
    from ui import file_controller, messages
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(["kassatsiya-fuzz"])
    said: list[str] = []
    file_controller.warn = lambda _w, _title, text, *_details: said.append(text)  # type: ignore[assignment]
    messages.warn = lambda _w, _title, text, *_details: said.append(text)  # type: ignore[assignment]
    file_controller.ask_passphrase = lambda *_a, **_k: PASSPHRASE  # type: ignore[assignment]
    file_controller.ask_save_changes = lambda *_a: "discard"  # type: ignore[assignment]
    sys.excepthook = lambda _type, error, _tb: ctx.events.append(error)
    window = MainWindow(
        Settings(), today=lambda: TODAY, recovery=RecoveryStore(ctx.scratch / "recovery")
    )
    window.exporter.show_results = False
    window.show()
    app.processEvents()
    return window


def _wait_for_export(window: Any) -> None:
    from ui.qt import QApplication

    done: list[object] = []
    window.exporter.finished.connect(done.append)
    window.exporter.failed.connect(done.append)
    try:
        while not done:
            QApplication.processEvents()
            time.sleep(0.01)
    finally:
        window.exporter.finished.disconnect(done.append)
        window.exporter.failed.disconnect(done.append)


def run_window(ctx: Context, index: int) -> Outcome:
    from assistant.case.enums import Language
    from assistant.case.model import new_case
    from benchmarks.fuzz_files import scenario_for

    if ctx.window is None:
        ctx.window = _open_window(ctx)
    window = ctx.window
    folder = _fresh(ctx.scratch / "scenario")
    try:
        scenario = scenario_for(ctx.seed, index, ctx.corpus, folder)
    except Exception as error:  # the harness's own fault: shown, never hidden
        return _crash("making the scenario", error)
    outcome: Outcome = {"generator": scenario.kind}
    ctx.events.clear()
    try:
        opened = window.files.open_path(scenario.case, confirmed=True)
        window.refresh()
        if opened:
            window.exporter.start(Language.RU, docx=None, pdf=folder / "w.pdf", final=False)
            _wait_for_export(window)
        outcome["opened"] = bool(opened)
        window.document.replace(new_case(Language.RU), None)
    except Exception as error:
        return {**outcome, **_crash("window", error)}
    if ctx.events:
        return {**outcome, **_crash("window slot", ctx.events[0])}
    return outcome


# --- probe ----------------------------------------------------------------------------------------


def run_probe(_ctx: Context, index: int) -> Outcome:
    """0 passes; 1 loops inside C (catastrophic backtracking in `re`); 2 asks for 64 GiB."""
    if index == 1:
        re.match(r"(a+)+$", "a" * 64 + "b")
    if index == 2:
        bytearray(64 * 1024**3)
    return {}


RUNNERS: dict[str, Callable[[Context, int], Outcome]] = {
    "bytes": run_bytes, "files": run_files, "window": run_window, "probe": run_probe,
}  # fmt: skip


def main() -> None:
    import resource

    campaign, seed, start, end, report_fd, scratch, memory_mb = sys.argv[1:8]
    limit = int(memory_mb) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    ctx = Context(int(seed), Path(scratch))
    run = RUNNERS[campaign]

    def say(line: str) -> None:
        os.write(int(report_fd), (line + "\n").encode("utf-8"))

    for index in range(int(start), int(end)):
        say(f"BEGIN {index}")
        began = time.perf_counter()
        try:
            outcome = run(ctx, index)
        except MemoryError as error:  # past the ceiling: the harness's finding, not a hang
            outcome = _crash("memory", error)
        outcome["seconds"] = time.perf_counter() - began
        say(f"END {index} {json.dumps(outcome, ensure_ascii=True)}")
    if ctx.window is not None:
        ctx.window.close()


if __name__ == "__main__":
    main()
