"""Build the samples of task ownheading (754, 757, 758): a plan published as a site's news
item — the site's heading (a shortened name of the plan), a lead and a paragraph or two of news
prose, then the document itself with its own heading (centred in DOCX and PDF, a plain line in a
text export) over its table of events. The own heading is the title and names the issuer
(CONTRACT `title`: a site's heading is the title only when the page prints none of its own).

Run: .venv/bin/python samples/make_ownheading_samples.py [names…]
Each document is our own (invented municipality, bodies, people and wording):
- 754 (docx): a district education board's programme of events for a road-safety week;
- 757 (txt): a town education department's plan of events for the school year's opening, as a
  site exports it to text (a line per paragraph, a table row per line);
- 758 (pdf): a settlement administration's road map for a children's summer rest campaign.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import save_pdf
from docx_build import build_named, new_doc, para, save_deterministic, set_cell_lines, text_builders

HERE = Path(__file__).parent

_ROWS_754 = [
    ["Сроки", "Наименование мероприятия", "Ответственные"],
    ["02.09.2024", "Уроки безопасности на дорогах во всех общеобразовательных организациях района",
     "Руководители общеобразовательных организаций"],
    ["03.09.2024", "Учебная эвакуация обучающихся и работников школ",
     "Заместители директоров по безопасности"],
    ["04.09.2024", "Встречи обучающихся с инспекторами дорожной полиции",
     "Управление образования, ОГИБДД"],
    ["06.09.2024", "Родительские собрания о безопасном маршруте в школу",
     "Классные руководители"],
]


def _table(doc: object, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell_lines(table.cell(r, c), [text])


def build_754() -> None:
    doc = new_doc()
    para(doc, "Программа мероприятий Управления образования Кедрового района к Неделе безопасности",
         bold=True)
    para(doc, "В школах района пройдет Неделя безопасности")
    para(doc, "Со второго по шестое сентября во всех школах Кедрового района пройдут уроки "
              "безопасности, учебные эвакуации и встречи с инспекторами дорожной полиции. "
              "Родителей приглашают на собрания, где расскажут, как выбрать безопасный путь "
              "в школу и обратно.")
    para(doc, "Подробная программа недели опубликована ниже.")
    para(doc, "Программа мероприятий Управления образования администрации Кедрового "
              "муниципального района, посвященных Неделе безопасности", align="center")
    _table(doc, _ROWS_754)
    save_deterministic(doc, HERE / "754_kedrovy_safety_week_events_programme_2024.docx")


TXT_757 = """План мероприятий Отдела образования города Сосновки ко Дню знаний
Сосновка встречает новый учебный год
Первого сентября в школах города пройдут торжественные линейки, а в городском парке \
откроется выставка детского творчества и начнется концерт юных музыкантов.
Для первоклассников и их родителей подготовлены экскурсии по школам и встречи с учителями, \
которые расскажут о первых неделях учебы.
План мероприятий Отдела образования администрации города Сосновки, посвященных Дню знаний
| Сроки | Наименование мероприятия | Ответственные |
| 30.08.2024 | Августовское совещание педагогических работников города | Отдел образования |
| 01.09.2024 | Торжественные линейки в общеобразовательных организациях | Руководители \
общеобразовательных организаций |
| 01.09.2024 | Выставка детского творчества в городском парке | Дом детского творчества |
| 02.09.2024 | Экскурсии по школам для первоклассников и их родителей | Классные руководители |
"""

_ROWS_758 = [
    ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные"],
    ["1.", "Подготовка лагерей с дневным пребыванием детей при школах поселка",
     "до 20.05.2025", "Руководители школ"],
    ["2.", "Организация отдыха детей в загородном лагере «Лесная поляна»",
     "июнь - август 2025 года", "Отдел по социальным вопросам"],
    ["3.", "Трудоустройство подростков в летний период", "июнь - август 2025 года",
     "Центр занятости населения"],
]


def build_758() -> None:
    doc = new_doc()
    para(doc, "14.05.2025 10:30")  # the news item's date and time, over its heading
    para(doc, "Дорожная карта администрации поселка Лесной по летнему отдыху детей", bold=True)
    para(doc, "Летом в поселке Лесной отдохнут более трехсот детей")
    para(doc, "В администрации поселка обсудили подготовку к летней оздоровительной кампании. "
              "При школах откроются лагеря с дневным пребыванием, а подростки смогут поработать "
              "в летних трудовых бригадах и получить первую зарплату.")
    para(doc, "Дорожная карта Администрации поселка Лесной по организации летнего отдыха и "
              "оздоровления детей", align="center")
    _table(doc, _ROWS_758)
    save_pdf(doc, HERE / "758_lesnoy_summer_rest_roadmap_2025.pdf")


BUILDERS = {
    **text_builders(HERE, {"757": ("757_sosnovka_knowledge_day_events_plan_2024.txt", TXT_757)}),
    "754": build_754,
    "758": build_758,
}

if __name__ == "__main__":
    sys.exit(build_named(BUILDERS, sys.argv[1:]))
