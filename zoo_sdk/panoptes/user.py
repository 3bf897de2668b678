"""User: a Zooniverse account (``User.me()`` for the signed-in one)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import UserAttributes

from zoo_sdk.panoptes.objects import PanoptesObject, call
from zoo_sdk.panoptes.paging import records_of

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import UserLinks


class User(PanoptesObject, UserAttributes):
    """A user; private attributes (email, ...) only for yourself.

    >>> User.where(login="example")   # doctest: +SKIP
    """

    _api_slug = "users"
    _singular = "user"
    links: UserLinks

    @classmethod
    def me(cls) -> User:
        """The signed-in user (``GET /api/me``)."""
        return cls._from_response(call(cls._op("get_me")))

    def delete(self) -> None:
        """Delete (deactivate) this account: your own, or any as an admin (``admin=True``).

        >>> User.find(1234).delete()   # doctest: +SKIP
        """
        super().delete()

    @property
    def avatar(self) -> dict[str, Any] | None:
        """The avatar's media resource, or None."""
        from zoo_sdk.panoptes._ops import op

        response = call(op("media", "get_user_avatar"), user_id=self.id, ok=(404,))
        if response.status_code == 404:
            return None
        media = records_of(response, "media")
        return dict(media[0]) if media else None
