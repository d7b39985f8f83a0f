"""The desktop bundle's recipe (packaging/), checked without building it.

Building and starting the bundle is `make bundle-test` (slow); these checks catch
the mistakes that would only show there: data where annotator/paths.py does not
look, a Qt module the app now uses being left out, a needed plugin trimmed.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load("bundle_contents")


def test_data_goes_where_the_installed_app_looks_for_it():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wheel_data = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert dict(contents.APP_DATA) == wheel_data  # same layout as the wheel
    for source, dest in contents.APP_DATA:
        assert (ROOT / source).is_dir()
        assert dest == f"annotator/_data/{source}"  # annotator.paths._data_dir(name)
    assert "_data" in (ROOT / "annotator" / "paths.py").read_text()


def test_every_qt_module_the_app_imports_is_bundled():
    used = set()
    for path in (ROOT / "annotator").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & set(contents.UNUSED_QT_MODULES), "update packaging/bundle_contents.py"


def test_unused_parts_are_excluded():
    excluded = set(contents.EXCLUDED_MODULES)
    assert {"tkinter", "unittest", "pydoc", "pytest", "hypothesis", "test"} <= excluded
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtCharts", "QtPdf"):
        assert f"PySide6.{module}" in excluded


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqminimal.so",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/styles/libqmodernwindowsstyle.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "annotator/_data/resources/vocabulary.json",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/root.dat",
        "trafilatura/settings.cfg",
    ],
)
def test_kept(dest):
    assert contents.kept(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "opengl32sw.dll",
        "babel/locale-data/fr.dat",
    ],
)
def test_left_out(dest):
    assert not contents.kept(dest)


def test_hidden_imports_exist():
    for name in contents.HIDDEN_IMPORTS + contents.LIBRARY_DATA_PACKAGES:
        assert importlib.util.find_spec(name) is not None, name


def test_spec_uses_the_lists_and_the_launcher():
    spec = (PACKAGING / "annotator.spec").read_text()
    for needed in (
        "bundle_contents.py",
        "launcher.py",
        "contents.APP_DATA",
        "contents.EXCLUDED_MODULES",
        "contents.kept",
        "contents.plugin_kept",
        'collect_submodules("annotator")',
        'copy_metadata("annotator")',
    ):
        assert needed in spec


def test_launcher_runs_the_command_line():
    out = subprocess.run(
        [sys.executable, str(PACKAGING / "launcher.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert out.stdout.strip() == f"annotator {version}"  # written once, read from the metadata


def test_desktop_entry_and_icons(qapp, tmp_path):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "annotator.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "annotator"
    assert desktop["Icon"] == "annotator"
    assert (ROOT / "resources" / "icons" / "annotator.svg").is_file()

    written = _load("render_icon").render(tmp_path)
    assert [p.name for p in written] == ["annotator.png", "annotator.ico", "annotator.icns"]
    assert written[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert written[1].read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header
    assert written[2].read_bytes()[:4] == b"icns"


def test_make_test_does_not_build_the_bundle():
    makefile = (ROOT / "Makefile").read_text()
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "bundle" not in test_recipe and "pyinstaller" not in test_recipe.lower()
    assert re.search(r"^bundle:", makefile, re.M) and re.search(r"^bundle-test:", makefile, re.M)
