"""OCR of scanned PDF pages with Tesseract, called by the PDF reader (entry point:
reader.ocr_missing)."""
