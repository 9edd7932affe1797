"""Build the samples of task facts67 (952–957): institutions' own documents as their sites'
file cards give them. 952 is a PDF printed from a Word file; the others are plain text.

Run: .venv/bin/python samples/make_facts67_samples.py [names…]
Each document is our own (invented settlements, kindergartens, schools, people and wording):
- 952 (pdf): a kindergarten's annual plan under two grifs side by side in a borderless table —
  the council's "Принят:" and the head's "Утверждаю:", whose column breaks the institution's
  short name, its hamlet and the approving order over lines ("Приказ от" / "02.09.2026г. № 41")
  —, an electronic signature's stamp printed as two columns under them, a capitals heading with
  the hamlet and the school year, the hamlet and year under it; page 2 the year's goal.
- 953 (txt): a centre's self-examination report as its site's card gives it: the card's label,
  headings run into the introduction whose sentence states the goals ("Целями
  самообследования являются …"), a "Цель:" line closed by its full stop and followed in its
  paragraph by a sentence opening with "В соответствии с …" whose verb stands far on, and a
  next year's goal the page's excerpt cuts before its full stop.
- 954 (txt): a centre's self-examination report naming its institution only in a dash item of
  the self-examination's stages, by a short name of capitals alone ("… работ по
  самообследованию МБУ ДО ЦТТ;").
- 955 (txt): a school's programme of upbringing opening with its contents list, then the
  explanatory note whose sentence defines the programme before its owner's name, the name's
  straight closing quote typed after a space ('Рабочая программа воспитания (далее –
  Программа) МБОУ "Кедровская ООШ " (далее – школа) составлена …').
- 956 (txt): a school's self-examination report whose page is one line: its contents table
  flattened column by column, then the first section naming the school in full with its
  district and its republic by an adjective with a spaced hyphen ("… Верхне - Луговской
  Республики") right before the school's short name in capitals; cut mid-word.
- 957 (txt): a centre's development programme as a school site engine's programme card: the
  card's title with its years and the year word's dot left off ("… 2026-2030 гг"), the
  field's caption, the uploader's description naming the centre (its straight closing quote
  after a space), then the contents with ellipsis leaders; cut at a leader.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_BREAK

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import save_pdf
from docx_build import (
    build_named,
    centred_lines,
    grif_row,
    new_doc,
    para,
    text_builders,
)

HERE = Path(__file__).parent

TXT_953 = """Отчёт о результатах самообследования за 2026 год

Аналитическая часть
Введение
Целями самообследования являются обеспечение открытости сведений о работе
центра, а также подготовка отчёта о его результатах (далее – Отчёт).
В ходе самообследования оценивается образовательная деятельность,
система управления центром и качество кадрового обеспечения.

Цель: развитие технического творчества детей и подростков.
В соответствии с решением педагогического совета от 12.01.2026 г. № 2 в центре в
течение года были открыты три новых объединения и проведены две выставки.

Цель на 2027 год: продолжить работу по вовлечению детей и подростков в техническое
творчество через новые объединения, выставки, конкурсы и совместные проекты с детскими
садами и школами округа с учётом запросов родителей"""

TXT_954 = """Отчёт о самообследовании за 2026 год

Введение
Самообследование проводится ежегодно в порядке, который утверждён приказом
Министерства образования и науки РФ, и охватывает все стороны работы.
Этапы самообследования:
- подготовка и планирование работ по самообследованию МБУ ДО ЦТТ;
- сбор и анализ сведений о деятельности объединений;
- составление отчёта и его рассмотрение на педагогическом совете.
Итоги самообследования обсуждаются с коллективом и родителями обучающихся.
"""

TXT_955 = """Рабочая программа воспитания на 2026-2027 учебный год

СОДЕРЖАНИЕ
Пояснительная записка
РАЗДЕЛ 1. ЦЕЛЕВОЙ
1.1. Цель воспитания
1.2. Направления воспитания
1.3. Целевые ориентиры
РАЗДЕЛ 2. СОДЕРЖАТЕЛЬНЫЙ
2.1. Уклад школы
2.2. Виды и формы воспитательной деятельности
2.3. Работа с родителями
РАЗДЕЛ 3. ОРГАНИЗАЦИОННЫЙ
3.1. Кадровое обеспечение
3.2. Поощрение учащихся за успехи в учёбе,
спорте и общественной жизни

