"""Notes to PDF with Qt's own writer (QTextDocument on QPdfWriter); pypdf adds the outline."""
