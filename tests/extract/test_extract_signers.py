"""Signatories, grifs and act heads as fresh pages flatten them (session signers; invented
schools, places and people, our own wording):

- an electronic signature's certificate block ("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ" /
  "Сертификат …" / "Владелец …" / "Действителен с … по …") over the act's letterhead, on lines of
  its own, joined to the letterhead in one paragraph or run onto one line with the whole page:
  no part of the letterhead, the title or the order; its owner signs nothing (CONTRACT
  `signatories`: only the approver's grif and the act's signature block);
- a whole order on one line with its quoted subject (a "года" after the date, the body run on
  after the closing quote);
- an institution's name run into the signer's blank (a "подпись" word or the stamp's "М.П."
  printed on the line);
- two grifs flattened onto shared lines, each printed row glued into one line;
- a name printed before its position, in a grif or closing an act (people listed in an act's
  item sign nothing);
- an acting head's stacked position in capitals ("И.О. ГЛАВЫ АДМИНИСТРАЦИИ")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, iso_date, txt_doc

_CERTIFICATE = ("ДОКУМЕНТ ПОДПИСАН\nЭЛЕКТРОННОЙ ПОДПИСЬЮ\nСертификат 7C21A0B9D4E5F60718293A\n"
                "Владелец Зимина Ольга Петровна\nДействителен с 03.03.2024 по 27.05.2025\n")
_ORDER_BODY = ("ПРИКАЗ\nот 02.09.2024 № 214\n\nО назначении ответственных за питание\n\n"
               "ПРИКАЗЫВАЮ:\n1. Назначить ответственных за организацию питания.\n"
               "2. Контроль за исполнением приказа оставляю за собой.\n\n"
               "Директор школы О.П. Зимина\n")
_SCHOOL = "Муниципальное казённое общеобразовательное учреждение «Основная школа № 6»"


def _document(tmp_path: Path, tools: ExtractTools, text: str) -> tuple[object, ...]:
    d = facts_of(txt_doc(tmp_path, text), tools).document
    return (d.title, d.issuer, d.order_number, iso_date(d.order_date_text),
            [(s.name, s.position) for s in d.signatories])


_ORDER_FIELDS = ("О назначении ответственных за питание", _SCHOOL, "214", "2024-09-02",
                 [("О.П. Зимина", "Директор школы")])

CERTIFICATES = [
    # the block on lines of its own, a blank line before the letterhead
    (f"{_CERTIFICATE}\n{_SCHOOL}\n\n{_ORDER_BODY}", _ORDER_FIELDS),
    # … joined to the letterhead in one paragraph
    (f"{_CERTIFICATE}{_SCHOOL}\n\n{_ORDER_BODY}", _ORDER_FIELDS),
    # … one field a line, labels and values apart, the opener on one line
    ("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ\nСертификат\n7C21A0B9D4E5F60718293A\nВладелец\n"
     f"Зимина Ольга Петровна\nДействителен\nс 03.03.2024 по 27.05.2025\n{_SCHOOL}\n\n"
     f"{_ORDER_BODY}", _ORDER_FIELDS),
    # the block closing the act with no signature printed: its owner signs nothing
    (f"{_SCHOOL}\n\n{_ORDER_BODY.replace('Директор школы О.П. Зимина', _CERTIFICATE)}",
     (*_ORDER_FIELDS[:4], [])),
]


@pytest.mark.parametrize(("text", "expected"), CERTIFICATES)
def test_certificate_block_is_no_letterhead(tools: ExtractTools, tmp_path: Path, text: str,
                                            expected: tuple[object, ...]) -> None:
    assert _document(tmp_path, tools, text) == expected


def test_certificate_run_onto_the_page_line(tools: ExtractTools, tmp_path: Path) -> None:
    """A site's export ran the stamp, the letterhead and the act onto one line: the stamp ends
    at its last field, the signature closes the line."""
    body = _ORDER_BODY.replace("ПРИКАЗЫВАЮ:", "В целях организации горячего питания "
                               "обучающихся, соблюдения санитарных требований к его качеству и "
                               "учёта детей, получающих бесплатное питание в школьной "
                               "столовой в течение учебного года, ПРИКАЗЫВАЮ:")
    text = " ".join((_CERTIFICATE + _SCHOOL + " " + body).split()) + "\n"
    assert _document(tmp_path, tools, text) == _ORDER_FIELDS


def test_certificate_between_position_and_name(tools: ExtractTools, tmp_path: Path) -> None:
    text = (f"{_SCHOOL}\n\n" + _ORDER_BODY.replace(
        "Директор школы О.П. Зимина", f"Директор школы\n{_CERTIFICATE}О.П. Зимина"))
    assert _document(tmp_path, tools, text)[4] == [("О.П. Зимина", "Директор школы")]


_SUBJECT = "Об утверждении плана работы с одарёнными детьми"
_ITEMS = ("ПРИКАЗЫВАЮ: 1. Утвердить план работы с одарёнными детьми на 2024-2025 учебный год. "
          "2. Контроль за исполнением приказа оставляю за собой.")

ONE_LINE_ORDERS = [
    # the year's word after the date
    (f'Приказ № 61-о от 02.09.2024 года "{_SUBJECT}"\n\n{_ITEMS}\n', _SUBJECT),
    (f"ПРИКАЗ № 61-о от 02.09.2024 г. «{_SUBJECT}»\n\n{_ITEMS}\n", f"«{_SUBJECT}»"),
    # the act's body run on after the closing quote on the same line
    (f'ПРИКАЗ № 61-о от 02.09.2024 года "{_SUBJECT}" {_ITEMS}\n', _SUBJECT),
    (f"ПРИКАЗ № 61-о от 02.09.2024 «{_SUBJECT} «Звёздный час»» {_ITEMS}\n",
     f"«{_SUBJECT} «Звёздный час»»"),
]


@pytest.mark.parametrize(("text", "title"), ONE_LINE_ORDERS)
def test_one_line_order_subject(tools: ExtractTools, tmp_path: Path, text: str,
                                title: str) -> None:
    got = _document(tmp_path, tools, text)
    assert got[0] == title
    assert got[2:4] == ("61-о", "2024-09-02")


def test_signature_closing_a_page_run_into_one_line(tools: ExtractTools,
                                                    tmp_path: Path) -> None:
    text = ("ПРИКАЗ № 61-о от 02.09.2024 года «" + _SUBJECT + "» В целях развития способностей "
            "обучающихся, поддержки их участия в олимпиадах и конкурсах различного уровня и "
            "создания условий для их самореализации в урочной и внеурочной деятельности " +
            _ITEMS + " Директор гимназии Н.С. Лаптева\n")
    assert _document(tmp_path, tools, text)[4] == [("Н.С. Лаптева", "Директор гимназии")]


_ACT = ("ПРИКАЗ\nот 15.01.2024 № 9\n\nО проведении дня открытых дверей\n\nПРИКАЗЫВАЮ:\n"
        "1. Провести день открытых дверей 10 февраля 2024 года.\n"
        "2. Контроль за исполнением приказа оставляю за собой.\n\n{signature}\n")

BLANK_SIGNATURES = [
    ("Директор МКОУ ООШ № 6 с. Ольховка ____________ Н.С. Лаптева",
     ("Н.С. Лаптева", "Директор МКОУ ООШ № 6 с. Ольховка"), "МКОУ ООШ № 6 с. Ольховка"),
    ("Заведующий МБДОУ д/с № 2 «Ромашка» _______/Т.Е. Быстрова/",
     ("Т.Е. Быстрова", "Заведующий МБДОУ д/с № 2 «Ромашка»"), "МБДОУ д/с № 2 «Ромашка»"),
    # the word under the blank printed in its place
    ("Директор МКОУ ООШ № 6 с. Ольховка подпись Н.С. Лаптева",
     ("Н.С. Лаптева", "Директор МКОУ ООШ № 6 с. Ольховка"), "МКОУ ООШ № 6 с. Ольховка"),
    # the stamp's place after the name: no initials of a name
    ("Директор МКОУ ООШ № 6 с. Ольховка ____________ Н.С. Лаптева М.П.",
     ("Н.С. Лаптева", "Директор МКОУ ООШ № 6 с. Ольховка"), "МКОУ ООШ № 6 с. Ольховка"),
]


@pytest.mark.parametrize(("signature", "signer", "issuer"), BLANK_SIGNATURES)
def test_institution_run_into_signers_blank(tools: ExtractTools, tmp_path: Path,
                                            signature: str, signer: tuple[str, str],
                                            issuer: str) -> None:
    got = _document(tmp_path, tools, _ACT.format(signature=signature))
    assert (got[4], got[1]) == ([signer], issuer)


_PLAN = ("\nПЛАН\nработы с одарёнными детьми\nна 2024-2025 учебный год\n\n"
         "№\tМероприятие\tСрок\tОтветственный\n1\tШкольный этап олимпиад\tоктябрь\tУчителя\n")

SHARED_LINES = [
    ("СОГЛАСОВАНО УТВЕРЖДАЮ\nПедагогическим советом Директор МКОУ «Гимназия № 8»\n"
     "протокол № 2 от 28.08.2024 _______ Н.С. Лаптева\nПриказ № 143 от 30.08.2024",
     [("Н.С. Лаптева", "Директор МКОУ «Гимназия № 8»")], "МКОУ «Гимназия № 8»",
     ("143", "2024-08-30")),
    # the council's chair and the approver signing on one row, the approving act named with
    # its head
    ("ПРИНЯТО УТВЕРЖДЕНО\nна заседании педагогического совета приказом директора МКОУ «Гимназия "
     "№ 8»\nпротокол № 2 от 28.08.2024 от 30.08.2024 № 143\n"
     "Председатель ______ Р.Р. Гусев Директор ______ Н.С. Лаптева",
     [("Н.С. Лаптева", "Директор")], "МКОУ «Гимназия № 8»", ("143", "2024-08-30")),
    # a trade union's visa beside the approval, the dates of both on the last row
    ("СОГЛАСОВАНО УТВЕРЖДАЮ\nПредседатель профкома Директор МКОУ «Гимназия № 8»\n"
     "_______ Р.Р. Гусев _______ Н.С. Лаптева\n«28» августа 2024 г. «30» августа 2024 г.",
     [("Н.С. Лаптева", "Директор МКОУ «Гимназия № 8»")], "МКОУ «Гимназия № 8»", (None, None)),
    ("Согласовано Утверждаю\nУправляющий совет Заведующий МБДОУ д/с № 2 «Ромашка»\n"
     "протокол № 1 от 28.08.2024 _______/Т.Е. Быстрова/\nПриказ № 64 от 30.08.2024",
     [("Т.Е. Быстрова", "Заведующий МБДОУ д/с № 2 «Ромашка»")], "МБДОУ д/с № 2 «Ромашка»",
     ("64", "2024-08-30")),
]


@pytest.mark.parametrize(("grifs", "signers", "issuer", "order"), SHARED_LINES)
def test_grifs_glued_row_by_row(tools: ExtractTools, tmp_path: Path, grifs: str,
                                signers: list[tuple[str, str]], issuer: str,
                                order: tuple[str | None, str | None]) -> None:
    _, got_issuer, number, date, signed = _document(tmp_path, tools, grifs + "\n" + _PLAN)
    assert (signed, got_issuer, (number, date)) == (signers, issuer, order)


NAME_FIRST = [
    # under the approval's opener
    ("УТВЕРЖДАЮ\nН.С. Лаптева, директор МКОУ «Гимназия № 8»\n«30» августа 2024 г.\n" + _PLAN,
     [("Н.С. Лаптева", "директор МКОУ «Гимназия № 8»")]),
    ("УТВЕРЖДАЮ\nЛаптева Н.С. – директор МКОУ «Гимназия № 8»\nПриказ № 143 от 30.08.2024\n"
     + _PLAN, [("Лаптева Н.С.", "директор МКОУ «Гимназия № 8»")]),
    # closing the act
    (_ACT.format(signature="Быстрова Т.Е. – заведующий МБДОУ № 2"),
     [("Быстрова Т.Е.", "заведующий МБДОУ № 2")]),
    # people an item lists with their positions sign nothing
    (_ACT.format(signature="").replace(
        "2. Контроль", "2. Назначить ответственными:\nГусев Р.Р., учитель физики;\n"
        "Орлова А.А., учитель химии.\n3. Контроль") + "Директор гимназии Н.С. Лаптева\n",
     [("Н.С. Лаптева", "Директор гимназии")]),
]


@pytest.mark.parametrize(("text", "signers"), NAME_FIRST)
def test_name_before_position(tools: ExtractTools, tmp_path: Path, text: str,
                              signers: list[tuple[str, str]]) -> None:
    assert _document(tmp_path, tools, text)[4] == signers


_DECREE = ("АДМИНИСТРАЦИЯ ЛУГОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\n"
           "от 11.03.2024 № 187\n\nО мерах по организации отдыха детей\n\n"
           "Администрация района постановляет:\n1. Утвердить план мероприятий (приложение).\n\n"
           "{signature}\n")

ACTING = [
    ("И.О. ГЛАВЫ АДМИНИСТРАЦИИ\nЛУГОВСКОГО РАЙОНА\nК.Д. ВЕТРОВ",
     ("К.Д. Ветров", "И.о. главы администрации Луговского района")),
    ("ВРИО ГЛАВЫ АДМИНИСТРАЦИИ\nЛУГОВСКОГО РАЙОНА\nК.Д. ВЕТРОВ",
     ("К.Д. Ветров", "Врио главы администрации Луговского района")),
    ("ИСПОЛНЯЮЩИЙ ОБЯЗАННОСТИ\nГЛАВЫ ЛУГОВСКОГО РАЙОНА\nК.Д. ВЕТРОВ",
     ("К.Д. Ветров", "Исполняющий обязанности главы Луговского района")),
    # printed in normal case: as printed
    ("И.о. главы администрации\nЛуговского района\nК.Д. Ветров",
     ("К.Д. Ветров", "И.о. главы администрации Луговского района")),
    # the name on the position's last line
    ("И.О. ГЛАВЫ АДМИНИСТРАЦИИ\nЛУГОВСКОГО РАЙОНА К.Д. ВЕТРОВ",
     ("К.Д. Ветров", "И.о. главы администрации Луговского района")),
]


@pytest.mark.parametrize(("signature", "signer"), ACTING)
def test_acting_head_in_capitals(tools: ExtractTools, tmp_path: Path, signature: str,
                                 signer: tuple[str, str]) -> None:
    assert _document(tmp_path, tools, _DECREE.format(signature=signature))[4] == [signer]


_COVER_PLAN = ("{credit}\n\nПЛАН\nработы библиотеки\nна 2024-2025 учебный год\n\n"
               "№\tМероприятие\tСрок\tОтветственный\n1\tВыставка новых книг\tсентябрь\t"
               "Библиотекарь\n")


@pytest.mark.parametrize("credit", [
    "Н.С. Лаптева, директор МКОУ ООШ № 6 с. Ольховка",
    "Директор МКОУ ООШ № 6 с. Ольховка – Н.С. Лаптева",
])
def test_credit_line_is_no_letterhead(tools: ExtractTools, tmp_path: Path, credit: str) -> None:
    """A cover's credit line names the head with the institution: no person's name in the
    issuer (the letterhead rules take no line naming a person)."""
    issuer = _document(tmp_path, tools, _COVER_PLAN.format(credit=credit))[1]
    assert "Лаптева" not in (issuer or "")
