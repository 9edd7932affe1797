"""Institutions' programmes and municipal acts (session facts58): a contents' entries naming
the goal and the tasks; a task report form flattened into one paragraph; a plan's list of the
acts it rests on; an act whose date and number are printed above its letterhead, its subject
in quotes of its own, its body's bare word under the formation's line; an appendix to an act
over a model, no plan."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, pdf_doc, table, txt_doc

_CONTENTS = ("Программа развития МБДОУ 14 2023 - 2027\n\nОГЛАВЛЕНИЕ\n"
             "2. ПАСПОРТ ПРОГРАММЫ\n2.1. Наименование программы\n2.2. Основания для разработки\n"
             "2.3. {goal}\n2.4. {tasks}\n2.5. Ожидаемые результаты реализации\n"
             "2.6. Показатели результативности\n2.7. Порядок контроля\n")


@pytest.mark.parametrize(("goal", "tasks", "goals", "task_list"), [
    # entries of a contents: the sections' names, nothing stated under them
    ("Цель программы", "Задачи программы", (), ()),
    ("Основная цель Программы развития", "Основные задачи", (), ()),
], ids=["plain", "qualified"])
def test_contents_entries_are_no_goals(tools: ExtractTools, tmp_path: Path, goal: str,
                                       tasks: str, goals: tuple[str, ...],
                                       task_list: tuple[str, ...]) -> None:
    found = facts_of(txt_doc(tmp_path, _CONTENTS.format(goal=goal, tasks=tasks)), tools)
    assert found.goals == goals
    assert found.tasks == task_list


def test_goal_heading_over_its_own_items_still_reads(tools: ExtractTools, tmp_path: Path) -> None:
    # "2.3. Задачи программы:" over "1. …" / "2. …": a heading over its list, not a contents' line
    text = ("ПРОГРАММА РАЗВИТИЯ\n\n2.3. Задачи программы:\n1. Обновить содержание обучения.\n"
            "2. Развивать кадровый потенциал школы.\n")
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.tasks == ("Обновить содержание обучения", "Развивать кадровый потенциал школы")


_FORM = ("3 Часть 1. Сведения об оказываемых муниципальных услугах Раздел 1 1. Наименование "
         "муниципальной услуги Реализация дополнительных общеразвивающих программ Уникальный "
         "номер по базовому перечню 804200О.99.0.ББ52АЖ48000 2. Категории потребителей "
         "муниципальной услуги физические лица 3. {caption} 3.1. Показатели, характеризующие "
         "качество муниципальной услуги Наименование показателя 1 2 3 4 5 6 7 доля детей\n")


@pytest.mark.parametrize(("caption", "kind"), [
    ("Сведения о фактическом достижении показателей, характеризующих объем и качество "
     "муниципальной услуги:", "report"),
    # the task itself names the indicators it sets, no facts against them
    ("Показатели, характеризующие объем и качество муниципальной услуги:", None),
], ids=["report-caption", "task-caption"])
def test_flattened_task_report_form(tools: ExtractTools, tmp_path: Path, caption: str,
                                    kind: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, _FORM.format(caption=caption)), tools)
    assert found.document is not None
    assert found.document.kind == kind


_BASES = ("1.\nПаспорт программы развития\nНаименование\nСодержание\nПолное наименование\n"
          "Муниципальное\nбюджетное\nобщеобразовательное\nучреждение «Лесная школа»\n"
          "Основания для разработки программы\n"
          "1.Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
          "2. {item}\n")


@pytest.mark.parametrize(("item", "period"), [
    # a cited act's years are the cited act's
    ("Указ Президента РФ от 07.05.2018 № 204 «О национальных целях на период до 2024 "
     "года и на 2019–2030 годы»;", None),
    ("Постановление Правительства Лесной области от 20.12.2019 № 15 «Об областной "
     "программе на 2020–2025 годы»;", None),
], ids=["decree", "regional-act"])
def test_cited_act_years_are_no_period(tools: ExtractTools, tmp_path: Path, item: str,
                                       period: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, _BASES.format(item=item)), tools)
    assert found.document is not None
    assert found.document.period_text == period


_ACT = ("ОТ {date} Г. № {number}\n\nРОССИЙСКАЯ ФЕДЕРАЦИЯ\nЛЕСНАЯ ОБЛАСТЬ\n{place}\n"
        "{body}\n\nПОСТАНОВЛЕНИЕ\n\n«О ВНЕСЕНИИ ИЗМЕНЕНИЙ В МУНИЦИПАЛЬНУЮ ПРОГРАММУ\n\n"
        "«РАЗВИТИЕ ОБРАЗОВАНИЯ В КЕДРОВСКОМ РАЙОНЕ» НА 2019 – 2024 ГОДЫ, УТВЕРЖДЕННУЮ "
        "ПОСТАНОВЛЕНИЕМ АДМИНИСТРАЦИИ КЕДРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА ОТ 10.10.2018Г. № 510»\n")


@pytest.mark.parametrize(("place", "body", "issuer"), [
    ("КЕДРОВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН", "АДМИНИСТРАЦИЯ",
     "Администрация Кедровского муниципального района"),
    ("СОСНОВСКИЙ ГОРОДСКОЙ ОКРУГ", "ДУМА", "Дума Сосновского городского округа"),
], ids=["district-administration", "okrug-council"])
def test_requisites_above_letterhead(tools: ExtractTools, tmp_path: Path, place: str, body: str,
                                     issuer: str) -> None:
    text = _ACT.format(date="16.06.2021", number="417", place=place, body=body)
    found = facts_of(txt_doc(tmp_path, text), tools)
    doc = found.document
    assert doc is not None
    assert (doc.order_number, iso_date(doc.order_date_text)) == ("417", "2021-06-16")
    assert doc.issuer == issuer
    assert doc.period_text is not None and "2019 – 2024" in doc.period_text
    assert doc.title is not None and doc.title.strip("«»").endswith("№ 510")


_APPENDIX = ("Приложение № 2\n\nк приказу\n\nот «3» марта 2023г.№41\n\n{heading}\n\n"
             "1. Общие положения\n\n1.1. {sentence}\n")


@pytest.mark.parametrize(("heading", "sentence", "kind"), [
    ("Положение о муниципальном конкурсе «Учитель года» в образовательных учреждениях "
     "Кедровского района", "Настоящее положение определяет порядок проведения конкурса.",
     "order"),
    ("Муниципальная модель наставничества в образовательных организациях Кедровского района",
     "Модель определяет формы наставничества.", "order"),
], ids=["regulation", "model"])
def test_appendix_to_act_over_no_plan(tools: ExtractTools, tmp_path: Path, heading: str,
                                      sentence: str, kind: str) -> None:
    found = facts_of(txt_doc(tmp_path, _APPENDIX.format(heading=heading, sentence=sentence)),
                     tools)
    assert found.document is not None
    assert found.document.kind == kind


@pytest.mark.parametrize(("first", "title"), [
    # the passport's table flattened a cell a line under its heading
    ("1.\nПаспорт программы развития\nНаименование\nСодержание\n", "Паспорт программы развития"),
    ("Паспорт Программы развития\nПараметр\nОписание\n", "Паспорт Программы развития"),
], ids=["numbered", "plain"])
def test_passport_heading_over_flat_captions(tools: ExtractTools, tmp_path: Path, first: str,
                                             title: str) -> None:
    text = (f"{first}Полное наименование\nМуниципальное\nбюджетное\nобщеобразовательное\n"
            "учреждение «Сосновская школа»\nСроки реализации\nпо мере утверждения\n")
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document is not None
    assert found.document.title == title


@pytest.mark.parametrize(("subject", "issuer"), [
    # the founder sets the task to the institution its subject names: no issuer printed
    ("Об утверждении муниципального задания на 2023 год и\nплановый период 2024-2025 годов "
     "Муниципального\nбюджетного\nобщеобразовательного\nучреждения\n«Лесная средняя школа» и "
     "его\nфинансового обеспечения", None),
    # a school's own order on its own plan: the school the subject names
    ("Об утверждении плана работы Муниципального бюджетного общеобразовательного учреждения "
     "«Лесная средняя школа» на 2023-2024 учебный год",
     "Муниципальное бюджетное общеобразовательное учреждение «Лесная средняя школа»"),
], ids=["task-holder", "own-plan"])
def test_task_holder_is_no_issuer(tools: ExtractTools, tmp_path: Path, subject: str,
                                  issuer: str | None) -> None:
    text = (f"{subject}\nВ соответствии с пунктами 3, 4 статьи 69.2 Бюджетного кодекса\n"
            "Российской Федерации,\nП Р И К А З Ы В А Ю:\n1.Утвердить прилагаемое задание.\n")
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document is not None
    assert found.document.issuer == issuer


@pytest.mark.parametrize(("sentence", "issuer"), [
    # the plan is a part of the main programme of the institution it names
    ("Программа воспитания является компонентом основной образовательной программы "
     "МБДОУ №12 «Ромашка».", "МБДОУ №12 «Ромашка»"),
    ("Рабочая программа воспитания является неотъемлемой частью образовательной программы "
     "МБОУ СОШ №3 «Лесная».", "МБОУ СОШ №3 «Лесная»"),
    # a sentence naming a body the plan only mentions
    ("Программа воспитания учитывает опыт МБДОУ №12 «Ромашка».", None),
], ids=["component", "part", "mention"])
def test_plan_part_of_owners_programme(tools: ExtractTools, tmp_path: Path, sentence: str,
                                       issuer: str | None) -> None:
    text = (f"г.Сосновка, ул. Лесная, д.4, кор.1\n8(800) 11-22-33\n\nПрограмма воспитания\n\n"
            f"{sentence}\n\n  • Программа включает три раздела – целевой, содержательный и "
            "организационный.\n")
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document is not None
    assert found.document.issuer == issuer


_ROADMAP = ("План мероприятий (дорожная карта) по повышению доступности услуг\n\n"
            "для детей-инвалидов на период 2016 – 2030 гг. в МБОУ ЗГО «Средняя\n\n"
            "общеобразовательная школа № 3» на период 2016 – 2030 гг.{note}\n\n1.\n\n"
            "Обоснование целей обеспечения доступности образовательных организаций.\n")
_ROADMAP_TITLE = ("План мероприятий (дорожная карта) по повышению доступности услуг для "
                  "детей-инвалидов на период 2016 – 2030 гг. в МБОУ ЗГО «Средняя "
                  "общеобразовательная школа № 3» на период 2016 – 2030 гг.")


@pytest.mark.parametrize("note", [
    "",
    # the act that amended the plan, run on after its years
    " с изменениями. Приказ № 39 от 06.10.2024г",
    " с изменениями, приказ № 12-од от 01.09.2023 г.",
], ids=["no-note", "order-note", "comma-note"])
def test_edition_note_after_name_left_open(tools: ExtractTools, tmp_path: Path,
                                           note: str) -> None:
    found = facts_of(txt_doc(tmp_path, _ROADMAP.format(note=note)), tools)
    assert found.document is not None
    assert found.document.title == _ROADMAP_TITLE


def test_docx_title_name_left_open_across_paragraphs(tools: ExtractTools) -> None:
    # each line a paragraph of its own: the name's quote, opened on one, closes on the next
    doc = docx_doc("План мероприятий (дорожная карта) по повышению доступности услуг",
                   "для детей-инвалидов на период 2016 – 2030 гг. в МБОУ ЗГО «Средняя",
                   "общеобразовательная школа № 3» на период 2016 – 2030 гг. с изменениями. "
                   "Приказ № 39 от 06.10.2024г", "1.",
                   "Обоснование целей обеспечения доступности образовательных организаций.")
    found = facts_of(doc, tools)
    assert found.document is not None
    assert found.document.title == _ROADMAP_TITLE


@pytest.mark.parametrize("label", ["Название программы", "Наименование программы"],
                         ids=["nazvanie", "naimenovanie"])
def test_passport_name_row_under_bare_heading(tools: ExtractTools, label: str) -> None:
    name = ("Программа развития муниципального бюджетного дошкольного образовательного "
            "учреждения детского сада №8 р.п. Сосновка на 2024-2028 годы")
    doc = docx_doc("ПРОГРАММА РАЗВИТИЯ", "ПАСПОРТ ПРОГРАММЫ",
                   table((label, name), ("Сроки реализации", "Программа реализуется в период "
                                                           "2024-2028 гг.")), bold=(1,))
    found = facts_of(doc, tools)
    assert found.document is not None
    assert found.document.title == name


@pytest.mark.parametrize(("lines", "title"), [
    # a heading cut at its preposition, its project's quoted name over the next lines
    (("Программа развития муниципального бюджетного учреждения «Лесная школа» в соответствии с",
      "проектом «Школа", "Минпросвещения России»"),
     "Программа развития муниципального бюджетного учреждения «Лесная школа» в соответствии с "
     "проектом «Школа Минпросвещения России»"),
], ids=["preposition-then-quote"])
def test_pdf_title_cut_at_preposition(tools: ExtractTools, lines: tuple[str, ...],
                                      title: str) -> None:
    doc = pdf_doc(*lines, "с. Лесное 2023г.", "Содержание", bold=(0, 1, 2))
    found = facts_of(doc, tools)
    assert found.document is not None
    assert found.document.title == title


@pytest.mark.parametrize(("letterhead", "issuer"), [
    # the letterhead's own spacing of the name the grif prints otherwise
    ("МОБУ СОШ № 7", "МОБУ СОШ № 7"),
    ("МОБУ СОШ №7", "МОБУ СОШ №7"),
], ids=["spaced", "glued"])
def test_issuer_spaced_as_its_own_line(tools: ExtractTools, letterhead: str,
                                       issuer: str) -> None:
    grif_name = "МОБУ СОШ №7" if " 7" in letterhead else "МОБУ СОШ № 7"
    doc = pdf_doc("Управление образования администрации Лесного городского округа", letterhead,
                  "УТВЕРЖДАЮ:", f"Директор {grif_name}", "_________________ А.А. Петров",
                  "Приказ № 12 от «31» августа 2023 г.", "Программа развития",
                  f"{grif_name} на 2023-2027 годы", bold=(6, 7))
    found = facts_of(doc, tools)
    assert found.document is not None
    assert found.document.issuer == issuer


@pytest.mark.parametrize(("name_lines", "issuer"), [
    # a bracket inside the quoted name is the name's own word
    ("Муниципальное\nбюджетное\nобщеобразовательное\nучреждение\nг. Лесного «Специальная "
     "(коррекционная)\nшкола — детский сад № 3 для обучающихся с\nограниченными возможностями "
     "здоровья»",
     "Муниципальное бюджетное общеобразовательное учреждение г. Лесного «Специальная "
     "(коррекционная) школа — детский сад № 3 для обучающихся с ограниченными возможностями "
     "здоровья»"),
    # a bracket after the closed name is no part of it
    ("Муниципальное\nбюджетное\nобщеобразовательное\nучреждение «Лесная школа» (далее – "
     "Школа)", "Муниципальное бюджетное общеобразовательное учреждение «Лесная школа»"),
], ids=["inner-bracket", "outer-bracket"])
def test_form_field_name_keeps_inner_bracket(tools: ExtractTools, tmp_path: Path,
                                             name_lines: str, issuer: str) -> None:
    text = ("1.\nПаспорт Программы развития\nНаименование\nСодержание\nПолное наименование ОО\n"
            f"{name_lines}\nСроки реализации\nпо мере утверждения\n")
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document is not None
    assert found.document.issuer == issuer
