"""``ZOO_LOG=debug|info``: readable zoo_sdk logs on stderr, without touching the root logger.

At ``info`` each retry is logged (what failed, the wait, the request id); at ``debug`` also every
answer (method, redacted URL, status, time, request id)::

    $ ZOO_LOG=debug python my_script.py
    12:00:01.234 zoo_sdk DEBUG GET https://www.zooniverse.org/api/projects/1 -> 200 in 84 ms ...

The handler goes on the ``zoo_sdk`` logger only (records still propagate to any handler the
application configured); URLs are redacted before they are logged.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Mapping

ENV = "ZOO_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING,
          "error": logging.ERROR}
FORMAT = "%(asctime)s.%(msecs)03d %(name)s %(levelname)s %(message)s"


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``ZOO_LOG`` installs (one at most)."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Install the ``ZOO_LOG`` handler on the ``zoo_sdk`` logger (replacing an earlier one);
    None when the variable is unset.

    >>> configure_from_env({"ZOO_LOG": "info"}).level == logging.INFO   # doctest: +SKIP
    True
    """
    wanted = (os.environ if environ is None else environ).get(ENV, "").strip().lower()
    logger = logging.getLogger("zoo_sdk")
    for old in [h for h in logger.handlers if isinstance(h, _EnvHandler)]:
        logger.removeHandler(old)
    if not wanted:
        return None
    level = LEVELS.get(wanted)
    if level is None:
        warnings.warn(f"{ENV}={wanted!r} is not one of {', '.join(LEVELS)}: ignored",
                      stacklevel=2)
        return None
    handler = _EnvHandler(sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT, datefmt="%H:%M:%S"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler
