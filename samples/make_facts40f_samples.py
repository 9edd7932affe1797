"""Build the samples of the dev34 study's legal-site exports (882_).

Run: .venv/bin/python samples/make_facts40f_samples.py
The document is our own (invented district, people and wording) and reproduces layout
features of real exports: a site's card and its offer of a lawyer's advice with phones listed
by region over the act, the letterhead in capitals ending on the region, the act's subject set
as two bold paragraphs (the second in lower case), a plan's table after the act.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import new_doc, para, save_deterministic

HERE = Path(__file__).parent


def build_882(path: Path) -> None:
    doc = new_doc()
    para(doc, "Основная информация", bold=True)
    para(doc, "Дата опубликования: 3 марта 2021г.\nТип документа: Постановления")
    para(doc, "Бесплатная консультация", bold=True)
    para(doc, "Юристы сайта ответят на ваш вопрос бесплатно.\n"
              "Москва и Московская область: 8 (495) 100-00-01\n"
              "Санкт-Петербург и Ленинградская область: 8 (812) 100-00-02")
    for line in ("АДМИНИСТРАЦИЯ", "КЕДРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "ТОМСКОЙ ОБЛАСТИ",
                 "П О С Т А Н О В Л Е Н И Е"):
        para(doc, line, bold=True, align="center")
    para(doc, "«02» марта 2021 года № 118")
    para(doc, "Об утверждении плана мероприятий «дорожная карта»", bold=True)
    para(doc, "по повышению качества подготовки выпускников к государственной итоговой "
              "аттестации по образовательным программам основного общего и среднего общего "
              "образования в общеобразовательных организациях района в 2021 году", bold=True)
    para(doc, "В целях повышения качества образования администрация Кедровского "
              "муниципального района постановляет:")
    para(doc, "1. Утвердить прилагаемый план мероприятий.")
    para(doc, "2. Контроль за исполнением постановления оставляю за собой.")
    para(doc, "Глава района\tИ.П. Соснин")
    save_deterministic(doc, path)


if __name__ == "__main__":
    build_882(HERE / "882_kedrovsky_site_export_roadmap_act_2021.docx")
