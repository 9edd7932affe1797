"""Extractor 'tables': each table gets a role from an ordered list of small rules, then the
reader of that role turns its rows into activities, indicators or document facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extract.across import heading_years, is_across, read_across, top_year
from extract.activities import extract_activities
from extract.activity_cols import TITLE_ROLES
from extract.cell_fit import FIELDS
from extract.cells import rejoin_table, unit_line
from extract.facts.sign_caption import caption_roles
from extract.facts.vocab import facts_vocab
from extract.form_rows import is_form, read_form
from extract.found import Found, merge
from extract.header_rows import content_header, find_header
from extract.headphrase import CHAIN, HEAD, read_header
from extract.indicators import extract_indicators
from extract.layout import Ctx, Header, flat, grid_rows
from extract.mixed_plan import activity_part, indicator_part, is_mixed_plan
from extract.passport import extract_passport, looks_like_passport
from extract.sections import directions
from extract.stages import extract_stages
from extract.tools import ExtractTools
from extract.vocab import Vocab, best_match, contains, get_vocab
from ingest.models import Paragraph, SourceDocument, Table

# Roles whose header a headerless table after them continues.
PLAN_ROLES = ("activities", "indicators", "activities_indicators")
KIND_LINES = 3  # opening paragraphs read to guess the document kind


def _is_stage(ctx: Ctx) -> bool:
    """A stage table whose rows are the stages themselves (no column names activities)."""
    h = ctx.header
    return (h is not None and h.col("stage") is not None and h.col("activity") is None
            and len(h.roles) >= 2)


def _names_service(ctx: Ctx) -> bool:
    """The header names a state or municipal service or work (the form of a task's execution
    report: "Содержание муниципальной услуги", "Уникальный номер реестровой записи") and no
    column names activities or stages ("Мероприятие", "Этап перевода услуги в электронный
    вид" make a plan about services): its rows are services, not a plan's activities."""
    h = ctx.header
    if h is None or not (any(read_header(t, ctx.tools).score("service") >= CHAIN
                             for t in set(h.texts) if t) or _names_task(ctx)):
        return False
    return not any(read_header(t, ctx.tools).score(role) >= HEAD + 1
                   for t in set(h.texts) if t for role in ("activity", "stage"))


def _names_task(ctx: Ctx) -> bool:
    """A value caption names the municipal or state task ("Утверждено в муниципальном задании
    на год"): a task report's table, also where a cut-out fragment lost its service captions."""
    h = ctx.header
    assert h is not None
    for t in {t for t in h.texts if t}:
        lemmas = ctx.tools.lemmas(t)
        if any(contains(lemmas, p) for p in ctx.vocab.task_captions):
            ctx.note("task_caption", f"header {flat(t)[:40]!r} names the task: rows are services")
            return True
    return False


def _is_activity(ctx: Ctx) -> bool:
    h = ctx.header
    if h is None or all(h.col(r) is None for r in TITLE_ROLES) or _names_service(ctx):
        return False
    return any(h.col(r) is not None for r in (*FIELDS, "indicator", "stage", "start", "end"))


def _is_activity_named(ctx: Ctx) -> bool:
    """An activity table whose header names the title column and a field column by their head
    words ("Наименование мероприятия | Ответственные лица"): never a passport."""
    h = ctx.header
    if h is None or not _is_activity(ctx):
        return False
    strong = {h.roles[c] for c, s in h.strength.items() if s >= HEAD + 1}
    return bool(strong & set(TITLE_ROLES)) and bool(strong & {*FIELDS, "start", "end"})


def _is_activity_list(ctx: Ctx) -> bool:
    """A programme's activity list with money per year or per budget ("Наименование
    мероприятий | 2013 | 2014 …" under budget captions) and no indicator column: the numbers
    are money, the rows activities."""
    h = ctx.header
    if h is None or h.col("indicator") is not None or (act := h.col("activity")) is None:
        return False
    named = read_header(h.texts[act], ctx.tools).head not in ctx.vocab.generic_heads
    money = bool(h.years) or "money" in h.roles.values()
    return named and h.strength.get(act, 0.0) >= HEAD + 1 and money


def _is_indicator_first(ctx: Ctx) -> bool:
    """An indicator column with yearly values beside no column its header names as the
    activities' (a programme row "Муниципальная программа … | Показатель | 2015 | 2016")."""
    h = ctx.header
    if h is None or (ind := h.col("indicator")) is None or not h.years:
        return False
    titles = [c for r in TITLE_ROLES for c in h.cols(r)]
    return all(h.strength.get(c, 0.0) < h.strength.get(ind, 0.0) for c in titles)


def _is_indicator(ctx: Ctx) -> bool:
    """An indicator column, or a name column ("Наименование", "Результат") with year columns."""
    h = ctx.header
    if h is None:
        return False
    named = any(h.col(r) is not None for r in ("result", "activity"))
    return h.col("indicator") is not None or (named and bool(h.years))


TableRule = Callable[[Ctx], bool]
# (rule name, table role, test). Order matters: the first rule that holds decides.
RULES: tuple[tuple[str, str, TableRule], ...] = (
    ("names_across", "indicators_across", is_across),
    ("plan_with_indicators", "activities_indicators", is_mixed_plan),
    ("indicator_values", "indicators", _is_indicator_first),
    ("stage_header", "stages", _is_stage),
    ("activity_header_named", "activities", _is_activity_named),
    ("passport_fields", "passport", looks_like_passport),
    ("activity_header", "activities", _is_activity),
    ("activity_list_with_money", "activities", _is_activity_list),
    ("indicator_header", "indicators", _is_indicator),
    ("report_form_rows", "form_rows", is_form),
)


def classify(ctx: Ctx) -> tuple[str, str] | None:
    """(rule, role) of the first rule that holds for the table, or None."""
    return next(((name, role) for name, role, test in RULES if test(ctx)), None)


def guess_kind(doc: SourceDocument, vocab: Vocab, tools: ExtractTools) -> str | None:
    """A light guess of the document kind from its opening paragraphs (report words first)."""
    opening = [p.text for p in doc.paragraphs[:KIND_LINES]]
    lemmas = tools.lemmas(" ".join(opening))
    found = best_match(vocab.kinds, lemmas, " ".join(opening).lower())
    names = [n for n, _ in found]
    return "report" if "report" in names else names[0] if names else None


def _continued(ctx: Ctx, prev: tuple[str, Header, int] | None) -> Ctx | None:
    """A headerless table continuing the previous one (split by a page break)."""
    if ctx.header is not None or prev is None or prev[0] not in PLAN_ROLES:
        return None
    _role, header, n_cols = prev
    if ctx.table.n_cols != n_cols:
        return None
    return replace(ctx, header=replace(header, n_rows=0))


def _from_content(ctx: Ctx) -> tuple[Ctx, tuple[str, str] | None]:
    """A headerless table read by roles from its content (with a warning), if it has some."""
    if any(caption_roles(facts_vocab(), [r.text(k) for k in range(len(r.slots))])
           for r in ctx.rows):
        # "НАЧАЛЬНИК | | Фамилия Имя Отчество" over "(должность) | (подпись) | (расшифровка
        # подписи)": a form's signature block (a document fact), no plan rows
        ctx.trace.append(f"table {ctx.table.index}: signature over its caption row")
        return ctx, None
    header = content_header(ctx.rows, ctx.table.n_cols, ctx.vocab, ctx.tools)
    if header is None:
        return ctx, None
    ctx = replace(ctx, header=header)
    ctx.trace.extend(f"table {ctx.table.index}: {n} [column_roles]" for n in header.notes)
    ctx.warnings.extend(f"table {ctx.table.index}: {w}" for w in header.warnings)
    plan = _is_activity(ctx)
    return ctx, ("roles_from_content", "activities" if plan else "indicators")


def _ends_text(doc: SourceDocument, table: Table) -> bool:
    """The table is the document's last block: nothing follows its last row."""
    last = doc.blocks[-1] if doc.blocks else None
    return isinstance(last, Table) and last.index == table.index


def table_units(doc: SourceDocument, vocab: Vocab, tools: ExtractTools) -> dict[int, str]:
    """Per table, the unit a bracketed line right above it gives all its values."""
    out: dict[int, str] = {}
    prev: Paragraph | Table | None = None
    for block in doc.blocks:
        if isinstance(block, Table) and isinstance(prev, Paragraph) and (
                unit := unit_line(prev.text, vocab, tools)):
            out[block.index] = unit
        prev = block
    return out


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Activities, indicators, goals, tasks and passport facts from the document's tables."""
    vocab = get_vocab(tools)
    kind = found.document.kind or guess_kind(doc, vocab, tools)
    dirs = directions([p.text for p in doc.paragraphs])
    out = Found(trace=(f"tables: document kind for values: {kind or 'unknown'}",))
    prev: tuple[str, Header, int] | None = None
    units = table_units(doc, vocab, tools)
    years = heading_years(doc)
    top = top_year(doc)  # (a heading naming no year: the title block's, for plan/fact columns)
    for table in doc.tables:
        table = rejoin_table(table, tools)
        rows = grid_rows(table)
        header = find_header(rows, table.n_cols, vocab, tools)
        ctx = Ctx(table, rows, header, vocab, tools, "fact" if kind == "report" else "plan", dirs,
                  unit=units.get(table.index), year=years.get(table.index), title_year=top,
                  ends_text=_ends_text(doc, table))
        if header is not None:
            ctx.trace.extend(f"table {table.index}: {n} [column_roles]" for n in header.notes)
            ctx.warnings.extend(f"table {table.index}: {w}" for w in header.warnings)
        decided = classify(ctx)
        if decided is None and (cont := _continued(ctx, prev)) is not None:
            ctx, decided = cont, ("continues_previous_table", prev[0] if prev else "")
        # a table of one row (an amending act restates one plan row in quotes) has no body
        # under the "header" its first row was read as: its content says its roles
        if decided is None and (header is None or header.n_rows >= len(rows)):
            ctx, decided = _from_content(replace(ctx, header=None))
        if decided is None:
            out = merge(out, Found(warnings=tuple(ctx.warnings),
                                   trace=(*ctx.trace, f"table {table.index}: no role")))
            continue
        rule, role = decided
        ctx.note(rule, f"role {role}")
        out = merge(out, _read(role, ctx))
        if role in PLAN_ROLES and ctx.header is not None:
            prev = (role, ctx.header, table.n_cols)
    return out


def _read(role: str, ctx: Ctx) -> Found:
    if role == "passport":
        p = extract_passport(ctx)
        return Found(
            document=p.document,
            goals=tuple(p.goals),
            tasks=tuple(p.tasks),
            indicators=tuple(p.indicators),
            warnings=tuple(ctx.warnings),
            trace=tuple(ctx.trace),
        )
    if role == "stages":
        acts = tuple(extract_stages(ctx))
        return Found(activities=acts, warnings=tuple(ctx.warnings), trace=tuple(ctx.trace))
    if role == "activities_indicators":
        acts_ctx, inds_ctx = activity_part(ctx), indicator_part(ctx)
        acts = tuple(extract_activities(acts_ctx))
        inds = tuple(extract_indicators(inds_ctx))
        return Found(activities=acts, indicators=inds, goals=tuple(acts_ctx.goals),
                     tasks=tuple(acts_ctx.tasks),
                     warnings=(*ctx.warnings, *acts_ctx.warnings, *inds_ctx.warnings),
                     trace=(*ctx.trace, *acts_ctx.trace, *inds_ctx.trace))
    if role == "activities":
        acts = tuple(extract_activities(ctx))
        return Found(activities=acts, goals=tuple(ctx.goals), tasks=tuple(ctx.tasks),
                     warnings=tuple(ctx.warnings), trace=tuple(ctx.trace))
    read = {"indicators_across": read_across, "form_rows": read_form}.get(role, extract_indicators)
    inds = tuple(read(ctx))
    return Found(indicators=inds, goals=tuple(ctx.goals), tasks=tuple(ctx.tasks),
                 warnings=tuple(ctx.warnings), trace=tuple(ctx.trace))
