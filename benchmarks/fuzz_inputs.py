"""Input generators of the fuzz campaign (benchmarks/fuzz.py): hostile bytes for `loads_case`.

Texts go up to 1,000,000 characters (`long_text`), the most a prose field may hold.

Every generator takes its own `random.Random` and the corpus (the bundled example files), so
input number N of seed S is always the same bytes and can be replayed alone.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from assistant.case.model import Case
from assistant.case.text_fields import free_text_fields
from assistant.casefile import loads_case

Json = Any
HOSTILE_TEXTS = (
    "<",
    "&",
    "<b>&amp;</b>",
    "]]>",
    "\x00",
    "\x01\x0b\x0c\x1f\x7f",
    "\t\r\n",
    "\u2028\u2029",
    "😀👨‍👩‍👧‍👦",
    "\u202eשלום مرحبا\u202c",
    "\ufeff\u200b\u00ad",
    "\ufffe\uffff",
    "\ud800",
    "%(name)s %s %%",
    "{0} {}",
    "x" * 5000,
    "ӘҒҚҢӨҰҮҺІ №«»—₸\u202f",
)
VALID_ABSURD_DATES = ("0001-01-01", "9999-12-31", "2024-02-29", "1900-01-01", "2026-11-26")
ABSURD_DATES = (*VALID_ABSURD_DATES, *VALID_ABSURD_DATES, "0000-00-00", "2026-02-29", "2026-13-45")
HUGE_NUMBERS = ("9223372036854775808", "18446744073709551616", "-9223372036854775809",
                "1" + "0" * 400, "1e308", "-1e308", "1e-320", "-0.0", "2147483648", "-1")  # fmt: skip
ODD_VERSIONS: tuple[Json, ...] = (2, 3, 99, 2**31, 10**40, -1, 0, "1", 1.0, None, True, [1], {})
ODD_VALUES: tuple[Json, ...] = (None, True, False, 0, -1, 1.5, 10**30, "", "x", "2026-13-45",
                                [], [1], ["x", None], {}, {"a": 1})  # fmt: skip
INTERESTING_BYTES = b'"{}[]:,\\\x00\xff\xc3\xd0\x80 0-e.'
_DATE = re.compile(r"\"\d{4}-\d{2}-\d{2}\"")
_INT = re.compile(r"(?<=[:\[,])\s*-?\d+(?=\s*[,}\]])")
PROTECT_PASSPHRASE = "fuzz passphrase"


@dataclass(frozen=True)
class Corpus:
    """The example files, as bytes and as parsed JSON, plus a protected copy of one."""

    files: tuple[bytes, ...]
    documents: tuple[Json, ...]
    protected: bytes
    seen: dict[str, list[Json]]  # every scalar value seen under each key, e.g. enum values


def load_corpus(files: list[bytes]) -> Corpus:
    from assistant.casefile.crypto import MIN_KDF_N, protect_bytes

    documents = tuple(json.loads(data) for data in files)
    protected = protect_bytes(files[0], PROTECT_PASSPHRASE, kdf_n=MIN_KDF_N)
    seen: dict[str, list[Json]] = {}
    for document in documents:
        for pointer in pointers(document):
            value = get_at(document, pointer)
            if not isinstance(value, dict | list) and value not in seen.setdefault(
                _key_of(pointer), []
            ):
                seen[_key_of(pointer)].append(value)
    return Corpus(tuple(files), documents, protected, seen)


def _key_of(pointer: str) -> str:
    """The last non-index token: the field name a value belongs to."""
    return next((t for t in reversed(pointer.split("/")) if not t.isdigit()), "")


def pointers(node: Json, prefix: str = "") -> Iterator[str]:
    """Every JSON pointer inside `node` (not the root)."""
    children: list[tuple[str, Json]] = []
    if isinstance(node, dict):
        children = [(str(k), v) for k, v in node.items()]
    elif isinstance(node, list):
        children = [(str(i), v) for i, v in enumerate(node)]
    for key, child in children:
        pointer = f"{prefix}/{key.replace('~', '~0').replace('/', '~1')}"
        yield pointer
        yield from pointers(child, pointer)


def get_at(document: Json, pointer: str) -> Json:
    node = document
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def set_at(document: Json, pointer: str, value: Json) -> None:
    """Replace the value at `pointer` (which exists) in place."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    node = document
    for token in tokens[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    last = tokens[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _copy(rng: random.Random, corpus: Corpus) -> Json:
    return json.loads(json.dumps(rng.choice(corpus.documents)))


def random_bytes(rng: random.Random, _corpus: Corpus) -> bytes:
    body = rng.randbytes(rng.randrange(0, 4096))
    if rng.random() < 0.5:
        return b'{"format": "kassatsiya-case", "version": 1, "case": ' + body
    return body


def truncation(rng: random.Random, corpus: Corpus) -> bytes:
    data = rng.choice(corpus.files)
    return data[: rng.randrange(0, len(data))]


def byte_mutation(rng: random.Random, corpus: Corpus) -> bytes:
    data = bytearray(rng.choice(corpus.files))
    for _ in range(rng.randint(1, 16)):
        at = rng.randrange(len(data)) if data else 0
        operation = rng.randrange(5)
        if operation == 0 and data:
            data[at] ^= 1 << rng.randrange(8)
        elif operation == 1 and data:
            data[at] = rng.choice(INTERESTING_BYTES)
        elif operation == 2:
            data[at:at] = bytes([rng.choice(INTERESTING_BYTES)])
        elif operation == 3:
            del data[at : at + rng.randint(1, 8)]
        else:
            data[at:at] = data[at : at + rng.randint(1, 64)]
    return bytes(data)


def deep_nesting(rng: random.Random, corpus: Corpus) -> bytes:
    document = _copy(rng, corpus)
    depth = rng.choice((64, 500, 5_000, 100_000))
    nested = (
        "[" * depth + "]" * depth if rng.random() < 0.5 else '{"a":' * depth + "1" + "}" * depth
    )
    set_at(document, rng.choice(list(pointers(document))), "@@NESTED@@")
    return json.dumps(document, ensure_ascii=False).replace('"@@NESTED@@"', nested).encode()


def wrong_type(rng: random.Random, corpus: Corpus) -> bytes:
    document = _copy(rng, corpus)
    for _ in range(rng.randint(1, 3)):
        value = copy.deepcopy(rng.choice(ODD_VALUES))  # never share (or mutate) the constants
        set_at(document, rng.choice(list(pointers(document))), value)
    return json.dumps(document, ensure_ascii=False).encode()


def absurd_dates(rng: random.Random, corpus: Corpus) -> bytes:
    text = rng.choice(corpus.files).decode()
    return _DATE.sub(
        lambda m: f'"{rng.choice(ABSURD_DATES)}"' if rng.random() < 0.5 else m.group(0), text
    ).encode()


def huge_numbers(rng: random.Random, corpus: Corpus) -> bytes:
    document = _copy(rng, corpus)
    for _ in range(rng.randint(1, 3)):
        set_at(document, rng.choice(list(pointers(document))), "@@NUMBER@@")
    text = json.dumps(document, ensure_ascii=False)
    while '"@@NUMBER@@"' in text:
        text = text.replace('"@@NUMBER@@"', rng.choice(HUGE_NUMBERS), 1)
    return _INT.sub(
        lambda m: rng.choice(HUGE_NUMBERS) if rng.random() < 0.2 else m.group(0), text
    ).encode()


def _same_type_value(rng: random.Random, corpus: Corpus, pointer: str, value: Json) -> Json:
    """Another value of the same JSON type: a flipped flag, a boundary number, another enum."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return rng.choice((0, 1, -1, 999, 10**6, 2**31 - 1, 2**53))
    seen = corpus.seen.get(_key_of(pointer), [])
    if isinstance(value, str) and _DATE.fullmatch(f'"{value}"'):
        return rng.choice(VALID_ABSURD_DATES)
    if (value is None or isinstance(value, str)) and len(seen) > 1 and rng.random() < 0.6:
        return rng.choice(seen)
    if isinstance(value, str):
        return rng.choice(("", *HOSTILE_TEXTS))
    return value


def same_type(rng: random.Random, corpus: Corpus) -> bytes:
    """Values changed within their types, lists emptied or repeated: mostly cases that load."""
    document = _copy(rng, corpus)
    places = list(pointers(document))
    for _ in range(rng.randint(1, 8)):
        pointer = rng.choice(places)
        value = get_at(document, pointer)
        if isinstance(value, list):
            value = [] if rng.random() < 0.4 or not value else value * rng.randint(2, 30)
        elif not isinstance(value, dict):
            value = _same_type_value(rng, corpus, pointer, value)
        set_at(document, pointer, value)
        places = list(pointers(document))
    return json.dumps(document, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


def newer_version(rng: random.Random, corpus: Corpus) -> bytes:
    document = _copy(rng, corpus)
    document["version"] = copy.deepcopy(rng.choice(ODD_VERSIONS))
    if rng.random() < 0.3:
        document["format"] = rng.choice(("kassatsiya-case ", "KASSATSIYA-CASE", "", None))
    return json.dumps(document, ensure_ascii=False).encode()


def hostile_text(rng: random.Random, corpus: Corpus) -> bytes:
    """A loadable case whose prose and names are hostile strings (these also go to export)."""
    data = rng.choice(corpus.files)
    case = loads_case(data)
    document = json.loads(data)
    targets = [p for p, _text in free_text_fields(case)] + ["/filer/full_name", "/filer/address"]
    for pointer in rng.sample(targets, k=min(len(targets), rng.randint(1, 6))):
        parts = [rng.choice(HOSTILE_TEXTS) for _ in range(rng.randint(1, 4))]
        set_at(document, "/case" + pointer, "".join(parts))
    return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode(
        "utf-8", errors="surrogatepass"
    )


LONG_SIZES = (10_000, 100_000, 1_000_000)
LONG_PIECES = ("Суд не устранил противоречия. ", "ж", "x ", "a\n", "<&>", "ӘҒҚ\u202f₸ ")


def long_text(rng: random.Random, corpus: Corpus) -> bytes:
    """A case with one text up to 1,000,000 characters: a prose field (loads and exports) or
    a name (longer than a line may be: refused by the loader, by its field)."""
    data = rng.choice(corpus.files)
    case = loads_case(data)
    document = json.loads(data)
    targets = [p for p, _text in free_text_fields(case)] + ["/filer/full_name"]
    piece = rng.choice(LONG_PIECES)
    size = rng.choice(LONG_SIZES)
    set_at(document, "/case" + rng.choice(targets), (piece * (size // len(piece) + 1))[:size])
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def protected_mutation(rng: random.Random, corpus: Corpus) -> bytes:
    """A protected file with bytes changed in the header or the ciphertext."""
    data = bytearray(corpus.protected)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data)) if rng.random() < 0.5 else rng.randrange(min(300, len(data)))
        data[at] = rng.choice(INTERESTING_BYTES)
    return bytes(data)


Generator = Callable[[random.Random, Corpus], bytes]
GENERATORS: tuple[tuple[str, float, Generator], ...] = (
    ("random_bytes", 0.10, random_bytes),
    ("truncation", 0.10, truncation),
    ("byte_mutation", 0.18, byte_mutation),
    ("same_type", 0.20, same_type),
    ("deep_nesting", 0.02, deep_nesting),
    ("wrong_type", 0.10, wrong_type),
    ("absurd_dates", 0.10, absurd_dates),
    ("huge_numbers", 0.06, huge_numbers),
    ("newer_version", 0.03, newer_version),
    ("hostile_text", 0.0575, hostile_text),
    ("long_text", 0.002, long_text),
    ("protected_mutation", 0.0005, protected_mutation),
)


def input_for(seed: int, index: int, corpus: Corpus) -> tuple[str, bytes, bool]:
    """(generator name, bytes, whether a passphrase is given) of input `index` of `seed`."""
    rng = random.Random(seed * 1_000_003 + index)
    names = [g[0] for g in GENERATORS]
    weights = [g[1] for g in GENERATORS]
    name = rng.choices(names, weights)[0]
    make = next(g[2] for g in GENERATORS if g[0] == name)
    return name, make(rng, corpus), name == "protected_mutation"


def case_of(data: bytes, passphrase: str | None) -> Case:
    """`loads_case`, named here so the campaign and a replay call the same thing."""
    return loads_case(data, passphrase)
