from typing import Literal

UserGroupStatsVisibilityWrite = Literal[
    "private_agg_only",
    "private_show_agg_and_ind",
    "public_agg_only",
    "public_agg_show_ind_if_member",
    "public_show_all",
]

USER_GROUP_STATS_VISIBILITY_WRITE_VALUES: set[UserGroupStatsVisibilityWrite] = {
    "private_agg_only",
    "private_show_agg_and_ind",
    "public_agg_only",
    "public_agg_show_ind_if_member",
    "public_show_all",
}


def check_user_group_stats_visibility_write(value: str) -> UserGroupStatsVisibilityWrite:
    if value in USER_GROUP_STATS_VISIBILITY_WRITE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_GROUP_STATS_VISIBILITY_WRITE_VALUES!r}"
    )
