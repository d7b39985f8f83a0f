"""`make run`'s check for the system libraries Qt's xcb plugin needs (packaging/qt_system_libraries.py)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from shared_files import REPO_ROOT

SCRIPT = REPO_ROOT / "packaging" / "qt_system_libraries.py"
_spec = importlib.util.spec_from_file_location("qt_system_libraries", SCRIPT)
assert _spec is not None and _spec.loader is not None
qt_libs = importlib.util.module_from_spec(_spec)
sys.modules["qt_system_libraries"] = qt_libs  # dataclasses look their module up by name
_spec.loader.exec_module(qt_libs)

NO_SUCH = qt_libs.SystemLibrary("libannotator-no-such-library.so.9", "libno-such-deb9", "no-such-rpm")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs on Linux only")


@linux_only
def test_a_library_that_cannot_exist_is_missing_and_a_present_one_is_not():
    present = qt_libs.SystemLibrary("libc.so.6", "libc6", "glibc")
    assert qt_libs.missing([present, NO_SUCH]) == [NO_SUCH]


def test_the_report_names_the_library_and_the_one_command_for_the_system():
    absent = [NO_SUCH, qt_libs.LIBRARIES[1]]
    debian = qt_libs.report(absent, "debian")
    assert "libannotator-no-such-library.so.9" in debian
    assert "    sudo apt-get install libno-such-deb9 libxcb-cursor0" in debian.splitlines()
    assert "dnf" not in debian
    fedora = qt_libs.report(absent, "fedora", root=True)
    assert "    dnf install no-such-rpm xcb-util-cursor" in fedora.splitlines()
    unknown = qt_libs.report(absent, None)
    assert "apt-get install" in unknown and "dnf install" in unknown


def test_packages_are_named_once_even_when_they_hold_several_libraries():
    glib = [library for library in qt_libs.LIBRARIES if library.debian == "libglib2.0-0"]
    assert len(glib) == 2
    assert qt_libs.install_commands(glib, "debian") == ["sudo apt-get install libglib2.0-0"]


@pytest.mark.parametrize(
    ("os_release", "family"),
    [
        ('ID=debian\nVERSION_ID="12"\n', "debian"),
        ("ID=ubuntu\nID_LIKE=debian\n", "debian"),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', "debian"),
        ("ID=fedora\n", "fedora"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "fedora"),
        ("ID=arch\n", None),
    ],
)
def test_the_distribution_family_comes_from_os_release(os_release, family):
    assert qt_libs.distribution_family(os_release) == family


def test_the_check_runs_only_for_xcb_on_linux():
    assert qt_libs.check_needed({}, "linux")
    assert qt_libs.check_needed({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not qt_libs.check_needed({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not qt_libs.check_needed({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not qt_libs.check_needed({}, "darwin")
    assert not qt_libs.check_needed({}, "win32")


def test_offscreen_runs_pass_without_looking():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@linux_only
def test_the_list_covers_every_system_library_the_xcb_plugin_links():
    """Each library PySide6's xcb plugin and Qt libraries link, other than Qt's own and the C
    runtime, is in the list (a Qt upgrade that adds one fails here, not on a user's desktop)."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) not installed")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    shipped = {path.name: path for path in (qt / "lib").iterdir()}
    runtime = (
        "libc.so",
        "libm.so",
        "libstdc++",
        "libgcc_s",
        "ld-linux",
        "libpthread",
        "libdl.so",
        "librt.so",
        "libz.so",
    )

    def needed_by(binary: Path) -> set[str]:
        dynamic = subprocess.run(
            [readelf, "-d", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        return {line.split("[", 1)[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line}

    # From the plugin through the Qt libraries it loads, to the first library outside Qt.
    to_read, read, system = [qt / "plugins" / "platforms" / "libqxcb.so"], set(), set()
    while to_read:
        binary = to_read.pop()
        for name in needed_by(binary) - read:
            read.add(name)
            if name in shipped:
                to_read.append(shipped[name])
            elif not name.startswith(runtime):
                system.add(name)
    assert "libxcb.so.1" in system
    assert system - {library.soname for library in qt_libs.LIBRARIES} == set()
