"""Build the samples of documents exported to text a paragraph per line (575_–576_).

Run: .venv/bin/python samples/make_xformat_samples.py [names…]
Each document is our own (invented municipalities, bodies, schools, people and wording) and
reproduces a layout feature of real documents exported the way legal and municipal sites
export them (a line per paragraph, no blank lines, table rows as "| cell | cell |"):
- 575 (txt): a district's act amending an earlier act: the region's name in capitals on the
  first line over the administration's name, the act's subject on one wide line and the
  preamble on the next, the signature in a layout table's row;
- 576 (txt): a kindergarten's report: its heading over four lines, the body's first sentence
  right under it, a sentence naming a report in another case further on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import build_named, text_builders

HERE = Path(__file__).parent

TXT_575 = """ВЕРХНЕЛУЖСКАЯ ОБЛАСТЬ
АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА
"ОЗЁРСКИЙ РАЙОН"
ПОСТАНОВЛЕНИЕ
Озёрск
14 марта 2025 г. №212
О внесении изменений в постановление администрации муниципального района «Озёрский район» от 3 октября 2022 года № 517
В соответствии с решением Муниципального совета Озёрского района от 18 декабря 2024 года №Р/44 о бюджете района администрация района постановляет:
1. Внести в муниципальную программу «Развитие образования Озёрского района» изменения, изложив её в новой редакции (прилагается).
2. Контроль за исполнением постановления возложить на заместителя главы администрации района по социальным вопросам.
| Глава администрации Озёрского района | Н.В. Грачёв |
"""  # noqa: E501 (document lines are as long as the document has them)

TXT_576 = """Муниципальное дошкольное образовательное учреждение «Детский сад № 4 «Ромашка» Озёрского района
Аналитическая справка
о работе по охране здоровья воспитанников
детского сада № 4 «Ромашка» Озёрского района
за 2024 год
В своей работе по охране здоровья воспитанников детский сад руководствуется действующими нормами и планом работы на учебный год, утверждённым заведующим.
За год проведены дни здоровья, спортивные праздники и осмотры детей врачами поликлиники; заболеваемость снизилась по сравнению с прошлым годом.
Справку о результатах осмотров направить в управление образования до 1 февраля 2025 года.
"""  # noqa: E501 (document lines are as long as the document has them)

TEXTS = {
    "575": ("575_ozyorsk_amendment_lines_2025.txt", TXT_575),
    "576": ("576_romashka_health_report_lines_2024.txt", TXT_576),
}

BUILDERS: dict[str, Callable[[], None]] = text_builders(HERE, TEXTS)


if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
