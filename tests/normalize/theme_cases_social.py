"""Indicator names of the social side of education programmes — state-exam admission,
orphans, summer occupation, youth policy, patriotic upbringing, disabled people's sport and
accessible objects, the population's satisfaction, certificates of additional education,
health groups, compliance and the municipal task (data/themes_social.yaml) — in our own
wording, in the forms real tables use (Доля / Удельный вес / Число / Количество / Охват,
with and without an age span, a place's name and an "в общей численности …" tail), and the
theme each one measures. SOCIAL_TRAPS share words with one of those themes but count
another population or another thing: their theme is another one, or none.
"""

from __future__ import annotations

SOCIAL_CASES: list[tuple[str, str | None]] = [
    # admission to the state final exams
    ("Удельный вес выпускников 9 классов, получивших допуск к ГИА, в общей численности "
     "выпускников 9 классов", "gia_admitted"),
    ("Число одиннадцатиклассников, допущенных к государственной итоговой аттестации",
     "gia_admitted"),
    ("Количество и доля выпускников, которые не допущены к итоговой аттестации",
     "gia_not_admitted"),
    ("Доля девятиклассников, не получивших допуска к ГИА", "gia_not_admitted"),
    ("Число выпускников, сдававших экзамены ГИА в форме ГВЭ", "gia_special_conditions"),
    ("Доля выпускников с ОВЗ, проходивших государственную итоговую аттестацию в особых "
     "условиях", "gia_special_conditions"),
    ("Число выпускников школ", "graduates_count"),
    ("Количество выпускников", "graduates_count"),
    # orphans
    ("Доля детей-сирот в общем числе воспитанников детских домов", "orphans_in_institutions"),
    ("Численность детей, оставшихся без попечения родителей, проживающих в организациях для "
     "детей-сирот", "orphans_in_institutions"),
    ("Численность детей, возвращённых из замещающих семей в интернатные учреждения",
     "orphans_returned"),
    ("Количество отказов от детей среди опекунов и приёмных родителей", "orphans_returned"),
    ("Число случаев возврата детей из приёмных семей", "orphans_returned"),
    ("Удельный вес детей-сирот и детей, оставшихся без попечения родителей, в общей "
     "численности детского населения района", "orphans_count"),
    ("Количество детей-сирот", "orphans_count"),
    # summer occupation (not rest and health) and teenagers' summer jobs
    ("Доля детей в трудной жизненной ситуации, охваченных летней занятостью",
     "summer_occupation.difficult"),
    ("Охват школьников 1–8 классов организованной занятостью в летний период",
     "summer_occupation"),
    ("Число одарённых детей, охваченных каникулярной занятостью", "summer_occupation.gifted"),
    ("Доля подростков, состоящих на учёте в КДН, охваченных занятостью в каникулы",
     "summer_occupation.registered"),
    ("Количество несовершеннолетних в возрасте от 14 до 18 лет, временно трудоустроенных в "
     "летний период", "teen_summer_employment"),
    ("Численность подростков, трудоустроенных в свободное от учёбы время",
     "teen_summer_employment"),
    # youth: volunteering, associations
    ("Доля молодёжи в возрасте 14–30 лет, вовлечённой в волонтёрскую деятельность, в общей "
     "численности молодёжи", "youth_volunteering"),
    ("Численность граждан, занимающихся добровольческой деятельностью", "youth_volunteering"),
    ("Количество волонтёров города", "youth_volunteering"),
    ("Доля детей и молодёжи, вовлечённых в добровольчество", "youth_volunteering"),
    ("Удельный вес обучающихся, занятых в волонтёрском движении", "pupils_volunteering"),
    ("Доля молодых людей, состоящих в молодёжных и детских общественных объединениях",
     "youth_associations"),
    ("Удельный вес школьников, входящих в органы ученического самоуправления",
     "pupil_associations"),
    # patriotic upbringing
    ("Доля молодёжи, вовлечённой в мероприятия гражданско-патриотической направленности",
     "youth_patriotic_events"),
    ("Численность молодых граждан, принимающих участие в патриотических акциях",
     "youth_patriotic_events"),
    ("Удельный вес граждан, участвующих в мероприятиях патриотического воспитания, от общей "
     "численности населения", "patriotic_participants"),
    ("Доля населения, охваченного мероприятиями по патриотическому воспитанию",
     "patriotic_participants"),
    ("Количество обучающихся, принявших участие в военно-патриотических мероприятиях",
     "pupils_patriotic_events"),
    ("Число проведённых мероприятий патриотической направленности", "patriotic_events_held"),
    ("Количество действующих военно-патриотических клубов", "patriotic_clubs"),
    # disabled people and sport; accessible objects
    ("Доля лиц с инвалидностью, систематически занимающихся физкультурой и спортом, в общей "
     "численности инвалидов", "disabled_sport"),
    ("Удельный вес граждан с ОВЗ, занимающихся адаптивной физической культурой",
     "disabled_sport"),
    ("Доля населения, систематически занимающегося спортом, среди лиц с инвалидностью",
     "disabled_sport"),
    ("Доля детей-инвалидов в возрасте 6–18 лет, занимающихся физической культурой и спортом",
     "disabled_children_sport"),
    ("Численность обучающихся с ограниченными возможностями здоровья, систематически "
     "занимающихся спортом", "disabled_children_sport"),
    ("Доля объектов, оборудованных пандусами", "accessible_objects"),
    ("Удельный вес приоритетных объектов здравоохранения, доступных для инвалидов и МГН",
     "accessible_objects.health"),
    ("Доля доступных для маломобильных групп населения объектов культуры",
     "accessible_objects.culture"),
    ("Доля образовательных организаций, в которых созданы условия для обучения детей с ОВЗ",
     "barrier_free"),
    # the population's satisfaction with education (parents are parents_satisfaction)
    ("Удовлетворённость населения качеством дошкольного образования",
     "population_satisfaction"),
    ("Доля жителей округа, удовлетворённых качеством и доступностью образовательных услуг",
     "population_satisfaction"),
    ("Уровень удовлетворённости граждан качеством общего образования",
     "population_satisfaction"),
    # additional education: certificates, sport direction
    ("Доля детей, которым выданы сертификаты дополнительного образования", "pfdo_certificates"),
    ("Удельный вес детей 5–18 лет, использующих сертификаты персонифицированного "
     "финансирования, в общей численности детей этого возраста", "pfdo_certificates"),
    ("Численность детей, обучающихся по дополнительным общеразвивающим программам "
     "физкультурно-спортивной направленности", "addl_sport"),
    ("Доля детей 5–18 лет, занимающихся по дополнительным программам в области физической "
     "культуры и спорта", "addl_sport"),
    # health, early years, attendance
    ("Доля школьников с первой и второй группами здоровья", "health_groups"),
    ("Удельный вес обучающихся, отнесённых к I и II группе здоровья, в общей численности "
     "обучающихся", "health_groups"),
    ("Охват детей от 2 месяцев до 3 лет услугами ранней помощи", "early_development"),
    ("Количество семей, получивших консультации по вопросам раннего развития детей",
     "early_development"),
    ("Посещаемость детских садов", "preschool_attendance"),
    ("Средняя посещаемость дошкольных образовательных учреждений", "preschool_attendance"),
    # compliance and the municipal task
    ("Отсутствие предписаний контрольно-надзорных органов", "legal_compliance"),
    ("Доля школ, прошедших проверки без нарушений", "legal_compliance"),
    ("Доля своевременно устранённых нарушений, выявленных в ходе проверок",
     "legal_compliance"),
    ("Выполнение муниципального задания на оказание услуг", "task_fulfilment"),
    ("Доля учреждений, исполнивших государственное задание в полном объёме",
     "task_fulfilment"),
    # the school network; teachers in district associations
    ("Количество малочисленных школ", "small_schools"),
    ("Удельный вес малокомплектных общеобразовательных организаций", "small_schools"),
    ("Доля школ, имеющих школьный спортивный клуб", "school_sport_clubs"),
    ("Количество спортивных клубов в общеобразовательных организациях",
     "school_sport_clubs"),
    ("Доля педагогов, вовлечённых в деятельность районных методических объединений",
     "rmo_members"),
    # a place's proper name is no content word; the pay of all is not teachers' pay
    ("Численность детей в возрасте от 1 до 7 лет, проживающих в Северном районе",
     "children_population.y1_7"),
    ("Доля педагогов с высшим образованием в общей численности педагогов дошкольных "
     "организаций", "higher_ped_education.preschool"),
    ("Удельный вес высококвалифицированных педагогов в общей численности педагогов",
     "qualification_categories"),
]

