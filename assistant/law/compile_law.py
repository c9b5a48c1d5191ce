"""`python -m assistant.law.compile_law [FOLDER]`: check the whole law and write its caches.

A build runs it to put the compiled rules and the JSON copies of the law files read at start
into the bundle (see `law_cache.py`); without FOLDER it fills the user's law cache. Nothing is
written when any rule fails a check.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.law.compiled_rules import COMPILED_NAME, copied_toml_files, write_compiled
from assistant.law.grounds_help import load_grounds_help
from assistant.law.law_cache import cache_folder
from assistant.law.loader import RULES_DIR, build_rulebook, parse_rule_files
from assistant.law.toml_copy import write_copy


def compile_law(folder: Path) -> list[Path]:
    """Check every rule file and write the caches into `folder`; the files written."""
    parsed = parse_rule_files(RULES_DIR)
    build_rulebook(parsed)  # a rule that fails a check is never compiled
    load_grounds_help()  # and the grounds help passes its checks
    target = folder / COMPILED_NAME
    write_compiled(parsed, RULES_DIR, target)
    return [target, *(write_copy(path, folder) for path in copied_toml_files())]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else cache_folder()
    for path in compile_law(folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
