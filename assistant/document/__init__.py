"""The complaint as a format-free document model, built from the case and the templates."""
