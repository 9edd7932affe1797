"""Where an institution's name a grif prints ends when its quotes do not say so.

A kindergarten's name nests its own name in quotes ("МБДОУ «Детский сад № 9 «Колокольчик»") and
most grifs print the outer quote once: the name is left open. Read word by word, such a name runs
on into the grif's next lines — the approver ("Е.А. Голубева", "Голубева Е.А.") and the date
("15 апреля 2025 г", "«15» апреля …") — and the issuer would hold a person and a date (CONTRACT
`issuer`: a body's name, never its head's name or the grif's date). After a closing quote those
words end the name. A grif's position wrapped after the form's abbreviation ("Заведующий МБДОУ"
/ "МБДОУ «…»") prints the short name twice; it is one name."""

from __future__ import annotations

import re

# "Е.А.", "Е.А.Голубева", "Е. А." — a signer's two initials (one alone may be a settlement's
# mark in capitals: "«ГИМНАЗИЯ» С. ЛЕСНОЕ")
_INITIALS = re.compile(r"^[А-ЯЁ]\.\s?[А-ЯЁ]\.(?:[А-ЯЁ][а-яё]+)?,?$")
_INITIAL = re.compile(r"^[А-ЯЁ]\.$")
# "15", "«15»", "\"15\"", "15.04.2025": a grif's date
_DATE_START = re.compile(r"^[«\"“]?\d{1,2}(?:[»\"”.]|$)")
# "Голубева" before "Е.А.": a surname, then the initials
_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")


def _initials(words: list[str]) -> bool:
    """`words` open with a signer's two initials, glued or spaced ("Е.А.", "Е. А.")."""
    if not words:
        return False
    if _INITIALS.match(words[0]):
        return True
    return len(words) > 1 and bool(_INITIAL.match(words[0])) and bool(
        _INITIAL.match(words[1].rstrip(",")) or _INITIALS.match(f"{words[0]}{words[1]}"))


def signer_after_quote(prev: str, nxt: list[str]) -> bool:
    """A quote closed inside a name left open (`prev` ends with "»"), and the next words are the
    grif's signer or date: the name ended with `prev`."""
    if not prev.endswith(("»", '"', "”")) or not nxt:
        return False
    if _initials(nxt) or _DATE_START.match(nxt[0]):
        return True
    return bool(_SURNAME.match(nxt[0])) and _initials(nxt[1:])


def without_doubled_form(words: list[str]) -> list[str]:
    """"МБДОУ МБДОУ «…»" → "МБДОУ «…»": the form's abbreviation printed twice across a wrapped
    position's line is one."""
    if len(words) > 1 and words[0].isupper() and words[1] == words[0]:
        return words[1:]
    return words


# "МБДОУ МБДОУ", "МАОУ МАОУ": an abbreviation in capitals printed twice in a row
_DOUBLED = re.compile(r"(?<![\w«\"])([А-ЯЁ]{2,})\s+\1(?![\w»\"])")


def single_abbreviation(text: str) -> str:
    """`text` with an abbreviation printed twice in a row once ("Заведующий МБДОУ МБДОУ «…»" →
    "Заведующий МБДОУ «…»")."""
    return _DOUBLED.sub(r"\1", text)


# the grif's date read as a name: "«21» марта 2025 г.", "21 марта", "21.03.2025"
_DATE = re.compile(r"^[«\"“]?\d{1,2}[»\"”]?\s*(?:[а-яё]+|\.\d{1,2}\.\d{2,4})(?:\s+(?:19|20)\d\d)?"
                   r"\s*(?:г\.?|года)?$", re.IGNORECASE)


def is_grif_date(text: str) -> bool:
    """`text` is a date as a grif prints it under the signature, no body's name."""
    return bool(_DATE.match(" ".join(text.split())))


def without_signer(name: str) -> str:
    """`name` up to its closing quote when the grif's signer or date follows it ("МБДОУ «Детский
    сад № 3 «Ромашка» С.Е. Лапина «21» марта 2025 г" → "МБДОУ «Детский сад № 3 «Ромашка»")."""
    words = name.split()
    for k in range(1, len(words)):
        if signer_after_quote(words[k - 1], words[k : k + 3]):
            return " ".join(words[:k])
    return name
