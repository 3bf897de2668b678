from typing import Literal

MembershipUpdateState = Literal["active", "inactive", "invited"]

MEMBERSHIP_UPDATE_STATE_VALUES: set[MembershipUpdateState] = {
    "active",
    "inactive",
    "invited",
}


def check_membership_update_state(value: str) -> MembershipUpdateState:
    if value in MEMBERSHIP_UPDATE_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_UPDATE_STATE_VALUES!r}"
    )
