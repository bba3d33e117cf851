"""The floor for start-up measurements: a bare PySide6 window, frozen the same way as Muragat.

With --self-test it shows the window, prints the time to window and exits.
"""

import os
import sys
import time

t0 = time.perf_counter()
if "--self-test" in sys.argv and not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("hello")
window.show()
app.processEvents()
if "--self-test" in sys.argv:
    print(f"hello window {time.perf_counter() - t0:.2f}s")
    sys.exit(0)
sys.exit(app.exec())
