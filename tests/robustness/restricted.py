"""Running the command line where the file system says no: unreadable folders,
read-only files and a full disk, also when the tests run as root.

Root ignores file modes only through two capabilities (DAC override and DAC
read-search); a child process that drops them obeys modes like anyone else, so
``chmod 000`` stops it. A full disk is a small tmpfs mounted in a private mount
namespace of the child (``unshare``), so nothing outside it is touched.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: Prepended to a child's code: as root, give up the right to ignore file modes.
DROP_FILE_MODE_OVERRIDE = r"""
import ctypes, os
if os.geteuid() == 0:
    class _Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
    class _Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]
    _libc = ctypes.CDLL(None, use_errno=True)
    _header, _data = _Header(0x20080522, 0), (_Data * 2)()
    if _libc.capget(ctypes.byref(_header), _data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    _mask = ~((1 << 1) | (1 << 2)) & 0xFFFFFFFF  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
    for _part in _data:
        _part.effective &= _mask
        _part.permitted &= _mask
        _part.inheritable &= _mask
    if _libc.capset(ctypes.byref(_header), _data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
"""

CLI = "import sys\nfrom annotator.cli import main\nsys.exit(main(sys.argv[1:]))\n"


def run_cli_obeying_modes(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``annotator ARGS`` in a child process that cannot read past file modes."""
    if sys.platform != "linux":
        pytest.skip("dropping the file-mode override is Linux-specific")
    return subprocess.run(
        [sys.executable, "-c", DROP_FILE_MODE_OVERRIDE + CLI, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_cli_on_small_disk(
    mount: Path, size_kib: int, setup: str, *args: str, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Mount a ``size_kib`` tmpfs on ``mount`` in a private namespace, run the shell
    ``setup`` there, then ``annotator ARGS``; skips when no namespace can be made."""
    unshare = shutil.which("unshare")
    if sys.platform != "linux" or unshare is None:
        pytest.skip("a small file system needs Linux mount namespaces (unshare)")
    mount.mkdir(parents=True, exist_ok=True)
    script = (
        f"mount -t tmpfs -o size={size_kib}k tmpfs '{mount}' && {setup} && "
        f'exec \'{sys.executable}\' -c "$0" "$@"'
    )
    for flags in (["-m"], ["-r", "-m"]):  # root; or an unprivileged user namespace
        probe = subprocess.run(
            [unshare, *flags, "sh", "-c", f"mount -t tmpfs tmpfs '{mount}'"], capture_output=True, timeout=30
        )
        if probe.returncode == 0:
            return subprocess.run(
                [unshare, *flags, "sh", "-c", script, CLI, *args],
                capture_output=True,
                text=True,
                timeout=timeout,
            )
    pytest.skip("this system allows no private mount namespace (unshare -m / -rm)")
