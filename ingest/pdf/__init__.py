"""PDF reader: pypdfium2 glyphs and rules per page, ruled and borderless tables, paragraphs,
tables joined across pages (entry point: reader.read_pdf)."""
