"""Where the ergonomic layer finds the generated Panoptes endpoint modules.

Operation ids follow spec/STYLE.md (``list_projects``, ``get_project``, ``add_project_workflows``),
and the generated package puts each in ``zoo_panoptes_api.api.<tag>.<operation_id>``::

    get_project = op("projects", "get_project")
    http.call(get_project, id="1")
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any


@cache
def op(tag: str, operation_id: str, model: str | None = None) -> Any:
    """The generated module of an operation, or with ``model`` a model class it uses."""
    module = importlib.import_module(f"zoo_panoptes_api.api.{tag}.{operation_id}")
    if model is None:
        return module
    return getattr(module, model)
