"""What goes into the desktop bundle and what is left out (read by annotator.spec).

Kept apart from the spec so that ``make test`` can check these choices in a
second (tests/test_packaging.py) without building anything.
"""

from __future__ import annotations

#: (folder in the repository, where the bundle keeps it). annotator/paths.py finds
#: bundled data in ``annotator/_data`` inside the package, as in an installed wheel.
APP_DATA = [
    ("resources", "annotator/_data/resources"),  # vocabulary, knowledge base, icons
    ("seeds", "annotator/_data/seeds"),  # the sample corpus
]

#: Libraries that read files of their own during an HTML import: trafilatura's
#: settings and DTD, jusText's stop lists, tld's list of domain suffixes. Babel,
#: dateparser and certifi have PyInstaller hooks that collect theirs.
LIBRARY_DATA_PACKAGES = ["trafilatura", "justext", "tld"]

#: Imported inside functions or by name; listed so the bundle has them for sure.
#: (Every annotator module is added too: the CLI loads its commands by name.)
HIDDEN_IMPORTS = [
    "trafilatura",
    "htmldate",
    "justext",
    "courlan",
    "lxml.etree",
    "lxml.html",
    "lxml_html_clean",
    "dateutil.parser",
    "dateutil.relativedelta",
    "dateutil.easter",
]

#: Qt modules the app uses: QtCore, QtGui and QtWidgets; all others are left out.
UNUSED_QT_MODULES = [
    "QtQml",
    "QtQuick",
    "QtQuickWidgets",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQmlFeatures",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "Qt3DCore",
    "Qt3DRender",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DExtras",
    "Qt3DAnimation",
    "QtQuick3D",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "QtPdf",
    "QtPdfWidgets",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtTest",
    "QtSql",
    "QtNetwork",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPrintSupport",
    "QtXml",
    "QtConcurrent",
    "QtLabsStyleKit",
    "QtSvg",
    "QtSvgWidgets",
]

EXCLUDED_MODULES = [
    # development and test tools
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "jsonschema",
    "ruff",
    "pip",
    "setuptools",
    "_distutils_hack",
    "PyInstaller",
    # standard library parts a desktop app does not need
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pydoc_data",
    "test",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "venv",
    # lxml parts the HTML readers do not use (its hook collects every submodule)
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.html.diff",
    "lxml.html._difflib",
    *(f"PySide6.{module}" for module in UNUSED_QT_MODULES),
]

#: Qt plugins kept, by folder; a folder not named here is left out entirely, and
#: None keeps the whole folder. Names drop the file's "libq"/"q" and suffix.
KEPT_QT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen and minimal run headless (tests, screenshots); xcb and wayland on
    # Linux desktops; windows, direct2d and cocoa on theirs
    "platforms": {"offscreen", "minimal", "xcb", "wayland", "windows", "direct2d", "cocoa"},
    # PNG is built into Qt; these read the other images the app may show
    "imageformats": {"svg", "jpeg", "ico"},
    "iconengines": {"svgicon"},
    "styles": None,
    # a Wayland window needs the xdg-shell protocol and client-side decorations
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
    # typing accents and non-Latin scripts on Linux (compose key, IBus)
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # native file dialogs through the desktop portal (Flatpak, GNOME, KDE)
    "platformthemes": {"xdgdesktopportal"},
}

#: Libraries only left-out parts would load (a safety net: see annotator.spec).
DROPPED_LIBRARIES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6VirtualKeyboard",
    "Qt6Pdf",
    "Qt6Network",
    "Qt6OpenGL",
    "Qt6Designer",
    "Qt6Lottie",
    "Qt6Labs",
    "Qt6Sql",
    "Qt6Test",
    "Qt6Help",
    "Qt6Xml",
    "Qt6EglFS",
    "Qt6WaylandCompositor",
    "Qt6WlShellIntegration",
    "Qt6PrintSupport",
    "opengl32sw",  # Windows' software OpenGL (20 MB): widgets draw without OpenGL
)

#: Babel comes with trafilatura's URL tools, which use its locale data only to
#: guess a URL's language while crawling; the app never crawls, and an absent
#: locale is an "unknown locale" there, which they handle. English is kept.
KEPT_BABEL_LOCALES = ("root", "en")


def plugin_name(filename: str) -> str:
    """'libqxcb.so', 'qxcb.dll', 'libqcocoa.dylib' -> 'xcb', 'cocoa'; 'libxdg-shell.so' stays."""
    stem = filename.split(".")[0].removeprefix("lib")
    return stem[1:] if stem.startswith("q") else stem


def plugin_kept(plugin_type: str, filename: str) -> bool:
    kept = KEPT_QT_PLUGINS.get(plugin_type, set())
    return kept is None or plugin_name(filename) in kept


def kept(dest: str) -> bool:
    """False for a collected file (by its path in the bundle) the app does not use."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "translations" in parts and name.endswith(".qm"):
        return False  # the app installs no Qt translator: its interface is English
    if parts[0] == "babel" and "locale-data" in parts:
        return name.split(".")[0].split("_")[0] in KEPT_BABEL_LOCALES
    if name.startswith(DROPPED_LIBRARIES) or name.removeprefix("lib").startswith(DROPPED_LIBRARIES):
        return False
    if parts[0] == "PySide6" and "plugins" in parts[:-2]:
        return plugin_kept(parts[parts.index("plugins") + 1], name)
    return True
