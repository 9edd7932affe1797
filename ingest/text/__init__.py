"""Plain text and Markdown reader: encoding, line preparation, Markdown, text-drawn table grids
and inline HTML fragments (entry point: reader.read_text)."""
