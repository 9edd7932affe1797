"""A site's post title under its chrome (a line closed by " |") and over an act that prints no
subject is the title, as printed; an act printing its subject keeps it; a line that is a body's
name or a sentence is no post title (CONTRACT `title`). Invented blog, district and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_CHROME = ("Соколова Анна Петровна\nИнформация: ответственным за содержание страницы является "
           "пользователь Анна Соколова. |\n")
_HEAD = ("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛЕСНОГО РАЙОНА\nП Р И К А З\n"
         "от 14.05.2021 г. № 75 с. Лесное\n")
_BODY = ("В соответствии с планом работы отдела 12 мая 2021 года прошёл районный фестиваль "
         "школьных хоров. В фестивале участвовали 8 коллективо")

# (the post's line, the act's subject or "", title)
POSTS = [
    ('"ПОЮЩАЯ ВЕСНА"\n', "", '"ПОЮЩАЯ ВЕСНА"'),
    ("Фестиваль школьных хоров\n", "", "Фестиваль школьных хоров"),
    ('"ПОЮЩАЯ ВЕСНА"\n', "Об итогах фестиваля школьных хоров\n",
     "Об итогах фестиваля школьных хоров"),
    ("Итоги фестиваля 2021 года подведены.\n", "", None),
]


@pytest.mark.parametrize(("post", "subject", "title"), POSTS)
def test_post_title(tmp_path: Path, post: str, subject: str, title: str | None) -> None:
    path = tmp_path / "post.txt"
    path.write_text(_CHROME + post + _HEAD + subject + _BODY, encoding="utf-8")
    assert process_file(path).document.title == title
