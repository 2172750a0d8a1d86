"""Renderers of findings: text (terminal), Markdown, HTML; JSON is findings_to_json itself."""
