"""HTML reader for saved web pages (entry point: reader.read_html)."""
