"""Indicator names of the sector's resources and children's health (data/themes_resources.yaml)
and of wordings the older themes missed — the ФКиС abbreviation, sport groups by their age
bounds, the misspelt "атестат", "приходящихся на одного педагога", the accessibility formula —
in our own wording, in the forms real tables use (Доля / Удельный вес / Число / Количество /
Охват, with and without an age span and an "в общей численности …" tail), and the theme each
one measures. RESOURCE_TRAPS share words with one of those themes but count another thing:
their theme is another one, or none.
"""

from __future__ import annotations

RESOURCE_CASES: list[tuple[str, str | None]] = [
    # ФКиС = физическая культура и спорт; the federal groups by their age bounds
    ("Удельный вес жителей, систематически занимающихся ФКиС", "population_sport"),
    ("Доля населения 3–79 лет, систематически занимающегося ФКиС", "population_sport"),
    ("Доля граждан в возрасте 30–54 (59) лет, регулярно занимающихся ФКиС",
     "population_sport.middle"),
    ("Численность граждан 30-59 лет, занимающихся физической культурой и спортом",
     "population_sport.middle"),
    ("Доля граждан в возрасте 55 (60) - 79 лет, систематически занимающихся спортом",
     "population_sport.elder"),
    ("Доля граждан 3–29 лет, систематически занимающихся ФКиС", "youth_sport"),
    ("Удельный вес граждан в возрасте от 3 до 29 лет, занимающихся физической культурой и "
     "спортом, в общей численности граждан этого возраста", "youth_sport"),
    ("Доля инвалидов и лиц с ОВЗ, систематически занимающихся ФКиС", "disabled_sport"),
    # a misspelt certificate is a certificate
    ("Удельный вес выпускников 11 классов, получивших атестат о среднем общем образовании",
     "certificate_11"),
    ("Доля девятиклассников, получивших атестат об основном общем образовании",
     "certificate_9"),
    # children per teacher of additional education, "приходящихся на …"
    ("Число детей 5–18 лет, приходящихся на одного педагога дополнительного образования",
     "addl_children_per_teacher"),
    ("Количество детей в возрасте от 5 до 18 лет, приходящихся на 1 педагогического "
     "работника организаций дополнительного образования", "addl_children_per_teacher"),
    # accessibility by its federal formula
    ("Отношение численности детей 3–7 лет, получающих дошкольное образование, к сумме "
     "численности таких детей и детей 3–7 лет, состоящих в очереди",
     "preschool_accessibility.age3_7"),
    # a kindergarten's roll, those served by schools
    ("Численность воспитанников, всего", "preschool_coverage"),
    ("Количество получателей услуги в общеобразовательных учреждениях", "pupils_count"),
    # additional education: the institutions and their contingent
    ("Всего учащихся в организациях дополнительного образования детей",
     "addl_institutions_pupils"),
    ("Число обучающихся в ДЮСШ и ЦДТ", "addl_institutions_pupils"),
    ("Количество организаций дополнительного образования детей", "addl_institutions_count"),
    ("Число учреждений дополнительного образования (ДДТ, ДЮСШ)", "addl_institutions_count"),
    # kindergartens: places against the need
    ("Обеспеченность местами в детских садах детей от 1 до 7 лет (мест на 100 детей)",
     "preschool_places_provision"),
    ("Нормативная потребность в местах в дошкольных организациях",
     "preschool_places_provision"),
    ("Уровень обеспеченности населения дошкольными образовательными учреждениями",
     "preschool_places_provision"),
    ("Число мест в детских садах района", "preschool_places_count"),
    ("Число дошкольных образовательных организаций", "kindergartens_count"),
    ("Количество частных детских садов, имеющих лицензию", "private_kindergartens"),
    # spending
    ("Расходы бюджета на общее образование в расчёте на одного жителя", "education_spending"),
    ("Объём расходов на дошкольное образование", "education_spending"),
    # children's health in kindergartens
    ("Число случаев заболеваний детей за год", "morbidity_cases"),
    ("Заболеваемость воспитанников (случаев на одного ребёнка)", "morbidity_cases"),
    # kindergartens' children named, still morbidity, not coverage
    ("Количество случаев заболевания воспитанников дошкольных организаций",
     "morbidity_cases"),
    ("Количество часто болеющих детей", "frequently_ill_children"),
    ("Доля ЧДБ в общей численности воспитанников", "frequently_ill_children"),
    ("Средняя продолжительность заболевания одного ребёнка", "illness_duration"),
    ("Посещаемость детьми", "preschool_attendance"),
    ("Средняя посещаемость", "preschool_attendance"),
    # classes and meals
    ("Средняя наполняемость классов в школах города", "class_size"),
    ("Доля учащихся, обеспеченных льготным питанием", "free_meals_pupils"),
    ("Число школьников, получающих бесплатное питание, всего", "free_meals_pupils"),
    ("Стоимость бесплатного питания одного учащегося в день", "meal_cost"),
    ("Численность воспитанников дошкольных организаций, охваченных питанием",
     "preschool_meals"),
    # pupils with disabilities among all pupils
    ("Удельный вес обучающихся с ОВЗ в общей численности обучающихся школ", "pupils_ovz"),
    ("Количество школьников с ограниченными возможностями здоровья", "pupils_ovz"),
    ("Доля детей-инвалидов в общей численности учащихся общеобразовательных организаций",
     "pupils_disabled"),
    ("Численность обучающихся с инвалидностью", "pupils_disabled"),
    # the organisations of the children's summer, accessibility passports
    ("Число организаций отдыха и оздоровления детей, всего", "rest_organisations_count"),
    ("Количество летних лагерей дневного пребывания", "rest_organisations_count"),
    ("Доля объектов образования, имеющих паспорт доступности", "accessibility_passports"),
    ("Количество паспортизированных объектов социальной инфраструктуры",
     "accessibility_passports"),
]

RESOURCE_TRAPS: list[tuple[str, str | None]] = [
    # a share of an age group covered is coverage, not an institution's contingent
    ("Доля детей, обучающихся в организациях дополнительного образования, в общей "
     "численности детей 5–18 лет", "additional_education"),
    # an age band of 6,5–18 is not 5–18
    ("Число детей в возрасте от 6,5 до 18 лет", "children_population.y6h_18"),
    # preschoolers on adapted programmes are not coverage
    ("Численность детей, обучающихся по адаптированным программам дошкольного образования",
     None),
    # offenders' social programmes are not teenagers' summer jobs
    ("Доля несовершеннолетних в конфликте с законом, включённых в систему реабилитации "
     "(трудоустройство, отдых)", "offenders_support"),
    ("Количество несовершеннолетних, временно трудоустроенных летом", "teen_summer_employment"),
    # the queue itself stays the queue
    ("Численность детей 3–7 лет, состоящих в очереди в детские сады", "preschool_queue.age3_7"),
    ("Количество мест, созданных в детских садах", "preschool_new_places"),
    ("Количество детей, не обеспеченных местом в детском саду", "preschool_queue"),
    # spending on one purpose, pay, days missed are other things
    ("Расходы на организацию питания школьников", None),
    ("Число пропущенных дней по болезни на одного ребёнка", "sick_missed"),
    ("Доля детей с ОВЗ, обучающихся инклюзивно", "inclusive_education"),
    ("Количество построенных детских садов", "kindergartens_built"),
    ("Количество детей, отдохнувших в оздоровительных лагерях", "summer_rest"),
    ("Доля школьников, охваченных горячим питанием", "school_meals"),
    ("Посещаемость уроков учащимися", None),
]
