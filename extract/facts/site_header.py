"""An institution's own site printing its full name as the page's header, over a page about
its plan that prints no letterhead of its own.

A site engine (uCoz and the like) prints at the page's top its account menu ("Главная | Мой
профиль | Регистрация | Выход | Вход | RSS |") and under it the site's header line closed by
" |": 'Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 4
"Ручеёк"г.Заречного Лесной области |'. A text reader reads them as one table, the header a
row of one filled cell; the chrome is dropped before the header is read, so the name is kept
aside from the raw chunks here. CONTRACT `issuer`: such a header names the issuer as a
letterhead would, the region after it dropped (issuer_finish). Read only where no rule found a
body (extract/facts/header_issuer.py); the menu words are data (facts.yaml
`cms_chrome.menu_cells`)."""

from __future__ import annotations

from collections.abc import Callable

from extract.facts.lines import Chunk
from extract.facts.vocab import FactsVocab

KEY = "site_header.name"  # ctx.memo: the full name the site's header prints ("" when none)


def header_name(raw: list[Chunk], vocab: FactsVocab, lemmas: Callable[[str], list[str]]) -> str:
    """The institution's full legal name the site's header prints under an engine's account
    menu among the page's first chunks ("" when none): a cell opening with a legal form whose
    row holds nothing else but the menu's cells, the menu's cells in it or a row above (a
    reader counting the row's width may run the menu's last cell into the header's row)."""
    menu = False
    for c in raw[: vocab.cms_lead]:
        cells = [x for x in (c.cells or ()) if x.strip()]
        if c.cells is None or not cells:
            continue
        named = [x for x in cells if tuple(lemmas(x)) not in vocab.cms_menu_cells]
        menu = menu or len(named) < len(cells)
        if menu and len(named) == 1 and vocab.legal_form.match(named[0].lower()):
            return " ".join(named[0].split())
    return ""
