"""The core is plain Python: importing all of it never loads Qt."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = ["catalog", "errors", "fields", "library", "phases", "planner", "resolve", "routines", "safety", "session", "sides", "words"]


def test_the_core_imports_no_qt():
    imports = "; ".join(f"import lumbar_coach.core.{name}" for name in CORE_MODULES)
    check = "import sys; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'lumbar_coach.ui', 'lumbar_coach.speech'))))"
    result = subprocess.run([sys.executable, "-c", f"{imports}; {check}"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
