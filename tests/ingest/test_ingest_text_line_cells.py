"""A plan table printed one cell a line under a caption paragraph with no "№" caption."""

from __future__ import annotations

import pytest

from ingest.text.line_cells import line_run_at

_PLAN = """

Мероприятие
Срок
Участники
Ответственный

Общие дела


1
Выставка поделок «Осенний букет»
Октябрь

2-4 классы
Учитель технологии

2
Классные часы о родном крае
в течение года
1-4 классы
Заместитель директора по ВР,
классные руководители

3
Конкурс чтецов
ноябрь
3 классы
Завуч
директор


Директор школы          И.И. Петров
"""


@pytest.mark.parametrize(("text", "expected"), [
    (_PLAN, [["", "Мероприятие", "Срок", "Участники", "Ответственный"],
             ["Общие дела"],
             ["1", "Выставка поделок «Осенний букет»", "Октябрь", "2-4 классы",
              "Учитель технологии"],
             ["2", "Классные часы о родном крае", "в течение года", "1-4 классы",
              "Заместитель директора по ВР,\nклассные руководители"],
             ["3", "Конкурс чтецов", "ноябрь", "3 классы", "Завуч\nдиректор"]]),
    # one numbered item is a list, not a table
    ("\nМероприятие\nСрок\nОтветственный\n\n1\nСбор\nМай\nДиректор\n\nТекст после.\n", None),
    # a caption paragraph of long lines is text
    ("\nВ школе прошла неделя\nТеатра и музыки для всех\nДетей\n\n1\nа\nб\nв\n\n2\nа\nб\nв\n",
     None),
])
def test_line_cells(text: str, expected: list[list[str]] | None) -> None:
    raw = text.split("\n")
    run = line_run_at(raw, next(i for i, line in enumerate(raw) if line))
    if expected is None:
        assert run is None
        return
    assert run is not None
    texts = [t.text for t in run.tokens]
    assert texts == [cell for row in expected for cell in row]
    assert "Директор школы" not in "\n".join(raw[run.start:run.end])


# A site page that is only the self-examination indicator form: no blank line anywhere, a
# "№ п/п" line opens the header, a caption wraps in lower case, a section row's only other cell
# is its unit, and a value cell (count and share) goes on after a comma.
_FORM = """Показатели работы детского сада, подлежащего самообследованию
за 2025 год
№ п/п
показатели
Единица
измерения
1
Общие сведения
человек
1.1
Число детей, посещающих детский сад,
в том числе:
40человек
1.1.1
В группах полного
дня
35Человек,
88%
1.2
Число групп
2единиц"""


_FORM_WRAP = """№ п/п
Показатели
Единица измерения
1
Кадры
человек
1.1
Удельный вес педагогов, прошедших
100 процентов
по профилю педагогической деятельности
1.2
Доля воспитателей с высшим образованием
Процент
педагогической направленности
1.3
Число педагогов
12 человек"""


@pytest.mark.parametrize(("text", "expected"), [
    (_FORM, [["№ п/п", "показатели", "Единица\nизмерения"],
             ["1", "Общие сведения", "человек"],
             ["1.1", "Число детей, посещающих детский сад,\nв том числе:", "40человек"],
             ["1.1.1", "В группах полного\nдня", "35Человек,\n88%"],
             ["1.2", "Число групп", "2единиц"]]),
    # a name wrapping past the unit cell printed beside its first line: its next line goes on
    # in lower case after the unit, and is the name's, not the unit's
    (_FORM_WRAP, [["№ п/п", "Показатели", "Единица измерения"],
                  ["1", "Кадры", "человек"],
                  ["1.1", "Удельный вес педагогов, прошедших\nпо профилю педагогической "
                   "деятельности", "100 процентов"],
                  ["1.2", "Доля воспитателей с высшим образованием\nпедагогической "
                   "направленности", "Процент"],
                  ["1.3", "Число педагогов", "12 человек"]]),
    # a "№ п/п" line over long text lines is no header
    ("№ п/п\nВ этом году в саду прошли праздники, конкурсы и выставки для всех\n1\nа\nб\n2\nа\nб",
     None),
])
def test_line_cells_opened_by_a_number_caption(text: str,
                                              expected: list[list[str]] | None) -> None:
    raw = text.split("\n")
    at = next(i for i, line in enumerate(raw) if line.startswith("№"))
    run = line_run_at(raw, at)
    if expected is None:
        assert run is None
        return
    assert run is not None
    assert [t.text for t in run.tokens] == [cell for row in expected for cell in row]
