"""Build the samples of the facts65 study's municipal acts approving education programmes
(886_).

Run: .venv/bin/python samples/make_facts65_samples.py
The documents are our own (invented district, people and wording) and reproduce layout features
of real district sites' pages: an act printed without its requisites, its subject set as three
paragraphs (the programme's quoted name and its years each a paragraph), a preamble closing on
a body named without its place ("… администрация района") and the operative verb as a paragraph
of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import new_doc, para, save_deterministic

HERE = Path(__file__).parent


def build_886(path: Path) -> None:
    doc = new_doc()
    para(doc, "Об утверждении муниципальной программы", bold=True)
    para(doc, "\"Развитие школьного спорта", bold=True)
    para(doc, "на 2025 – 2027 годы\"", bold=True)
    para(doc, "В соответствии с Бюджетным кодексом Российской Федерации, постановлением "
              "администрации района о порядке разработки муниципальных программ Ольшанского "
              "района, в целях вовлечения школьников Ольшанского района в занятия физической "
              "культурой администрация района")
    para(doc, "ПОСТАНОВЛЯЕТ:", bold=True)
    para(doc, "Утвердить прилагаемую муниципальную программу «Развитие школьного спорта на "
              "2025 – 2027 годы».")
    para(doc, "Отделу образования администрации района обеспечить исполнение программы.")
    para(doc, "Контроль за исполнением постановления возложить на заместителя главы "
              "администрации района.")
    save_deterministic(doc, path)


if __name__ == "__main__":
    build_886(HERE / "886_71c80eab81330d4a.docx")