SOCIAL_TRAPS: list[tuple[str, str | None]] = [
    # the pay of everyone, a municipality's meals, another direction of additional education
    ("Реальная начисленная заработная плата в муниципальном районе", None),
    ("Доля муниципальных образований, обеспечивших горячим питанием всех школьников", None),
    ("Доля детей 5–18 лет, охваченных дополнительными программами технической и "
     "спортивно-технической направленности", "addl_technical"),
    # rest is not occupation; employment of graduates is not teenagers' summer jobs
    ("Доля детей, охваченных отдыхом и оздоровлением в летний период", "summer_rest"),
    ("Доля выпускников, трудоустроенных после окончания колледжа", None),
    # the young and the citizens are apart; rating an event is not taking part in it
    ("Доля граждан, положительно оценивающих патриотические мероприятия", None),
    ("Количество подготовленных организаторов патриотического воспитания", None),
    ("Удельный вес детей и молодёжи, регулярно занимающихся спортом", "youth_sport"),
    # parents' satisfaction is parents_satisfaction, not the population's
    ("Доля родителей, удовлетворённых качеством образовательных услуг", "parents_satisfaction"),
    # objects put into service, pupils of small schools, pupils of sport clubs
    ("Доля объектов, введённых в эксплуатацию и соответствующих требованиям доступности", None),
    ("Численность обучающихся в малокомплектных школах", None),
    ("Число учащихся — членов школьных спортивных клубов", None),
    # placed in families is orphans_family_placement, not returned from them
    ("Доля детей-сирот, переданных на воспитание в семьи граждан", "orphans_family_placement"),
    # crimes of minors are not compliance; exams passed are not admission
    ("Количество правонарушений, совершённых несовершеннолетними", "juvenile_crime"),
    ("Доля выпускников, сдавших ЕГЭ по русскому языку", "ege_passed.russian"),
]
