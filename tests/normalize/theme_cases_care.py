"""Indicator names of children's rest, health effect and prevention among minors (our own
wording of how real programmes and their subprogrammes word them) and the theme each one
measures. CARE_TRAPS share words with one of those themes but measure something else: a
camp's shift or capacity, a kindergarten's meals, a summer camp's repair, a rate of change
against a base year, the other register of minors — their theme is another one, or none.
"""

from __future__ import annotations

CARE_CASES: list[tuple[str, str | None]] = [
    # children on a preventive register during the holidays: a group of summer rest
    ("Доля подростков, состоящих на учёте в ПДН, отдохнувших летом в лагерях",
     "summer_rest.registered"),
    ("Количество детей группы риска, охваченных отдыхом и оздоровлением",
     "summer_rest.registered"),
    ("Удельный вес детей, стоящих на профилактическом учёте, получивших путёвки в "
     "оздоровительные лагеря", "summer_rest.registered"),
    # health effect of the rest
    ("Удельный вес детей с выраженным эффектом оздоровления после летней кампании",
     "health_effect"),
    ("Выраженный эффект оздоровления детей в лагерях с дневным пребыванием",
     "health_effect"),
    # registers of minors
    ("Число несовершеннолетних, состоящих на учёте в подразделении по делам "
     "несовершеннолетних отдела полиции", "minors_pdn_registered"),
    ("Количество подростков, стоящих на учёте в органах внутренних дел",
     "minors_pdn_registered"),
    ("Число школьников, состоящих на учёте в комиссии по делам несовершеннолетних и защите "
     "их прав", "minors_kdn_registered"),
    ("Численность несовершеннолетних на учёте в КДН и ЗП", "minors_kdn_registered"),
    # offences by minors
    ("Доля несовершеннолетних, совершивших правонарушения, в общем числе детей",
     "juvenile_crime"),
    ("Количество преступлений, совершённых несовершеннолетними за год", "juvenile_crime"),
    ("Доля подростков, совершивших преступление повторно, среди осуждённых "
     "несовершеннолетних", "juvenile_repeat_crime"),
    ("Число повторных правонарушений, совершённых несовершеннолетними",
     "juvenile_repeat_crime"),
    # camp wordings that still count children
    ("Доля детей, отдохнувших в загородных лагерях (в одну смену)", "summer_rest.country"),
    ("Количество школьников, оздоровленных в загородных лагерях за лето",
     "summer_rest.country"),
]

CARE_TRAPS: list[tuple[str, str | None]] = [
    # a camp's capacity, a camp's repair, a camp's shift
    ("Количество мест в загородных оздоровительных лагерях в смену", None),
    ("Число организаций отдыха детей, в которых проведён капитальный ремонт", None),
    ("Доля школ, в которых проведён капитальный ремонт", "capital_repair_done"),
    ("Доля учащихся, которые учатся в первую смену", "one_shift"),
    # kindergartens' meals are not pupils' hot meals
    ("Количество воспитанников детских садов, обеспеченных питанием", "preschool_meals"),
    ("Доля школьников, получающих горячее питание", "school_meals"),
    # a rate against a base year is not the level
    ("Снижение числа несовершеннолетних на учёте в ПДН по отношению к предыдущему году",
     None),
    ("Снижение количества преступлений несовершеннолетних по сравнению с 2020 годом", None),
    # registers of minors: each its own, and not their summer employment or rest
    ("Доля детей на учёте в КДН, отдохнувших в лагерях", "summer_rest.registered"),
    # prevention training of specialists is not the offences themselves
    # the rest of all children, without a group
    ("Охват детей школьного возраста отдыхом и оздоровлением", "summer_rest"),
]
