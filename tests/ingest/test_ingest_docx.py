"""DOCX reader: structure (merges, headers, numbering, headings, pages) and hostile input."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from ingest import DocumentLoadError, read_document
from ingest.docx.reader import read_docx
from ingest.limits import DEFAULT_LIMITS, Limits
from ingest.models import Paragraph, Table
from ingest.safe_xml import parse_xml
from ingest.safe_zip import packed_member

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def make_docx(body: str, styles: str = "", numbering: str = "", prolog: str = "") -> bytes:
    """A minimal DOCX whose body is `body` (WordprocessingML with the w: prefix)."""
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
           f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("word/document.xml", doc)
        if styles:
            zf.writestr("word/styles.xml", f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
        if numbering:
            zf.writestr("word/numbering.xml",
                        f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>')
    return buf.getvalue()


def read(data: bytes, limits: Limits = DEFAULT_LIMITS):
    return read_docx(data, "test.docx", limits)


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r></w:p>"


def tc(text: str, tcpr: str = "") -> str:
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{p(text)}</w:tc>"


def tr(*cells: str, trpr: str = "") -> str:
    return f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(cells)}</w:tr>"


def tbl(*rows: str, cols: int = 3) -> str:
    grid = "".join("<w:gridCol/>" for _ in range(cols))
    return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def only_table(data: bytes) -> Table:
    tables = [b for b in read(data).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


def cells(row) -> list[tuple[str, int, int, int]]:
    return [(c.text, c.col, c.col_span, c.row_span) for c in row.cells]


# ---- tables ----------------------------------------------------------------------------------

def test_grid_span_and_grid_before_give_grid_columns() -> None:
    t = only_table(make_docx(tbl(
        tr(tc("Раздел", '<w:gridSpan w:val="3"/>')),
        tr(tc("a"), tc("b", '<w:gridSpan w:val="2"/>')),
        tr(tc("c"), tc("d"), trpr='<w:gridBefore w:val="1"/>'),
    )))
    assert t.n_cols == 3
    assert cells(t.rows[0]) == [("Раздел", 0, 3, 1)]
    assert cells(t.rows[1]) == [("a", 0, 1, 1), ("b", 1, 2, 1)]
    assert cells(t.rows[2]) == [("c", 1, 1, 1), ("d", 2, 1, 1)]
    assert [c.source.col for c in t.rows[2].cells] == [2, 3]
    assert t.rows[2].source.row == 3 and t.rows[2].source.table == 1


def test_vertical_merge_kept_once_at_top_with_row_span() -> None:
    restart, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    t = only_table(make_docx(tbl(
        tr(tc("1."), tc("Мероприятие А"), tc("Иванов И.И.\u00a0", restart)),
        tr(tc("2."), tc("Мероприятие Б"), tc("", cont)),
        tr(tc("3."), tc("Мероприятие В"), tc("", '<w:vMerge w:val="continue"/>')),
        tr(tc("4."), tc("Мероприятие Г"), tc("Петров П.П.")),
    )))
    assert cells(t.rows[0])[2] == ("Иванов И.И.", 2, 1, 3)
    assert [c.text for c in t.rows[1].cells] == ["2.", "Мероприятие Б"]
    assert [c.text for c in t.rows[2].cells] == ["3.", "Мероприятие В"]
    assert cells(t.rows[3])[2] == ("Петров П.П.", 2, 1, 1)
    grid = t.grid()
    assert grid[2][2] is grid[0][2]


def test_vertical_merge_made_by_python_docx() -> None:
    d = docx.Document()
    t = d.add_table(rows=4, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Раздел 1"
    t.cell(1, 2).merge(t.cell(3, 2)).text = "Отдел образования"
    for r in range(1, 4):
        t.cell(r, 0).text = f"1.{r}."
    buf = io.BytesIO()
    d.save(buf)
    table = only_table(buf.getvalue())
    assert cells(table.rows[0]) == [("Раздел 1", 0, 3, 1)]
    assert ("Отдел образования", 2, 1, 3) in cells(table.rows[1])
    assert [c.col for c in table.rows[2].cells] == [0, 1]


def test_two_row_header_is_marked() -> None:
    hdr = "<w:tblHeader/>"
    t = only_table(make_docx(tbl(
        tr(tc("№", '<w:vMerge w:val="restart"/>'), tc("Сроки", '<w:gridSpan w:val="2"/>'),
           trpr=hdr),
        tr(tc("", "<w:vMerge/>"), tc("начало"), tc("окончание"), trpr=hdr),
        tr(tc("1."), tc("2024"), tc("2025")),
    )))
    assert [r.header for r in t.rows] == [True, True, False]
    assert cells(t.rows[0]) == [("№", 0, 1, 2), ("Сроки", 1, 2, 1)]
    assert cells(t.rows[1]) == [("начало", 1, 1, 1), ("окончание", 2, 1, 1)]


def test_nested_table_text_goes_into_the_cell_in_reading_order() -> None:
    inner = tbl(tr(tc("x1"), tc("x2")), tr(tc("y1"), tc("y2")), cols=2)
    outer = tbl(tr(f"<w:tc>{p('до')}{inner}{p('после')}</w:tc>", tc("b")), cols=2)
    body = outer + p("Текст после таблицы")
    blocks = read(make_docx(body)).blocks
    table = blocks[0]
    assert isinstance(table, Table) and table.index == 1
    assert table.rows[0].cells[0].text == "до\nx1 x2\ny1 y2\nпосле"
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Текст после таблицы"]


def test_body_order_and_content_controls() -> None:
    body = (p("Первый") + tbl(tr(tc("A"))) + "<w:sdt><w:sdtContent>" + p("В элементе управления")
            + tbl(tr(tc("B"))) + "</w:sdtContent></w:sdt>" + p("Последний"))
    blocks = read(make_docx(body)).blocks
    kinds = [b.text if isinstance(b, Paragraph) else f"T{b.index}" for b in blocks]
    assert kinds == ["Первый", "T1", "В элементе управления", "T2", "Последний"]


def test_run_text_tabs_breaks_hyperlinks_and_deletions() -> None:
    body = ('<w:p><w:r><w:t>до</w:t><w:tab/><w:t>после</w:t><w:br/><w:t>строка 2</w:t></w:r>'
            '<w:hyperlink><w:r><w:t xml:space="preserve"> ссылка</w:t></w:r></w:hyperlink>'
            '<w:del><w:r><w:delText>удалено</w:delText></w:r></w:del></w:p>')
    (para,) = read(make_docx(body)).blocks
    assert para.text == "до после\nстрока 2 ссылка"


# ---- paragraphs: headings, bold, numbering ---------------------------------------------------

STYLES = """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="Заголовок 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Подзаголовок отдела"/>
  <w:basedOn w:val="Mid"/></w:style>
