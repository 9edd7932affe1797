"""Build the samples of document facts of the sixth real-document study (460_–462_).

Run: .venv/bin/python samples/make_facts6_samples.py
Each document is our own (invented municipalities, bodies, people and wording) and reproduces a
layout feature of real acts:
- 460 (txt): a city education department's order scanned to text — its date typed with commas,
  its number misread, an e-signature's certificate block printed between the head's position
  and name, and the document system's footer repeating the act's number and date;
- 461 (txt): a legal site's copy of a programme with two appendix stamps stacked — the amending
  act's over the original's, the original's printed without its opening quote mark;
- 462 (txt): a legal site's copy of a programme whose body and act are named only in the
  "(утв. постановлением … от … N …)" bracket under its heading (a paragraph of its own).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

TXT_460 = """МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «ГОРОД ЗАРЕЧЕНСК»
ЛУГОВСКОГО КРАЯ
АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧЕНСКА

УПРАВЛЕНИЕ ОБРАЗОВАНИЯ

ПРИКАЗ
14,03,2024...

№ 07-02:05-318

О проведении городского
методического семинара

В целях обмена опытом педагогов образовательных организаций города
ПРИКАЗЫВАЮ:
1. Провести городской методический семинар для учителей начальных классов.
2. Контроль за исполнением приказа оставляю за собой.
Документ подписан
электронной подписью

Начальник управления

СВЕДЕНИЯ

о СЕРТИФИКАТЕ

эп

Сертификат: 5A1C07E9B3D24F6680AA17C2E4D9B031
Владелец: ЛЕБЕДЕВА ОЛЬГА ПЕТРОВНА
Действителен с 11-01-2024 до 11-04-2025

О.П. Лебедева

Документ создан в электронной форме. № 07-02-05-318 от 14.03.2024. Исполнитель: Сомова Е.А.
Страница 1 из 3. Страница создана: 14.03.2024 09:12
"""

TXT_461 = """Приложение N 2
к постановлению
администрации
Ольховского муниципального района
от 14 апреля 2023 г. N 41

Приложение N 2
к постановлению
администрации
Ольховского муниципального района
от 3 ноября 2015 г. N 120

Муниципальная программа Ольховского муниципального района "Чистая вода" на 2016-2025 годы

Паспорт программы
"""

TXT_462 = """Приложение

Муниципальная программа муниципального образования Луговской район "Развитие культуры"

(утв. постановлением администрации муниципального
образования Луговской район от 12 мая 2021 г. N 604)

Паспорт
муниципальной программы муниципального образования Луговской район "Развитие культуры"
"""


def main() -> int:
    for name, text in (("460_zarechensk_uo_methodical_order_2024.txt", TXT_460),
                       ("461_olkhovsky_water_programme_stamps_2015.txt", TXT_461),
                       ("462_lugovskoy_culture_programme_bracket_2021.txt", TXT_462)):
        (HERE / name).write_text(text, encoding="utf-8")
    print("wrote samples 460-462")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
