"""Build the samples of the eighteenth real-document study's acts (675_–677_).

Run: .venv/bin/python samples/make_facts22a_samples.py [names…]
Each document is our own (invented regions, municipalities and wording) and reproduces a layout
feature of real documents:
- 675 (txt): a district council's decision on a legal site: the council's capitals letterhead
  over its region's line, a capitals subject without "Об утверждении" ending in "ГГ.", the
  operative sentence spelling "Совет" with a capital;
- 676 (txt): a regional legislature's act approving a programme's final report: a letterhead
  naming only the body's type, the subject broken after "о реализации" over the programme's
  name, the body named in the operative sentence, its chairman's genitive position signing;
- 677 (txt): a governor's appendix printed alone: "Приложение N 2 / Губернатора … / от … N …"
  (no "к постановлению"), a table's label and the list's heading under it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_675 = (
    "Правовые акты района\n"
    "\n"
    "ОЗЕРИНСКИЙ РАЙОННЫЙ СОВЕТ ДЕПУТАТОВ\n"
    "\n"
    "ЛЕСНОГО КРАЯ\n"
    "\n"
    "РЕШЕНИЕ от 11 ноября 2010 г. N 58-рс\n"
    "\n"
    "О РАЙОННОЙ ЦЕЛЕВОЙ ПРОГРАММЕ \"ЗДОРОВОЕ ДЕТСТВО\" НА 2011 - 2013 ГГ.\n"
    "\n"
    "На основании статьи 18 Устава района Озеринский районный Совет депутатов решил:\n"
    "\n"
    "1. Утвердить районную целевую программу \"Здоровое детство\" на 2011 - 2013 гг.\n"
    "\n"
    "2. Решение вступает в силу со дня его опубликования.\n"
    "\n"
    "Глава района\n"
    "\n"
    "П.С. Рябинин\n"
)

TXT_676 = (
    "ЗАКОНОДАТЕЛЬНОЕ СОБРАНИЕ\n"
    "\n"
    "ПОСТАНОВЛЕНИЕ\n"
    "\n"
    "18 апреля 2012 года N 233\n"
    "\n"
    "Об утверждении итогового отчета о реализации\n"
    "\n"
    "Областной целевой программы \"Чистые реки на 2009-2011 годы\"\n"
    "\n"
    "Законодательное Собрание Степной области ПОСТАНОВЛЯЕТ:\n"
    "\n"
    "1. Утвердить итоговый отчет о реализации Областной целевой программы \"Чистые реки на "
    "2009-2011 годы\" (прилагается).\n"
    "\n"
    "2. Постановление вступает в силу со дня его принятия.\n"
    "\n"
    "Председатель Законодательного Собрания Степной области\n"
    "\n"
    "Г.Н. Ольхин\n"
)

TXT_677 = (
    "Приложение N 2\n"
    "\n"
    "Губернатора Степной области\n"
    "\n"
    "от 20 февраля 2015 г. N 41\n"
    "\n"
    "Таблица 3\n"
    "\n"
    "Перечень основных мероприятий государственной программы развития лесного хозяйства "
    "Степной области на 2015-2020 годы\n"
    "\n"
    "Лесное хозяйство области восстанавливает посадки после пожаров прошлых лет.\n"
)

TEXTS = {
    "675": ("675_ozerinsky_council_children_health_programme_2010.txt", TXT_675),
    "676": ("676_stepnaya_assembly_rivers_final_report_2012.txt", TXT_676),
    "677": ("677_stepnaya_governor_forestry_activities_2015.txt", TXT_677),
}

BUILDERS = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
