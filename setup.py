"""Package build steps that pyproject.toml cannot express.

- Wheels carry the icons: the top-level resources/ folder is copied into the package.
- Translations are compiled: resources/translations/*.ts become tpop_desktop/translations/*.qm
  with Qt's own lrelease (editable installs compile them into the source tree).
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"


def compile_translations(target: Path) -> None:
    sources = sorted((RESOURCES / "translations").glob("*.ts"))
    if not sources:
        return
    target.mkdir(parents=True, exist_ok=True)
    for ts in sources:
        qm = target / (ts.stem + ".qm")
        subprocess.run([sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()",
                        "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildPyWithResources(build_py):
    """build_py, then the icons and the compiled translations."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_translations(ROOT / "tpop_desktop" / "translations")
            return
        package = Path(self.build_lib) / "tpop_desktop"
        shutil.copytree(RESOURCES, package / "resources", dirs_exist_ok=True)
        compile_translations(package / "translations")


setup(cmdclass={"build_py": BuildPyWithResources})
