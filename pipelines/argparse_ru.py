"""argparse in Russian: its built-in texts ("usage:", "error:", "the following arguments are
required", "invalid choice", the -h help …) through a message catalogue.

argparse looks every one of those texts up at the moment it uses them, through the gettext
functions it imported into its module (`argparse._`, `argparse.ngettext`). `install()` puts the
catalogue below in their place — what a gettext domain with a Russian .mo file would do, without
depending on the user's locale variables. A text missing here (a newer Python's) stays English.
"""

from __future__ import annotations

import argparse

from pipelines.ru import plural_form

# argparse's msgid (Python 3.11–3.13) → Russian; %-placeholders kept as they are.
MESSAGES: dict[str, str] = {
    "usage: ": "использование: ",
    "positional arguments": "позиционные аргументы",
    "options": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "subcommands": "подкоманды",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "не заданы обязательные аргументы: %s",
    "one of the arguments %s is required": "нужен один из аргументов %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "недопустимое значение: %(value)r (допустимы: %(choices)s)",
    "invalid %(type)s value: %(value)r": "недопустимое значение (%(type)s): %(value)r",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "expected one argument": "нужно одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "expected at least one argument": "нужно хотя бы одно значение",
    "not allowed with argument %s": "нельзя вместе с аргументом %s",
    "ignored explicit argument %r": "лишнее значение %r",
    "ambiguous option: %(option)s could match %(matches)s":
        "неоднозначный параметр: %(option)s может означать %(matches)s",
    "unexpected option string: %s": "неожиданный параметр: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "неизвестная команда %(parser_name)r (допустимы: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "не удалось открыть '%(filename)s': %(error)s",
}

# ngettext's (singular, plural) → Russian forms for one, a few (2–4) and many.
PLURALS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("expected %s argument", "expected %s arguments"):
        ("нужно %s значение", "нужно %s значения", "нужно %s значений"),
    ("conflicting option string: %s", "conflicting option strings: %s"):
        ("параметр задан дважды: %s", "параметры заданы дважды: %s",
         "параметры заданы дважды: %s"),
}


def gettext(message: str) -> str:
    """The Russian text of one of argparse's messages (itself when not in the catalogue)."""
    return MESSAGES.get(message, message) if isinstance(message, str) else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The Russian form of a counted argparse message for `n`."""
    forms = PLURALS.get((singular, plural))
    if forms is None:
        return singular if n == 1 else plural
    return forms[plural_form(n)]


def install() -> None:
    """Make argparse speak Russian (for this process: the `roadmaps` command owns it)."""
    vars(argparse).update(_=gettext, ngettext=ngettext)  # the names argparse calls

