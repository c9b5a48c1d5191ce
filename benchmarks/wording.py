"""Wording check: recall, false-alarm rate and speed, against a naive substring match.

Run: python benchmarks/wording.py
The labelled corpora are tests/data/wording/{ru,kk,en}.tsv. The naive comparison looks for
every lexicon lemma, variant and listed form as a lower-case substring of the sentence — what
a word-list filter without morphology does. Speed is measured after a warm-up pass on a
distinct ~100,000-word text (about 300 pages) built from the corpus with numbered sentences.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.case.enums import Language
from assistant.wording import find_improper_words
from assistant.wording.lexicon import load_lexicon

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "wording"
Detector = Callable[[str], bool]


def corpus(language: Language) -> list[tuple[str, str]]:
    with (DATA / f"{language.value}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [(label, sentence) for label, sentence in rows[1:]]


def naive(language: Language) -> Detector:
    lexicon = load_lexicon(language)
    words = sorted(
        {form for entry in lexicon.entries for form in (entry.lemma, *entry.forms) if form},
    )

    def detect(sentence: str) -> bool:
        lowered = sentence.lower().replace("ё", "е")
        return any(word.replace("ё", "е") in lowered for word in words)

    return detect


def ours(language: Language) -> Detector:
    return lambda sentence: bool(find_improper_words(sentence, language))


def scores(rows: list[tuple[str, str]], detect: Detector) -> tuple[float, float]:
    improper = [s for label, s in rows if label == "improper"]
    proper = [s for label, s in rows if label == "proper"]
    recall = sum(map(detect, improper)) / len(improper)
    false_alarm = sum(map(detect, proper)) / len(proper)
    return recall, false_alarm


def long_text(rows: list[tuple[str, str]], words: int) -> str:
    parts: list[str] = []
    count = 0
    number = 0
    while count < words:
        for _, sentence in rows:
            number += 1
            parts.append(f"{number}. {sentence}")
            count += len(sentence.split()) + 1
    return "\n".join(parts)


def ms_per_1000_words(text: str, run: Callable[[str], object]) -> float:
    words = len(text.split())
    start = time.perf_counter()
    run(text)
    return (time.perf_counter() - start) * 1000 / words * 1000


def main() -> None:
    results: dict[str, float] = {}
    for language in (Language.RU, Language.KK, Language.EN):
        rows = corpus(language)
        recall, false_alarm = scores(rows, ours(language))
        naive_recall, naive_false_alarm = scores(rows, naive(language))
        text = long_text(rows, 100_000)
        find_improper_words(text, language)  # warm-up: analysers loaded, caches filled
        ours_ms = ms_per_1000_words(text, lambda t, lang=language: find_improper_words(t, lang))
        naive_detect = naive(language)
        naive_ms = ms_per_1000_words(
            text, lambda t, detect=naive_detect: [detect(s) for s in t.split("\n")]
        )
        start = time.perf_counter()
        find_improper_words(text, language)
        whole = time.perf_counter() - start
        print(
            f"{language.value}: {len(rows)} sentences | ours recall {recall:.3f} "
            f"false alarms {false_alarm:.3f} | naive recall {naive_recall:.3f} "
            f"false alarms {naive_false_alarm:.3f} | ms/1000 words ours {ours_ms:.2f} "
            f"naive {naive_ms:.2f} | {len(text.split())} words in {whole:.2f} s"
        )
        results[f"{language.value}_recall"] = recall
        results[f"{language.value}_false_alarm"] = false_alarm
    print(
        f"RESULT ru_recall={results['ru_recall']:.3f} "
        f"ru_false_alarm={results['ru_false_alarm']:.3f} "
        f"kk_recall={results['kk_recall']:.3f} kk_false_alarm={results['kk_false_alarm']:.3f}"
    )


if __name__ == "__main__":
    main()