<w:style w:type="paragraph" w:styleId="Mid"><w:name w:val="Средний"/>
  <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Fake"><w:name w:val="Заголовок 3"/></w:style>
<w:style w:type="paragraph" w:styleId="NumStyle"><w:name w:val="Нумерованный"/>
  <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr>
  </w:style>
"""


def test_headings_come_from_outline_levels_not_style_names() -> None:
    body = (p("Раздел", '<w:pStyle w:val="1"/>') + p("Подраздел", '<w:pStyle w:val="Sub"/>')
            + p("Прямой уровень", '<w:outlineLvl w:val="2"/>')
            + p("Только имя", '<w:pStyle w:val="Fake"/>')
            + p("Основной текст", '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>'))
    blocks = read(make_docx(body, styles=STYLES)).blocks
    assert [(b.text, b.heading) for b in blocks] == [
        ("Раздел", 1), ("Подраздел", 2), ("Прямой уровень", 3), ("Только имя", None),
        ("Основной текст", None)]


def test_bold_when_all_runs_bold() -> None:
    mixed = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>жир</w:t></w:r>'
             '<w:r><w:t> обычный</w:t></w:r></w:p>')
    by_char_style = ('<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>'
                     '<w:t>сильный</w:t></w:r></w:p>')
    body = (p("прямой", rpr="<w:b/>") + mixed + p("стиль", '<w:pStyle w:val="1"/>')
            + p("снят", '<w:pStyle w:val="1"/>', '<w:b w:val="0"/>') + by_char_style)
    blocks = read(make_docx(body, styles=STYLES)).blocks
    assert [(b.text, b.bold) for b in blocks] == [
        ("прямой", True), ("жир обычный", False), ("стиль", True), ("снят", False),
        ("сильный", True)]


NUMBERING = """
<w:abstractNum w:abstractNumId="10">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/>
  </w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="30">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>
  </w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="russianLower"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="10"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
