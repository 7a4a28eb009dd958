"""The kernel Quarto runs the pages in logs no warning a reader of the build log cannot act on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

from analysis.report import kernelspec

WARNING = "running over TCP without encryption"


def _start_like_quarto(spec_manager: KernelSpecManager, tmp_path: Path) -> str:
    """Start and stop a kernel as Quarto's engine does (nbclient's default manager: TCP, no keys);
    return what the kernel wrote to stderr."""
    manager = KernelManager(kernel_name="python3", kernel_spec_manager=spec_manager)
    assert manager.transport == "tcp" and manager.transport_encryption == "disabled"
    log = tmp_path / "stderr.txt"
    with open(log, "w") as stderr:
        manager.start_kernel(stderr=stderr, stdout=stderr)
        client = manager.client()
        client.start_channels()
        client.wait_for_ready(timeout=60)
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return log.read_text()


def test_the_projects_kernel_starts_over_tcp_without_a_warning(tmp_path):
    installed = kernelspec.install(prefix=str(tmp_path / "env"))
    assert kernelspec.QUIET in json.loads((installed / "kernel.json").read_text())["argv"]
    spec_manager = KernelSpecManager(kernel_dirs=[str(installed.parent)])
    assert Path(spec_manager.find_kernel_specs()["python3"]) == installed
    assert WARNING not in _start_like_quarto(spec_manager, tmp_path)


def test_ipykernels_own_kernelspec_warns(tmp_path):
    # without the setting, the same start prints the warning (so the test above can fail)
    installed = kernelspec.install(prefix=str(tmp_path / "env"))
    spec = json.loads((installed / "kernel.json").read_text())
    spec["argv"].remove(kernelspec.QUIET)
    (installed / "kernel.json").write_text(json.dumps(spec))
    assert WARNING in _start_like_quarto(KernelSpecManager(kernel_dirs=[str(installed.parent)]), tmp_path)


def test_make_installs_the_projects_kernel():
    makefile = (Path(kernelspec.__file__).parents[2] / "Makefile").read_text(encoding="utf-8")
    assert "-m analysis.report.kernelspec" in makefile and "ipykernel install" not in makefile
    if Path(sys.prefix) == Path(kernelspec.__file__).parents[2] / ".venv":  # the environment make built
        spec = json.loads((Path(sys.prefix) / "share" / "jupyter" / "kernels" / "python3" / "kernel.json").read_text())
        assert kernelspec.QUIET in spec["argv"]
