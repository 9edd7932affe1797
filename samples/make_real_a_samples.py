"""Build the study-A samples (301…312) and their expected records.

Run: .venv/bin/python samples/make_real_a_samples.py [--no-pdf]

Twelve invented documents (municipalities, schools and people invented, wording our own) that
reproduce the layouts of real activity tables which the pipeline read worst in the study of
real public roadmaps and action plans (see docs/real-layouts.md): legal-site text exports with
one cell per line, inline pipe rows, ASCII frames with hyphenated cells, stage tables of the
mentoring template, quarter grids marked «х», year rows above section rows, result headers that
contain «мероприятиями», the deadline column last, school approval grifs and requisites
(«№ 141а», «№45/2», «« 28»______08____2024 г.»). Each module's docstring lists its features.
The expected records are written by hand in the modules (every interval, party and target), not
from the pipeline's output. Output is deterministic (fixed zip times; PDF dates and ids blanked).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real_a_docx import build_303, build_306, build_310
from real_a_pdf import build_304, build_305, build_309, build_312
from real_a_text import build_301, build_302, build_307, build_308, build_311

HERE = Path(__file__).parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF samples (no soffice)")
    args = ap.parse_args(argv)
    build_301(HERE / "301_verkhneolkhovsky_gia_roadmap_2025.txt")
    build_302(HERE / "302_kedrobor_talents_plan_2024.txt")
    build_303(HERE / "303_vetluzhansky_method_roadmap_2024.docx")
    build_306(HERE / "306_sosnyakovskaya_mentoring_stages_2025.docx")
    build_307(HERE / "307_talnikovsky_tochka_rosta_2025.txt")
    build_308(HERE / "308_novokamensk_inclusion_network_2024.txt")
    build_310(HERE / "310_berezovogorsk_school7_quality_2024.docx")
    build_311(HERE / "311_sukhorechinsk_order_school_year_2025.txt")
    if not args.no_pdf:
        build_304(HERE / "304_olkhobor_quarter_plan_2025.pdf")
        build_305(HERE / "305_zarechinsky_dou7_mentoring_2024.pdf")
        build_309(HERE / "309_zhuravlinskaya_fop_roadmap_2024.pdf")
        build_312(HERE / "312_shipovsky_tochka_rosta_2025.pdf")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
