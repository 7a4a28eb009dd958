"""The Jupyter kernel the report's pages run in: ``python3`` of the project's environment.

``make`` installs it into the environment (``python -m analysis.report.kernelspec``, in place of
``python -m ipykernel install --sys-prefix``), with one difference: the kernel logs errors only.

Why: ipykernel >= 7.3 warns at every start over TCP without CurveZMQ keys ("Kernel is running
over TCP without encryption"). Quarto's Jupyter engine starts each page's kernel with nbclient's
default kernel manager, whose ``transport_encryption`` is "disabled" and which reads no
configuration file, so no project setting can give it keys or IPC sockets: a Quarto build printed
the warning once per page and profile (14 lines), about a loopback connection between two local
processes that a reader of the build log can do nothing about. The fallback renderer starts its
kernels on IPC sockets (:mod:`analysis.report.pages`) and never triggers it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

QUIET = "--IPKernelApp.log_level=ERROR"


def install(prefix: str | None = None) -> Path:
    """Install the ``python3`` kernelspec under ``prefix`` (default: this environment) with the
    kernel logging errors only; return the kernelspec's folder."""
    from ipykernel.kernelspec import install as install_ipykernel

    folder = Path(install_ipykernel(kernel_name="python3", prefix=prefix or sys.prefix))
    spec_file = folder / "kernel.json"
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    if QUIET not in spec["argv"]:
        spec["argv"].append(QUIET)
    spec_file.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    return folder


if __name__ == "__main__":
    print(install())
