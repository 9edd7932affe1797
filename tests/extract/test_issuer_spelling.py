"""A letterhead in capitals read back into normal case takes the spelling the act's own text
gives the same name (CONTRACT `issuer`); a name the text never prints in normal case, or a
line running the capitals into the text, keeps the case rules' spelling. Invented district."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_HEAD = ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ЯСЕНСКИЙ РАЙОН» ЛЕСНОЙ ОБЛАСТИ\n"
         "КОМИТЕТ ПО ДЕЛАМ ОБРАЗОВАНИЯ\nП Р И К А З\nот 11.04.2022 г. № 63\nОб итогах смотра\n")
_FOOT = "ПРИКАЗЫВАЮ:\n1. Наградить победителей смотра.\n"

_NORMAL = ("Комитет по делам образования администрации муниципального образования "
           "«Ясенский район»\n"
           "ПРИКАЗ\nот 11.04.2022 г. № 63\nОб итогах смотра\n")

# (the letterhead, the preamble, issuer)
PREAMBLES = [
    (_HEAD, "В соответствии с планом работы Комитета по делам образования Администрации "
     "муниципального "
     "образования «Ясенский район» прошёл смотр.\n",
     "Комитет по делам образования Администрации муниципального образования «Ясенский район»"),
    (_HEAD, "В соответствии с планом работы комитета прошёл смотр.\n",
     "Комитет по делам образования администрации муниципального образования «Ясенский район»"),
    # a letterhead in normal case keeps its own spelling
    (_NORMAL, "В соответствии с планом работы Комитета по делам образования Администрации "
     "муниципального образования «Ясенский район» прошёл смотр.\n",
     "Комитет по делам образования администрации муниципального образования «Ясенский район»"),
]


@pytest.mark.parametrize(("head", "preamble", "issuer"), PREAMBLES)
def test_issuer_spelt_as_text(tmp_path: Path, head: str, preamble: str, issuer: str) -> None:
    path = tmp_path / "order.txt"
    path.write_text(head + preamble + _FOOT, encoding="utf-8")
    assert process_file(path).document.issuer == issuer
