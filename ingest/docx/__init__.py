"""DOCX reader: zipfile + lxml over document.xml with styles, list numbering and tables
(entry point: reader.read_docx)."""
