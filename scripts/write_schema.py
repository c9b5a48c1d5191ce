"""Write docs/case-file.schema.json from the case model (run after changing the model).

python scripts/write_schema.py
"""

from __future__ import annotations

from pathlib import Path

from assistant.casefile.schema import case_file_schema_text

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "case-file.schema.json"


def main() -> None:
    """Regenerate the committed schema file."""
    SCHEMA_FILE.write_text(case_file_schema_text(), encoding="utf-8", newline="\n")
    print(f"wrote {SCHEMA_FILE}")


if __name__ == "__main__":
    main()
