"""What ``zoo_sdk.emulator`` says when the optional ``[emulator]`` extra is not installed.

The emulator serves HTTP with starlette and uvicorn, which ``pip install zoo-sdk`` leaves out.
Without them ``import zoo_sdk.emulator`` raises :class:`MissingExtraError` (a
``ModuleNotFoundError``) whose message names the extra, and ``python -m zoo_sdk.emulator`` prints
that one line and exits with status 1 instead of a traceback.

>>> str(MissingExtraError("starlette"))
"zoo_sdk.emulator needs the optional [emulator] extra (starlette is missing): pip install 'zoo-sdk[emulator]'"
"""  # noqa: E501

from __future__ import annotations

import sys

#: The modules of the extra that ``zoo_sdk.emulator`` cannot run without.
REQUIRED = ("starlette", "uvicorn")
INSTALL = "pip install 'zoo-sdk[emulator]'"


class MissingExtraError(ModuleNotFoundError):
    """The ``[emulator]`` extra is not installed (``name`` is the missing module)."""

    def __init__(self, missing: str) -> None:
        super().__init__(f"zoo_sdk.emulator needs the optional [emulator] extra ({missing} is "
                         f"missing): {INSTALL}", name=missing)


def _run_as_main() -> bool:
    """True while ``python -m zoo_sdk.emulator`` is importing the package to find ``__main__``."""
    argv = list(getattr(sys, "orig_argv", []))
    for i, arg in enumerate(argv[:-1]):
        if arg == "-m":
            return argv[i + 1] in ("zoo_sdk.emulator", "zoo_sdk.emulator.__main__")
    return False


def missing_extra(error: ModuleNotFoundError) -> MissingExtraError:
    """The error to raise for ``error`` (a missing module of the extra); under
    ``python -m zoo_sdk.emulator`` print its one line and exit 1 instead."""
    missing = (error.name or "starlette").split(".")[0]
    found = MissingExtraError(missing)
    if _run_as_main():
        print(f"error: {found}", file=sys.stderr)
        raise SystemExit(1)
    return found

