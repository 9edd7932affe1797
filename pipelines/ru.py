"""Russian shared by the commands: numerals of counted messages ("1 файл", "3 файла", "5 файлов")
and the help of options several commands have."""

from __future__ import annotations

NO_OCR_HELP = "не распознавать сканированные страницы PDF (без текстового слоя) Tesseract'ом"
DB_HELP = "файл DuckDB (по умолчанию roadmaps.duckdb)"
THEMES_HELP = "YAML-файл своих тем показателей и правил"


def plural_form(n: int) -> int:
    """Russian plural: 0 for 1, 21, 31 …; 1 for 2–4, 22–24 …; 2 for the rest (0, 5–20 …)."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def counted(n: int, one: str, few: str, many: str) -> str:
    """`n` with the noun in the form the number asks for: counted(5, "файл", "файла",
    "файлов") → "5 файлов"."""
    return f"{n} {(one, few, many)[plural_form(n)]}"
