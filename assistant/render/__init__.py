"""Renderers of the document model: DOCX (python-docx) and PDF (reportlab), imported lazily."""
