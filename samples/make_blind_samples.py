"""Build the blind generality samples (201…206) and their expected records.

Run: .venv/bin/python samples/make_blind_samples.py [--no-pdf]

Six invented documents of the genre, written without looking at the extractor, each unlike the
seeds in layout and wording (municipalities invented, regions differ):
  201 DOCX  school-year roadmap, "Раздел N." rows merged across the width, "октябрь, март",
            "1 раз в четверть", months without a year, comma-separated abbreviated parties;
  202 PDF   execution report: "Результат / отметка о выполнении" column with statuses and a
            plan/fact indicator table with a "% выполнения" column;
  203 DOCX  order whose activities are numbered paragraphs ending in "Срок: … Ответственный: …";
  204 TXT   tab-separated programme of a methodological centre: passport, activity table,
            yearly indicator table with wrapped rows and "–" for no value;
  205 DOCX  roadmap Направление | Мероприятие | Ответственный | Срок | Показатель результативности,
            direction merged vertically, two-row header, targets ("не менее 15 педагогов");
  206 PDF   landscape table over several pages with a repeated header, quarter deadlines
            ("II–III кв. 2025"), decimal commas and a base-year column.
The expected records (samples/expected/2NN_*.json) are written from the same data, every
deadline interval, party, target, status and value given by hand in the blind_*.py modules.
Output is deterministic (fixed zip times; PDF dates and ids blanked), so sha256 is stable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_docx_tables import build_201, build_205
from blind_pdf_tables import build_202, build_206
from blind_text_forms import build_203, build_204

HERE = Path(__file__).parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF samples (no soffice)")
    args = ap.parse_args(argv)
    build_201(HERE / "201_svetlobor_quality_roadmap_2025.docx")
    build_203(HERE / "203_novoklyuchinsk_order_programme_2025.docx")
    build_204(HERE / "204_zelenoborsk_imc_programme_2024.txt")
    build_205(HERE / "205_elanga_staff_roadmap_2025.docx")
    if not args.no_pdf:
        build_202(HERE / "202_ust_lebyazhye_report_2024.docx")
        build_206(HERE / "206_ust_velsky_math_roadmap_2025.docx")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