Пояснительная записка
Рабочая программа воспитания (далее – Программа) МБОУ "Кедровская ООШ "
(далее – школа) составлена с учётом:
- Федерального закона «Об образовании в Российской Федерации»;
- Стратегии развития воспитания в Российской Федерации до 2030 года.
"""


def build_952() -> None:
    doc = new_doc()
    grif_row(doc,
             ["Принят:", "На педагогическом", "совете", "МБДОУ «Лесок»", "х.Заречный",
              "Протокол № 1 от", "28.08.2026"],
             ["Утверждаю:", "Заведующий", "МБДОУ", "д/с«Лесок»", "х.Заречный", "Приказ от",
              "02.09.2026г. № 41", "________ Кравцова", "О.П."])
    grif_row(doc, ["Кравцова", "Ольга", "Петровна"],
             ["Подписано цифровой", "подписью: Кравцова Ольга", "Петровна",
              "Дата: 2026.09.05", "10:12:44 +03'00'"])
    para(doc, "")
    centred_lines(doc, "ГОДОВОЙ ПЛАН\nМУНИЦИПАЛЬНОГО БЮДЖЕТНОГО\nДОШКОЛЬНОГО ОБРАЗОВАТЕЛЬНОГО "
                       "УЧРЕЖДЕНИЯ\nДЕТСКОГО САДА «ЛЕСОК» Х. ЗАРЕЧНЫЙ\nНА 2026-2027 УЧЕБНЫЙ ГОД",
                  bold=True)
    centred_lines(doc, "х.Заречный\n2026г.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Цель работы: создание единого образовательного пространства детского сада для "
              "разностороннего развития воспитанников с учётом их возможностей.")
    para(doc, "Задачи:")
    para(doc, "1. Укреплять здоровье воспитанников через подвижные игры на прогулке.")
    para(doc, "2. Развивать связную речь детей в играх и беседах.")
    save_pdf(doc, HERE / "952_fb75cee03a14412c.pdf")

TXT_956 = (
    "Содержание отчёта: № 1 1.1 1.2 1.3 1.4 1.5 1.6 2 2.1 2.2 Раздел Аналитическая часть Общие "
    "сведения. Управление школой. Качество подготовки обучающихся. Организация учебного "
    "процесса. Кадровое обеспечение. Библиотечное и материальное обеспечение. Внутренняя оценка "
    "качества образования. Результаты анализа показателей. Показатели деятельности МКОУ «ООШ с. "
    "Луговое». стр 3-25 3 6 12 15 18 21 23 26 26 28 1.1. Общие сведения. Муниципальное казенное "
    "общеобразовательное учреждение «Основная общеобразовательная школа с. Луговое» Ольховского "
    "муниципального района Верхне - Луговской Республики МКОУ «ООШ с. Луговое» расположено в "
    "селе Луговом в 40 км от районного центра. К школе относятся хутора Дальний и Камышо")

TXT_957 = """Программа развития 2026-2030 гг
Описание образовательной программы
Программа развития МБУ ДО "Кедровский ЦДО "
СОДЕРЖАНИЕ
ВВЕДЕНИЕ…………………………………………………3
1. ПАСПОРТ ПРОГРАММЫ………………………………5
2. АНАЛИЗ ДЕЯТЕЛЬНОСТИ ЦЕНТРА……………………8
2.1.Кадровый состав………………………………………9
2.2. Обучающиеся и объединения центра…………10
3. КОНЦЕПЦИЯ РАЗВИТИЯ ЦЕНТРА……………………12
4. ЭТАПЫ РЕАЛИЗАЦИИ ПРОГРАММЫ……"""


BUILDERS = {
    **text_builders(HERE, {
        "953": ("953_8e79504290e9ef6c.txt", TXT_953),
        "954": ("954_d2e800309d961afe.txt", TXT_954),
        "955": ("955_02a4e7226e835e3e.txt", TXT_955),
        "956": ("956_fffc2b3e206b2bc0.txt", TXT_956),
        "957": ("957_08c3d1c99384546a.txt", TXT_957),
    }),
    "952": build_952,
}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
