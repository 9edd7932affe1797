"""The institution a report of work done names in its own heading after "в": "Аналитическая
справка о проделанной работе в МДОУ «Детский сад №5» в рамках месячника …". CONTRACT `issuer`:
a report of measures held names the institution that held them ("Справка о проведённых
мероприятиях … в МКОУ …"), unlike a plan's "… в МБОУ …". Only a heading that opens as such a
report (facts.yaml `held_report_openers`) and only where no stronger evidence named a body
(header_issuer calls it last). Session facts75, dev75.
"""

from __future__ import annotations

from extract.facts.campaign_report import opens_held_report
from extract.facts.ctx import Ctx
from extract.facts.institution import form_word, school_from

_PREPOSITIONS = ("в", "во")


def held_report_owner(ctx: Ctx, title: str | None) -> str | None:
    """The institution after "в" in a held report's heading, in the nominative; None."""
    if not title or not opens_held_report(ctx, title):
        return None
    words = title.split()
    for k, w in enumerate(words[:-1]):
        if w.lower() in _PREPOSITIONS and form_word(ctx, words[k + 1].strip("(«\"")):
            return school_from(ctx, words[k + 1 :])
    return None
