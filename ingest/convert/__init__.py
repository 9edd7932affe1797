"""DOC, RTF and ODT converted to DOCX by LibreOffice, then read by the DOCX reader (entry point:
reader.read_converted)."""
