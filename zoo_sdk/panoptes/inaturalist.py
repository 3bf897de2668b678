"""Inaturalist: import iNaturalist observations of a taxon as subjects (panoptes_client's API).

>>> Inaturalist.inat_import(46017, 3, updated_since="2022-10-31")   # doctest: +SKIP
{}
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from zoo_sdk import errors
from zoo_sdk._http import JSONBody, json_body
from zoo_sdk.panoptes.objects import call, ids_of


class Inaturalist:
    """Panoptes' iNaturalist integration: one action, :meth:`inat_import`."""

    @staticmethod
    def inat_import(
        taxon_id: int | str,
        subject_set_id: Any,
        updated_since: str | dt.date | None = None,
    ) -> dict[str, Any]:
        """Ask Panoptes to import the observations of ``taxon_id`` into a subject set (an id or
        SubjectSet); observations imported before update their subjects. The import runs in the
        background: this returns once it is queued. ``updated_since`` (an ISO date or datetime,
        or a ``date``) limits it to observations updated since then; without it *all* the
        taxon's observations are imported. Needs an owner or collaborator of the set's project.
        Arguments are checked before any request.

        >>> Inaturalist.inat_import(16462, SubjectSet(4))   # doctest: +SKIP
        {}
        """
        body: dict[str, Any] = {
            "taxon_id": _taxon(taxon_id),
            "subject_set_id": ids_of(subject_set_id, "subject_sets")[0],
        }
        since = updated_since_text(updated_since)
        if since is not None:
            body["updated_since"] = since
        from zoo_sdk.panoptes._ops import op

        # Importing again only updates the same subjects, so a lost reply may be retried.
        response = call(
            op("inaturalist", "import_inaturalist_observations"),
            idempotent=True,
            body=JSONBody(body),
        )
        result: dict[str, Any] = json_body(response, empty={})
        return result


def _taxon(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).isdigit():
        raise errors.ValidationError(f"an iNaturalist taxon id is a number, not {value!r}")
    return str(int(value))


def updated_since_text(value: Any) -> str | None:
    """``updated_since`` as the ISO string sent (None: not sent)."""
    if value is None:
        return None
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            dt.datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return text
    raise errors.ValidationError(
        f"updated_since must be an ISO date such as 2022-10-31 (or a date), not {value!r}"
    )


__all__ = ["Inaturalist", "updated_since_text"]
