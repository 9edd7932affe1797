"""A file's label standing as the page's only heading: a school site prints the name its file
was uploaded under ("Программа воспитания 2021-2022 учебный год +титул (1)",
"Отчет_самообследования_2022", "План работы.docx"). It is the title when the page prints no
heading of its own, but its years are the uploader's, never the plan's term (CONTRACT,
`title`). Told by what only a file name carries: a copy's number in brackets at its end, words
joined by "_" or "+", a file's extension."""

from __future__ import annotations

import re

from extract.facts.vocab_chrome import ChromeVocab

_COPY = re.compile(r"\(\d{1,2}\)\s*$")  # "… (1)": a second copy of an uploaded file
# (a form's blank filled in, "на 20_24_ год", joins digits: no label's mark)
_JOINED = re.compile(r"[А-ЯЁа-яё]_[А-ЯЁа-яё\d]|\d_[А-ЯЁа-яё]|(?:^|\s)\+[А-ЯЁа-яё]")
_EXTENSION = re.compile(r"\.(?:docx?|pdf|odt|rtf|txt)\s*$", re.IGNORECASE)


def is_file_label(vocab: ChromeVocab, title: str | None) -> bool:
    """`title` is a file's label, not a heading a document prints. A form's year blank filled
    in before its "год" ("Муниципальное задание № на 2023_год и на плановый период …") joins
    no words: it is read as the form's heading."""
    text = vocab.form_year_blank.sub(lambda m: m.group(0).rstrip("_"), title or "")
    return bool(text) and any(rx.search(text) for rx in (_COPY, _JOINED, _EXTENSION))


_JOINERS = re.compile(r"[_+]+")


def file_words(label: str) -> str:
    """A file's label as the words it joins: "_" and "+" read as spaces, the extension and a
    copy's number dropped ("Отчет_самообследования_2022 (1).pdf" → "Отчет самообследования
    2022")."""
    text = _COPY.sub("", _EXTENSION.sub("", label))
    return " ".join(_JOINERS.sub(" ", text).split())


def without_extension(title: str | None) -> str | None:
    """A file's label standing as the title without the file's extension ("План работы … на
    2023-2024 учебный год.pdf" → "… учебный год"): the extension names the file's format, no
    word of the document's name (its other marks, "_" and a copy's number, are left as
    printed)."""
    if not title or not _EXTENSION.search(title):
        return title
    return _EXTENSION.sub("", title).rstrip(" .") or title


# "на 2023-2024 учебный год", "за 2023 год", "на период 2022-2026": a term the label states
_STATED_TERM = re.compile(r"(?<![А-ЯЁа-яё])(?:на|за)\s+(?:период\s+)?(?:19|20)\d\d", re.IGNORECASE)


def stated_term(label: str) -> str | None:
    """The label's words when they state a term ("План работы … на 2023-2024 учебный год.pdf"
    → "План работы … на 2023-2024 учебный год"): that term is the plan's, read like a title's
    (CONTRACT `title`); None for a label's bare years, the uploader's ("Отчет_2022", "Программа
    воспитания 2022-2023 учебный год +титул (1)")."""
    words = file_words(label)
    return words if _STATED_TERM.search(words) else None
