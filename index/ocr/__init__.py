"""Text recognition (OCR) of scans and image-only PDF pages, offline, with Tesseract.

`engine` is the only module that talks to Tesseract (through tesserocr, which hands it the image
in memory: no decoded copy of the user's scan is ever written to a file); `images` opens image
files within bounds, `pdf_pages` renders PDF pages, `prepare` readies a page for recognition and
`tessdata` finds the language models. Headless: nothing here imports Qt.
"""
