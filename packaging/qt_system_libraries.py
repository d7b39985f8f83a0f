"""Before the app starts on Linux: are the system libraries Qt's xcb platform plugin loads there?

PySide6's wheels bring Qt itself but not the X11/xcb, OpenGL, font and GLib libraries of the
desktop, and without them Qt stops with "could not load the Qt platform plugin xcb", naming
no package. ``make run`` calls this first: it tries to load each library the way Qt would,
and when some are missing prints the one command that installs them (apt on Debian and
Ubuntu, dnf on Fedora) and exits with status 1.

The list is the xcb plugin's own dependencies in PySide6's wheel (``readelf -d`` on
``libqxcb.so`` and the Qt libraries it loads) together with Qt 6's "Qt for X11
Requirements" (doc.qt.io/qt-6/linux-requirements.html). Each entry: the library's file
name, then its Debian/Ubuntu and Fedora packages.

Usage: ``python packaging/qt_system_libraries.py`` (exit 0: nothing missing or no check needed).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SystemLibrary:
    soname: str
    debian: str
    fedora: str


LIBRARIES: tuple[SystemLibrary, ...] = tuple(
    SystemLibrary(*row)
    for row in (
        ("libxcb.so.1", "libxcb1", "libxcb"),
        ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
        ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
        ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
        ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
        ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
        ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
        ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
        ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
        ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
        ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
        ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
        ("libxcb-xinerama.so.0", "libxcb-xinerama0", "libxcb"),
        ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
        ("libX11.so.6", "libx11-6", "libX11"),
        ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
        ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
        ("libEGL.so.1", "libegl1", "libglvnd-egl"),
        ("libGL.so.1", "libgl1", "libglvnd-glx"),
        ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
        ("libfreetype.so.6", "libfreetype6", "freetype"),
        ("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
        ("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
        ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
        ("libzstd.so.1", "libzstd1", "libzstd"),
    )
)


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds and loads ``soname``, as it will for Qt."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def check_needed(environ: Mapping[str, str], platform: str) -> bool:
    """Only Linux uses xcb, and not when Qt is told to use another platform (offscreen ...)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    return platform.startswith("linux") and chosen in ("", "xcb")


def missing(
    libraries: Iterable[SystemLibrary] = LIBRARIES, found: Callable[[str], bool] = loadable
) -> list[SystemLibrary]:
    return [library for library in libraries if not found(library.soname)]


def distribution_family(os_release: str) -> str | None:
    """'debian', 'fedora' or None, from the text of /etc/os-release."""
    fields = dict(
        line.split("=", 1) for line in os_release.splitlines() if "=" in line and not line.startswith("#")
    )
    names = " ".join(fields.get(key, "").strip().strip("\"'") for key in ("ID", "ID_LIKE")).split()
    if any(name in ("debian", "ubuntu") for name in names):
        return "debian"
    if any(name in ("fedora", "rhel", "centos") for name in names):
        return "fedora"
    return None


def install_commands(absent: Iterable[SystemLibrary], family: str | None, root: bool = False) -> list[str]:
    """The command that installs the missing libraries: one for a known family, else both."""
    absent = list(absent)
    debian = " ".join(dict.fromkeys(library.debian for library in absent))
    fedora = " ".join(dict.fromkeys(library.fedora for library in absent))
    sudo = "" if root else "sudo "
    commands = {
        "debian": f"{sudo}apt-get install {debian}",
        "fedora": f"{sudo}dnf install {fedora}",
    }
    return [commands[family]] if family in commands else list(commands.values())


def report(absent: list[SystemLibrary], family: str | None, root: bool = False) -> str:
    names = ", ".join(library.soname for library in absent)
    lines = [
        f"annotator: Qt cannot open a window here: the system lacks {names}.",
        "Install them with:" if family else "Install them with the command for your system:",
    ]
    lines += [f"    {command}" for command in install_commands(absent, family, root)]
    lines.append("(or run headless with QT_QPA_PLATFORM=offscreen)")
    return "\n".join(lines)


def main() -> int:
    if not check_needed(os.environ, sys.platform):
        return 0
    absent = missing()
    if not absent:
        return 0
    release = Path("/etc/os-release")
    family = distribution_family(release.read_text(encoding="utf-8")) if release.is_file() else None
    print(report(absent, family, root=os.geteuid() == 0), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
