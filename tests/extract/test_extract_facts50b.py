"""Document facts of institutions' programmes with unusual covers (facts50b, written again
with invented places): a tasks cell whose compound words are printed with a spaced dash and
wrapped after it ("материально –" / "технической"); a goal sentence linking its label to the
statement by "состоит в" / "заключается в"; the tasks listed under a sentence naming the goal
("Достижению этой цели служит решение следующих задач:"); a cover's compilers' block, no
signature; an approval stamp naming the head in the genitive over its order's blank day."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.passport import list_items
from pipelines.run import process_file


def _record(text: str, tmp_path: Path) -> dict:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path).model_dump(mode="json")


SPACED_COMPOUNDS = [
    # numbered items: a dash ending a line is the text's own, never a wrapped marker
    ("1. Проведение медико –\nпедагогического обследования детей;\n2. Укрепление учебно –\n"
     "материальной базы кабинетов.",
     ["Проведение медико – педагогического обследования детей",
      "Укрепление учебно – материальной базы кабинетов"]),
    # a dash list: a compound's first part in -о and the adjective under it stay one item
    ("- Обновление материально –\nтехнического оснащения школы;\n- Работа с семьями;",
     ["Обновление материально – технического оснащения школы", "Работа с семьями"]),
    # a marker wrapped onto the line's end after a noun still opens the next item
    ("- Участие в конкурсах района -\nорганизация выставок;",
     ["Участие в конкурсах района", "организация выставок"]),
]


@pytest.mark.parametrize(("cell", "items"), SPACED_COMPOUNDS)
def test_spaced_compound_dash_in_tasks_cell(cell: str, items: list[str]) -> None:
    assert list_items(cell) == items


LINKED_GOALS = [
    ("Программа профилактики вредных привычек\n\nПояснительная записка\n\nЦель программы состоит "
     "в формировании у школьников устойчивых навыков здорового образа жизни.\n",
     ["формировании у школьников устойчивых навыков здорового образа жизни"]),
    ("Программа летнего отдыха «Радуга»\n\nЦель Программы заключается в организации "
     "содержательного досуга детей в каникулы.\n",
     ["организации содержательного досуга детей в каникулы"]),
    ("Программа летнего отдыха «Радуга»\n\nЦель программы является создание условий для "
     "отдыха детей.\n", ["создание условий для отдыха детей"]),
]


@pytest.mark.parametrize(("text", "goals"), LINKED_GOALS)
def test_goal_linked_by_verb(text: str, goals: list[str], tmp_path: Path) -> None:
    assert _record(text, tmp_path)["goals"] == goals


GOAL_TASK_SENTENCES = [
    ("Программа профилактики правонарушений\nЦель программы состоит в снижении числа "
     "правонарушений среди учащихся.\nДостижению этой цели служит решение следующих задач:\n"
     "- выявление детей группы риска;\n- вовлечение подростков в работу кружков;\n"
     "- просвещение родителей;\n",
     ["выявление детей группы риска", "вовлечение подростков в работу кружков",
      "просвещение родителей"]),
]


@pytest.mark.parametrize(("text", "tasks"), GOAL_TASK_SENTENCES)
def test_tasks_under_sentence_naming_goal(text: str, tasks: list[str], tmp_path: Path) -> None:
    assert _record(text, tmp_path)["tasks"] == tasks


COMPILER_BLOCKS = [
    # the compiler's label alone over her position and name
    ("УТВЕРЖДАЮ\nДиректор МБОУ «Лесная СОШ»\n__________ Т.А. Белова\n\n"
     "Программа по здоровьесбережению на 2024-2027 годы\n\nСоставитель программы:\n"
     "заместитель директора по ВР\nКоролёва Н.П.\n\nп. Лесной, 2024\n",
     ["Т.А. Белова"]),
    # the label, position and name on one line
    ("УТВЕРЖДАЮ\nДиректор МБОУ «Лесная СОШ»\n__________ Т.А. Белова\n\n"
     "Программа летнего лагеря «Солнце» на 2024 год\n\nСоставила: начальник лагеря "
     "Королёва Н.П.\n", ["Т.А. Белова"]),
]


@pytest.mark.parametrize(("text", "names"), COMPILER_BLOCKS)
def test_compilers_block_signs_nothing(text: str, names: list[str], tmp_path: Path) -> None:
    signed = _record(text, tmp_path)["document"]["signatories"]
    assert [s["name"] for s in signed] == names


BLANK_DAY_STAMPS = [
    ("Утверждена приказом директора\nМБОУ СОШ с. Кедровка Н.Г.Орловой\nот   .05.2024г. №\n\n"
     "ПРОГРАММА «ЛЕТО ДРУЗЕЙ»\nпришкольного лагеря с дневным пребыванием детей\n",
     "МБОУ СОШ с. Кедровка", "Н.Г. Орлова"),
]


@pytest.mark.parametrize(("text", "issuer", "name"), BLANK_DAY_STAMPS)
def test_stamp_head_in_genitive_over_blank_day(text: str, issuer: str, name: str,
                                                tmp_path: Path) -> None:
    doc = _record(text, tmp_path)["document"]
    assert doc["issuer"] == issuer
    assert [s["name"].replace(" ", "") for s in doc["signatories"]] == [name.replace(" ", "")]


def _docx_record(tmp_path: Path, grif: list[list[str]], heading: list[str]) -> dict:
    import docx

    d = docx.Document()
    t = d.add_table(rows=len(grif), cols=len(grif[0]))
    for row, cells in zip(t.rows, grif, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for line in heading:  # a cover's heading in bold, one paragraph a line
        d.add_paragraph().add_run(line).bold = True
    path = tmp_path / "doc.docx"
    d.save(str(path))
    return process_file(path).model_dump(mode="json")


GRIF_TABLES = [
    # three grifs side by side; the council's chair approves as head too; the approving
    # order's date wrapped onto the next row of its column
    ([["Рассмотрена", "Принята на заседании", "Утверждаю."],
      ["на заседании МС.", "педагогического совета.", "Приказ № 118 от"],
      ["Протокол №1 от 27.08.2019 г.", "Протокол №1 от 29.08.2019г.", "30.08.2019 г."],
      ["Председатель МС", "Председатель педагогического совета", "Директор школы"],
      ["_______А.Н.Лесная", "___________Г.П.Кедрова", "________Г.П.Кедрова"]],
     ["Программа", "воспитания", "школьников", "Сосновской СОШ"],
     {"number": "118", "date": "2019-08-30", "act_type": "приказ"},
     [("Г.П.Кедрова", "Директор школы")], "Сосновская СОШ"),
]


@pytest.mark.parametrize(("grif", "heading", "order", "signed", "issuer"), GRIF_TABLES)
def test_grif_table_approver_column(grif: list[list[str]], heading: list[str], order: dict,
                                    signed: list[tuple[str, str]], issuer: str,
                                    tmp_path: Path) -> None:
    doc = _docx_record(tmp_path, grif, heading)["document"]
    assert doc["order"] == order
    assert [(s["name"], s["position"]) for s in doc["signatories"]] == signed
    assert doc["issuer"] == issuer


PLAIN_OWNERS = [
    ("Программа воспитания учащихся Заречной ООШ\n\nПояснительная записка\n",
     "Заречная ООШ"),
    ("Программа развития Кедровского ДДТ на 2024-2028 годы\n\nПояснительная записка\n",
     "Кедровский ДДТ"),
]


@pytest.mark.parametrize(("text", "issuer"), PLAIN_OWNERS)
def test_school_named_by_type_abbreviation(text: str, issuer: str, tmp_path: Path) -> None:
    assert _record(text, tmp_path)["document"]["issuer"] == issuer


AUTHOR_CARDS = [
    ("Программа профилактики буллинга среди обучающихся\nАвтор: Орлова Анна Петровна\n"
     "Организация: МБОУ «Лицей №4» г. Кедровый\nНаселенный пункт: Лесная область, г. Кедровый\n"
     "Пояснительная записка\nПрограмма направлена на профилактику травли в классах.\n",
     "МБОУ «Лицей №4» г. Кедровый"),
]


@pytest.mark.parametrize(("text", "issuer"), AUTHOR_CARDS)
def test_author_card_institution(text: str, issuer: str | None, tmp_path: Path) -> None:
    assert _record(text, tmp_path)["document"]["issuer"] == issuer


CAMP_COVERS = [
    # a mirror's page heading paraphrasing the title on the first line, the school's letterhead
    # in normal case, the heading ending on "учреждения" and the school's short name under it,
    # then the term as a field
    ("Программа летнего отдыха детей в ДОЛ Радуга детства.\n\n\n"
     "Муниципальное бюджетное общеобразовательное учреждение\n"
     "средняя общеобразовательная школа №3\nгорода Кедрового\nул. Лесная 5; тел: 2-14-15\n"
     "Программа\nлетнего отдыха детей\n«Радуга детства»\nлагеря с дневным пребыванием детей\n"
     "на базе общеобразовательного учреждения\nМБОУ СОШ №3\n"
     "Срок реализации: 1.06.2023 – 25.06.2023\nВозраст детей: 7-12 лет\n\nг. Кедровый, 2023 г.\n",
     "Программа летнего отдыха детей «Радуга детства» лагеря с дневным пребыванием детей на "
     "базе общеобразовательного учреждения МБОУ СОШ №3",
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа "
     "№3 города Кедрового"),
    # a text export's one block: the term's field ends the title
    ("Программа\nлетнего отдыха детей\n«Радуга детства»\nлагеря с дневным пребыванием детей\n"
     "Срок реализации: 1.06.2023 – 25.06.2023\nВозраст детей: 7-12 лет\n",
     "Программа летнего отдыха детей «Радуга детства» лагеря с дневным пребыванием детей", None),
]


@pytest.mark.parametrize(("text", "title", "issuer"), CAMP_COVERS)
def test_camp_cover_title_and_letterhead(text: str, title: str, issuer: str | None,
                                         tmp_path: Path) -> None:
    doc = _record(text, tmp_path)["document"]
    assert doc["title"] == title
    assert doc["issuer"] == issuer


SCHOOL_WIDE = [
    # a school's plan for all its classes under a page heading naming its owner in the
    # nominative, the type's first word capitalised
    ("Общешкольная программа Здоровое детство МОУ Средняя общеобразовательная школа № 4 "
     "г. Кедрового на 2019–2023 годы\n\n\nПаспорт программы\n\nНаименование программы: "
     "Общешкольная\nпрограмма “Здоровое детство”.\n",
     "Общешкольная программа Здоровое детство МОУ Средняя общеобразовательная школа № 4 "
     "г. Кедрового на 2019–2023 годы",
     "МОУ Средняя общеобразовательная школа № 4 г. Кедрового"),
]


@pytest.mark.parametrize(("text", "title", "issuer"), SCHOOL_WIDE)
def test_school_wide_programme_heading(text: str, title: str, issuer: str,
                                       tmp_path: Path) -> None:
    doc = _record(text, tmp_path)["document"]
    assert (doc["title"], doc["issuer"]) == (title, issuer)
