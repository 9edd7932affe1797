"""HTML reader: paragraphs, headings, lists, bold, tables with spans and nested tables, charsets,
hostile markup — and the saved-page sample gives the blocks of the DOCX it was saved from."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import DEFAULT_LIMITS, DocumentLoadError, Limits, read_document
from ingest.html.reader import read_html
from ingest.models import Paragraph, ReadResult, Table

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _read(html: str | bytes, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
    data = html.encode("utf-8") if isinstance(html, str) else html
    return read_html(data, "page.html", limits)


def _paras(result: ReadResult) -> list[tuple[str, int | None, str | None, bool]]:
    return [(b.text, b.heading, b.list_number, b.bold) for b in result.blocks
            if isinstance(b, Paragraph)]


def _table(result: ReadResult, n: int = 0) -> Table:
    return [b for b in result.blocks if isinstance(b, Table)][n]


def test_saved_page_sample_gives_the_blocks_of_its_docx() -> None:
    page = read_document(SAMPLES / "002_37c3af1ea0d4163f.html")
    assert page.format == "html"
    assert page.blocks == read_document(SAMPLES / "002_37c3af1ea0d4163f.docx").blocks


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Первый\n   абзац</p><p>Второй<br>строка два</p>",
         [("Первый абзац", None, None, False), ("Второй\nстрока два", None, None, False)]),
        ("<h1>ПЛАН</h1><h3>Раздел <b>1</b></h3><div>текст <strong>жирный</strong></div>",
         [("ПЛАН", 1, None, False), ("Раздел 1", 3, None, False),
          ("текст жирный", None, None, False)]),
        ("<p><b>Весь</b> <strong>жирный</strong></p>", [("Весь жирный", None, None, True)]),
        ("<ol><li>один</li><li>два<ol type='a'><li>вложенный</li></ol></li></ol>"
         "<ul><li>пункт</li></ul><ol start='5'><li>пять</li><li value='9'>девять</li></ol>",
         [("один", None, "1.", False), ("два", None, "2.", False),
          ("вложенный", None, "a.", False), ("пункт", None, "•", False),
          ("пять", None, "5.", False), ("девять", None, "9.", False)]),
        ("<li><p>абзац в пункте</p></li>", [("абзац в пункте", None, "•", False)]),
        ("текст без тегов <i>и курсив</i>", [("текст без тегов и курсив", None, None, False)]),
        ("<pre>строка 1\n  строка 2</pre>", [("строка 1\nстрока 2", None, None, False)]),
    ],
)
def test_paragraphs_headings_lists_and_bold(html: str, expected: list[tuple]) -> None:
    assert _paras(_read(html)) == expected


def test_scripts_styles_comments_and_head_are_dropped() -> None:
    result = _read("<html><head><title>Заголовок окна</title><style>p{}</style>"
                   "<script>alert('x')</script></head><body><!-- скрыто -->"
                   "<p>видно<script>document.write('нет')</script> тоже</p>"
                   "<noscript>нет</noscript></body></html>")
    assert _paras(result) == [("видно тоже", None, None, False)]


def test_table_with_spans_header_and_provenance() -> None:
    result = _read("""<p>до</p><table>
      <thead><tr><th rowspan=2>№</th><th colspan=2>Срок</th></tr>
             <tr><th>начало</th><th>конец</th></tr></thead>
      <tbody><tr><td>1.</td><td colspan="2">весь <b>год</b><br>2024</td></tr>
             <tr><td rowspan="9">2.</td><td>март</td><td>май</td></tr></tbody>
    </table><p>после</p>""")
    assert [b.kind for b in result.blocks] == ["paragraph", "table", "paragraph"]
    table = _table(result)
    assert (table.index, table.n_cols, len(table.rows)) == (1, 3, 4)
    assert [r.header for r in table.rows] == [True, True, False, False]
    assert [[(c.text, c.col, c.col_span, c.row_span) for c in r.cells] for r in table.rows] == [
        [("№", 0, 1, 2), ("Срок", 1, 2, 1)],
        [("начало", 1, 1, 1), ("конец", 2, 1, 1)],
        [("1.", 0, 1, 1), ("весь год\n2024", 1, 2, 1)],
        [("2.", 0, 1, 1), ("март", 1, 1, 1), ("май", 2, 1, 1)],  # rowspan clipped at the end
    ]
    assert table.rows[0].cells[0].bold and not table.rows[2].cells[1].bold
    cell = table.rows[3].cells[2]
    assert (cell.source.table, cell.source.row, cell.source.col) == (1, 4, 3)


def test_nested_table_is_flattened_into_its_cell() -> None:
    result = _read("<table><tr><td>1</td><td><p>Ответственные:</p><table>"
                   "<tr><td>МКУ «ИМЦ»</td><td>директор</td></tr><tr><td>школы</td></tr>"
                   "</table></td></tr></table><table><tr><td>a</td><td>b</td></tr></table>")
    tables = [b for b in result.blocks if isinstance(b, Table)]
    assert [t.index for t in tables] == [1, 2]
    assert tables[0].rows[0].texts == ["1", "Ответственные:\nМКУ «ИМЦ» директор\nшколы"]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ('<html><head><meta charset="windows-1251"></head><body><p>План мероприятий</p>'
         .encode("cp1251"), "План мероприятий"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Дорожная карта'
         .encode("koi8-r"), "Дорожная карта"),
        ("\ufeff<p>Срок исполнения</p>".encode(), "Срок исполнения"),
        # declared UTF-8 but really cp1251 (a re-saved page): detection decides
        ('<meta charset="utf-8"><p>Ответственный исполнитель мероприятия</p>'.encode("cp1251"),
         "Ответственный исполнитель мероприятия"),
        ("<p>Показатели эффективности реализации программы</p>".encode("cp1251"),
         "Показатели эффективности реализации программы"),
    ],
    ids=["meta-cp1251", "meta-koi8", "bom-utf8", "wrong-meta", "no-meta-cp1251"],
)
def test_charsets(data: bytes, text: str) -> None:
    assert _paras(_read(data))[0][0] == text


def test_sniffed_by_content_and_extension(tmp_path: Path) -> None:
    path = tmp_path / "plan.htm"
    path.write_text("<table><tr><td>1</td><td>Семинар</td></tr></table>", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html" and doc.tables[0].rows[0].texts == ["1", "Семинар"]


@pytest.mark.parametrize(
    ("html", "reason"),
    [("<html><head><title>x</title></head><body>  </body></html>", "no text"),
     ("<script>only()</script>", "no text")],
)
def test_empty_pages_are_refused(html: str, reason: str) -> None:
    with pytest.raises(DocumentLoadError) as err:
        _read(html)
    assert str(err.value) == f"page.html: {reason}"


def test_hostile_markup_stays_bounded() -> None:
    with pytest.raises(DocumentLoadError, match="more than 256 levels deep"):
        _read("<div>" * 5000 + "глубоко" + "</div>" * 5000)
    assert _paras(_read("<div>" * 200 + "глубоко" + "</div>" * 200)) == [
        ("глубоко", None, None, False)]
    wide = _read('<table><tr><td colspan="99999999">x</td><td rowspan="99999999">y</td></tr>'
                 "<tr><td>z</td></tr></table>")
    table = _table(wide)
    assert table.n_cols == 1001 and table.rows[0].cells[1].row_span == 2
    with pytest.raises(DocumentLoadError, match="text too long"):
        _read("<p>" + "а" * 2000 + "</p>", Limits(max_text_chars=1000))


def test_unclosed_and_broken_tags_still_read() -> None:
    result = _read("<p>один<p>два <b>жирный<table><tr><td>ячейка<td>вторая</table>")
    assert [p[0] for p in _paras(result)][:2] == ["один", "два жирный"]
    assert _table(result).rows[0].texts == ["ячейка", "вторая"]
