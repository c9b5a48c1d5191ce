"""File-level inputs of the fuzz campaign (benchmarks/fuzz.py): hostile files on a real disk.

Scenario N of seed S is a folder of files and the `kassatsiya` commands to run on them: the
named case is a good example, a mutated one (benchmarks/fuzz_inputs.py), a protected one with
a right, wrong or missing passphrase, an empty or huge (sparse) file, a FIFO, a folder, a
socket, a symbolic link to /dev/zero, to nothing or to itself, a name too long for the OS;
its attachments point to real odd files (a PDF with no pages, truncated, encrypted, 25 MB of
zeros, a FIFO or a folder named `.pdf`, …); its prose may be up to 1,000,000 characters; the
outputs may be the case itself, another case, a folder, a FIFO or one path twice. The same
(seed, N) always makes the same scenario.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.fuzz_inputs import Corpus, input_for

PASSPHRASE = "fuzz files passphrase"
TODAY = "2026-11-26"
LONG_SENTENCE = "Суд не устранил противоречия между показаниями свидетелей. "
# exit codes docs/cli.md allows for each command
# export: 1 only for `--final` refused while the court would return the complaint (docs/cli.md)
ALLOWED_EXITS = {"check": {0, 1, 2}, "export": {0, 1, 2}, "protect": {0, 2}, "unprotect": {0, 2},
                 "new": {0, 2}}  # fmt: skip


@dataclass
class Scenario:
    """Files made on disk and the commands to run on them; `guarded` files must not change."""

    kind: str
    case: Path
    commands: list[list[str]] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    guarded: dict[Path, str] = field(default_factory=dict)  # path -> sha256 before the commands
    attachment_kinds: list[str] = field(default_factory=list)


def digest(path: Path) -> str:
    """SHA-256 of an ordinary file's bytes; a marker for anything else (never opened)."""
    if not path.is_file() or path.is_symlink():
        return "not-a-file"
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- odd attachments ----------------------------------------------------------------------------


def _pdf(pages: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(pages):
        canvas.drawString(72, 720, f"Attachment page {number + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _zero_page_pdf() -> bytes:
    from pypdf import PdfWriter

    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf(2))))
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _sparse(path: Path, size: int) -> None:
    """A file of `size` zero bytes that takes no room on disk."""
    with path.open("wb") as file:
        file.truncate(size)


def _make_attachment(kind: str, path: Path, rng: random.Random) -> Path:
    """Make an odd file of `kind` at `path` (suffix .pdf unless the kind says otherwise)."""
    makers: dict[str, Callable[[], object]] = {
        "pdf": lambda: path.write_bytes(_pdf(rng.randint(1, 4))),
        "zero_pages": lambda: path.write_bytes(_zero_page_pdf()),
        "truncated": lambda: path.write_bytes(_pdf(3)[: rng.randrange(10, 900)]),
        "encrypted": lambda: path.write_bytes(_encrypted_pdf()),
        "text_as_pdf": lambda: path.write_text("not a PDF at all", encoding="utf-8"),
        "empty": lambda: path.write_bytes(b""),
        "sparse_25mb": lambda: _sparse(path, 25 * 1024 * 1024),
        "fifo": lambda: os.mkfifo(path),
        "folder": path.mkdir,
        "dev_zero": lambda: path.symlink_to("/dev/zero"),
        "loop": lambda: path.symlink_to(path.name),
        "missing": lambda: None,
    }
    makers[kind]()
    return path


ATTACHMENT_KINDS = ("pdf", "zero_pages", "truncated", "encrypted", "text_as_pdf", "empty",
                    "sparse_25mb", "fifo", "folder", "dev_zero", "loop", "missing")  # fmt: skip


# --- the named case ------------------------------------------------------------------------------