"""


def num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def test_list_numbers_are_rendered_with_counters_per_list_and_level() -> None:
    body = (p("a", num(1)) + p("a1", num(1, 1)) + p("a2", num(1, 1)) + p("b", num(1))
            + p("b1", num(1, 1)) + p("точка", num(2)) + p("тире", num(2, 1))
            + p("стиль", '<w:pStyle w:val="NumStyle"/>') + p("без номера", num(0))
            + p("рим", num(3)) + p("буква", num(3, 1)) + p("буква2", num(3, 1))
            + p("заново", num(4)) + p("c1", num(4, 1)))
    blocks = read(make_docx(body, styles=STYLES, numbering=NUMBERING)).blocks
    assert [(b.list_number, b.text) for b in blocks] == [
        ("1.", "a"), ("1.1.", "a1"), ("1.2.", "a2"), ("2.", "b"), ("2.1.", "b1"),
        ("•", "точка"), ("-", "тире"), ("•", "стиль"), (None, "без номера"),
        ("III.", "рим"), ("а)", "буква"), ("б)", "буква2"), ("1.", "заново"), ("1.1.", "c1")]
    assert blocks[1].full_text == "1.1. a1"


def test_list_numbers_inside_table_cells_are_part_of_the_cell_text() -> None:
    body = tbl(tr(tc_num("Раздел", 1, 0), tc("x")), tr(tc_num("Пункт", 1, 1), tc("y")), cols=2)
    t = only_table(make_docx(body, numbering=NUMBERING))
    assert [c.text for c in t.rows[0].cells] == ["1. Раздел", "x"]
    assert [c.text for c in t.rows[1].cells] == ["1.1. Пункт", "y"]


def tc_num(text: str, num_id: int, ilvl: int) -> str:
    return f"<w:tc>{p(text, num(num_id, ilvl))}</w:tc>"


# ---- pages -----------------------------------------------------------------------------------

def test_pages_from_rendered_page_breaks() -> None:
    brk = "<w:r><w:lastRenderedPageBreak/><w:t>Стр. 2</w:t></w:r>"
    row2 = f"<w:tr><w:tc><w:p>{brk}</w:p></w:tc></w:tr>"
    body = p("Стр. 1") + tbl(tr(tc("r1")), row2, tr(tc("r3")), cols=1) + p("конец")
    res = read(make_docx(body))
    para, table, last = res.blocks
    assert para.source.page == 1
    assert [r.source.page for r in table.rows] == [1, 2, 2]
    assert table.rows[1].cells[0].source.page == 2
    assert table.pages == (1, 2)
    assert last.source.page == 2 and res.pages == 2


def test_pages_from_explicit_breaks_when_not_rendered() -> None:
    body = (p("один") + '<w:p><w:r><w:t>два</w:t><w:br w:type="page"/></w:r></w:p>'
            + p("три") + p("четыре", "<w:pageBreakBefore/>"))
    res = read(make_docx(body))
    assert [b.source.page for b in res.blocks] == [1, 1, 2, 3]
    assert res.pages == 3


def test_no_page_information_means_no_pages() -> None:
    res = read(make_docx(p("текст") + tbl(tr(tc("a")))))
    assert res.pages is None
    assert res.blocks[0].source.page is None and res.blocks[1].pages == ()


# ---- hostile and broken input ----------------------------------------------------------------

def zip_with(member: str, payload_chunks: int, chunk: bytes = b"\0" * (1 << 20)) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        with zf.open(member, "w") as fh:
            for _ in range(payload_chunks):
                fh.write(chunk)
    return buf.getvalue()


def test_zip_bomb_refused_before_decompression(monkeypatch: pytest.MonkeyPatch) -> None:
    data = zip_with("word/document.xml", 200)  # 200 MB of zeros in ~200 KB
    assert len(data) < 2 * 1024 * 1024

    def no_inflate(*args: object, **kw: object) -> bytes:
        raise AssertionError("decompression started")

    monkeypatch.setattr("ingest.docx.reader.read_member", no_inflate)
    with pytest.raises(DocumentLoadError, match="zip bomb"):
        read(data)


@pytest.mark.parametrize(("limits", "reason"), [
    (Limits(max_zip_member_bytes=4 * 1024 * 1024), "would unpack to"),
    (Limits(max_zip_total_bytes=4 * 1024 * 1024, max_zip_ratio=1e9), "container would unpack"),
])
def test_declared_sizes_checked_against_limits(limits: Limits, reason: str) -> None:
    with pytest.raises(DocumentLoadError, match=reason):
        read(zip_with("word/media/big.bin", 5), limits)


def test_xxe_entity_is_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("СЕКРЕТ")
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    with pytest.raises(DocumentLoadError, match="DTD") as err:
        read(make_docx(p("до &xxe; после"), prolog=prolog))
    assert "СЕКРЕТ" not in str(err.value)


def test_entities_never_expanded_even_when_dtd_allowed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    laughs = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 9))
    doc = (f'<!DOCTYPE a [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY l0 "lol">{laughs}]>'
           "<a><b>&xxe;</b><c>&l3;</c></a>").encode()
    root = parse_xml(doc, "x.xml", "x.xml", allow_dtd=True)
    assert "SECRET" not in "".join(root.itertext())
    assert "lol" not in "".join(root.itertext())


def test_billion_laughs_is_not_expanded() -> None:
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    prolog = f"<!DOCTYPE w:document [{''.join(ents)}]>"
    with pytest.raises(DocumentLoadError, match="DTD"):
        read(make_docx(p("&lol9;"), prolog=prolog))


def good_docx() -> bytes:
    return make_docx(p("Приказ") + tbl(tr(tc("a"), tc("b")), cols=2))


@pytest.mark.parametrize(("data", "reason"), [
    (good_docx()[: len(good_docx()) // 2], "corrupt or truncated"),
    (b"PK\x03\x04" + b"\x00" * 200, "corrupt or truncated"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64,
     "password-protected"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "old binary Office format"),
    (zip_with("word/other.xml", 1, b"<a/>"), "word/document.xml is missing"),
    (make_docx("<w:p><w:r><w:t>не закрыт</w:r></w:p>"), "not well-formed XML"),
])
def test_broken_files_give_a_clear_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentLoadError, match=reason) as err:
        read(data)
    assert str(err.value).startswith("test.docx: ")


def test_read_document_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "план.docx"
    path.write_bytes(good_docx())
    doc = read_document(path)
    assert doc.format == "docx" and doc.file == "план.docx"
    assert doc.paragraphs[0].text == "Приказ"
    assert doc.tables[0].rows[0].texts == ["a", "b"]


def test_hidden_text_is_not_read() -> None:
    body = ('<w:p><w:r><w:t>видно</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>'
            '<w:t> скрыто</w:t></w:r></w:p>')
    (para,) = read(make_docx(body)).blocks
    assert para.text == "видно"


def test_table_styles_are_skipped_without_losing_other_styles() -> None:
    styles = ('<w:style w:type="table" w:styleId="Empty"/>'
              '<w:style w:type="paragraph" w:styleId="H"><w:pPr><w:outlineLvl w:val="0"/>'
              '</w:pPr></w:style>'
              '<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/>'
              '<w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="B"><w:rPr><w:b/></w:rPr></w:style>')
    body = p("заголовок", '<w:pStyle w:val="H"/>') + p("жирный", '<w:pStyle w:val="B"/>')
    blocks = read(make_docx(body, styles=styles)).blocks
    assert [(b.heading, b.bold) for b in blocks] == [(1, False), (None, True)]


def test_documents_sharing_or_not_sharing_styles_each_read_with_their_own() -> None:
    # The reader keeps the styles of recent styles.xml parts: a document whose part differs
    # in one value (same size) must not get another's, one whose part is the same must get
    # the same reading, in whatever order they come.
    def styles(bold: str) -> str:
        return (f'<w:style w:type="paragraph" w:styleId="S"><w:rPr><w:b w:val="{bold}"/>'
                '</w:rPr></w:style>')

    body = p("текст", '<w:pStyle w:val="S"/>')
    bold, plain = make_docx(body, styles=styles("1")), make_docx(body, styles=styles("0"))
    got = [read(data).blocks[0].bold for data in (bold, plain, bold, plain, plain, bold)]
    assert got == [True, False, True, False, False, True]


def test_packed_member_is_the_stored_deflate_stream_or_none() -> None:
    data = make_docx(p("текст"), styles=STYLES)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/styles.xml")
        packed = packed_member(data, info)
        assert packed is not None
        assert zlib.decompressobj(-15).decompress(packed) == zf.read(info)
        assert packed_member(data[: info.header_offset + 40], info) is None  # cut short
        info.header_offset += 1  # the directory pointing beside the local header
        assert packed_member(data, info) is None


def test_truncated_docx_file_is_reported_by_the_docx_reader(tmp_path: Path) -> None:
    path = tmp_path / "обрезан.docx"
    data = good_docx()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DocumentLoadError, match="corrupt or truncated zip"):
        read_document(path)


MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def test_text_box_read_once_after_its_paragraph() -> None:
    box = f"<w:txbxContent>{p('УТВЕРЖДЕНО')}{p('приказом от 01.02.2024 № 5')}</w:txbxContent>"
    anchor = (f'<w:p><w:r><w:t>Якорь</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="{MC}">'
              f"<mc:Choice><w:drawing><any>{box}</any></w:drawing></mc:Choice>"
              f"<mc:Fallback><w:pict><any>{box}</any></w:pict></mc:Fallback>"
              "</mc:AlternateContent></w:r></w:p>")
    blocks = read(make_docx(anchor + p("Дальше"))).blocks
    assert [b.text for b in blocks] == [
        "Якорь", "УТВЕРЖДЕНО", "приказом от 01.02.2024 № 5", "Дальше"]


def test_member_whose_header_understates_its_size_is_not_inflated() -> None:
    import struct

    data = bytearray(zip_with("word/document.xml", 10))  # 10 MB of zeros
    struct.pack_into("<I", data, 22, 1000)  # local header: uncompressed size
    central = data.rfind(b"PK\x01\x02")
    while central >= 0:
        struct.pack_into("<I", data, central + 24, 1000)
        central = data.rfind(b"PK\x01\x02", 0, central)
    with pytest.raises(DocumentLoadError, match="corrupt"):
        read(bytes(data))


def test_strict_ooxml_namespace_is_read() -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    data = make_docx(p("Строгий формат")).replace(W_NS.encode(), strict.encode())
    assert [b.text for b in read(data).blocks] == ["Строгий формат"]


def test_numbering_through_a_list_style_link_and_level_restart() -> None:
    numbering = """
    <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:styleLink w:val="ListStyle"/>
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
      </w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/>
        <w:lvlText w:val="(%2)"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="8"><w:abstractNumId w:val="2"/></w:num>
    """
    styles = ('<w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr>'
              '<w:numId w:val="8"/></w:numPr></w:pPr></w:style>')
    body = p("a", num(7)) + p("a1", num(7, 1)) + p("b", num(7)) + p("b1", num(7, 1))
    blocks = read(make_docx(body, styles=styles, numbering=numbering)).blocks
    assert [b.list_number for b in blocks] == ["1.", "(1)", "2.", "(2)"]


def test_legacy_horizontal_merge() -> None:
    t = only_table(make_docx(tbl(
        tr(tc("Раздел", '<w:hMerge w:val="restart"/>'), tc("", "<w:hMerge/>"),
           tc("", '<w:hMerge w:val="continue"/>')),
        tr(tc("a"), tc("b"), tc("c")),
    )))
    assert cells(t.rows[0]) == [("Раздел", 0, 3, 1)]
    assert [c.col for c in t.rows[1].cells] == [0, 1, 2]