def _long_text(rng: random.Random) -> str:
    size = rng.choice((10_000, 100_000, 1_000_000))
    shape = rng.choice(("sentences", "one_word", "lines"))
    if shape == "one_word":
        return "ж" * size
    unit = LONG_SENTENCE + ("\n" if shape == "lines" else "")
    return (unit * (size // len(unit) + 1))[:size]


def _good_document(rng: random.Random, corpus: Corpus, folder: Path, scenario: Scenario) -> Any:
    document = json.loads(json.dumps(rng.choice(corpus.documents)))
    case = document["case"]
    for attachment in case.get("attachments", []):
        kind = rng.choice(ATTACHMENT_KINDS)
        scenario.attachment_kinds.append(kind)
        name = f"att-{len(scenario.attachment_kinds)}.pdf"
        attachment["file"] = str(_make_attachment(kind, folder / name, rng))
    if rng.random() < 0.15:
        field = rng.choice(("proceedings_summary", "request"))
        if field == "request":
            case["request"]["text"] = _long_text(rng)
        else:
            case["proceedings_summary"] = _long_text(rng)
        scenario.kind += "+long_text"
    return document


def _protected(rng: random.Random, corpus: Corpus, scenario: Scenario) -> None:
    """The good document, encrypted as it is (its long text may be past a bound: the loader
    must then refuse it after decrypting it)."""
    from assistant.casefile.crypto import MIN_KDF_N, protect_bytes

    document = _good_document(rng, corpus, scenario.case.parent, scenario)
    plain = json.dumps(document, ensure_ascii=False).encode("utf-8")
    scenario.case.write_bytes(protect_bytes(plain, PASSPHRASE, kdf_n=MIN_KDF_N))
    scenario.env["KASSATSIYA_PASSPHRASE"] = rng.choice((PASSPHRASE, PASSPHRASE, "wrong"))


def _unix_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    with contextlib.closing(server):
        server.bind(str(path))


def _make_case(kind: str, rng: random.Random, corpus: Corpus, scenario: Scenario) -> None:
    """Make the named case of `kind` (nothing for a name too long for the OS)."""
    path = scenario.case
    makers: dict[str, Callable[[], object]] = {
        "good": lambda: path.write_text(
            json.dumps(_good_document(rng, corpus, path.parent, scenario), ensure_ascii=False),
            "utf-8",
        ),
        "protected": lambda: _protected(rng, corpus, scenario),
        "mutated": lambda: path.write_bytes(
            input_for(rng.randrange(2**31), rng.randrange(10**6), corpus)[1]
        ),
        "empty": lambda: path.write_bytes(b""),
        "huge": lambda: _sparse(path, 101 * 1024 * 1024),  # over the limit, nothing on disk
        "fifo": lambda: os.mkfifo(path),
        "folder": path.mkdir,
        "socket": lambda: _unix_socket(path),
        "dev_zero": lambda: path.symlink_to("/dev/zero"),
        "loop": lambda: path.symlink_to(path.name),
        "dangling": lambda: path.symlink_to("nowhere.kassatsiya"),
        "too_long_name": lambda: None,
    }
    makers[kind]()


CASE_KINDS: tuple[tuple[str, float], ...] = (
    ("good", 0.42), ("protected", 0.10), ("mutated", 0.20), ("empty", 0.03), ("huge", 0.03),
    ("fifo", 0.04), ("folder", 0.03), ("socket", 0.03), ("dev_zero", 0.03), ("loop", 0.03),
    ("dangling", 0.03), ("too_long_name", 0.03),
)  # fmt: skip


# --- the commands --------------------------------------------------------------------------------


def _outputs(rng: random.Random, scenario: Scenario, folder: Path) -> list[str]:
    """Output options of an export: mostly ordinary files, sometimes hostile targets."""
    pdf, docx, package = folder / "out.pdf", folder / "out.docx", folder / "package.pdf"
    odd = rng.random()
    if odd < 0.06:
        pdf = scenario.case  # the case itself: must be refused
    elif odd < 0.10:
        docx = pdf  # one path twice
    elif odd < 0.14:
        pdf = folder / "missing-folder" / "out.pdf"
    elif odd < 0.18:
        pdf.mkdir()  # a folder where the file should go
    elif odd < 0.22:
        os.mkfifo(pdf)  # a FIFO where the file should go: replaced, never opened
    elif odd < 0.26:
        other = folder / "other.kassatsiya"
        other.write_text(json.dumps({"format": "kassatsiya-case", "version": 1, "case": {}}))
        pdf = other  # another case: must be refused
    options = ["--pdf", str(pdf)]
    if rng.random() < 0.6:
        options += ["--docx", str(docx)]
    if rng.random() < 0.5:
        options += ["--package", str(package)]
    if rng.random() < 0.3:
        options.append("--final")
    return options


def _commands(rng: random.Random, scenario: Scenario, folder: Path) -> list[list[str]]:
    case = str(scenario.case)
    lang = ["--lang", rng.choice(("kk", "ru", "en"))]
    chosen: list[list[str]] = [["check", case, "--today", TODAY, *lang]]
    if rng.random() < 0.3:
        chosen[0].append("--json")
    chosen.append(["export", case, "--today", TODAY, *lang, *_outputs(rng, scenario, folder)])
    extra = rng.random()
    if extra < 0.06:
        scenario.env.setdefault("KASSATSIYA_PASSPHRASE", PASSPHRASE)
        chosen.append(["protect", case, "--yes", *lang])
    elif extra < 0.10:
        chosen.append(["unprotect", case, *lang])
    elif extra < 0.13:
        chosen.append(["new", case, *lang])
    return chosen


def scenario_for(seed: int, index: int, corpus: Corpus, folder: Path) -> Scenario:
    """Make scenario `index` of `seed` in the empty folder `folder` and return it."""
    rng = random.Random(seed * 7_000_003 + index)
    kind = rng.choices([k for k, _ in CASE_KINDS], [w for _, w in CASE_KINDS])[0]
    name = ("д" * 300 if kind == "too_long_name" else "case") + ".kassatsiya"
    scenario = Scenario(kind=kind, case=folder / name)
    _make_case(kind, rng, corpus, scenario)
    scenario.commands = _commands(rng, scenario, folder)
    for path in folder.iterdir():
        if path.name.endswith(".kassatsiya") and path.is_file() and not path.is_symlink():
            scenario.guarded[path] = digest(path)
    return scenario


def changes_allowed(command: list[str]) -> bool:
    """Commands that may rewrite the named case: protect, unprotect (new never overwrites)."""
    return command[0] in ("protect", "unprotect")
