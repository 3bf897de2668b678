from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_desired_requirements_type_0 import JobDesiredRequirementsType0
    from ..models.job_excluded_countries_type_0_item_type_1 import (
        JobExcludedCountriesType0ItemType1,
    )
    from ..models.job_fields_type_0 import JobFieldsType0
    from ..models.job_gold_type_0 import JobGoldType0
    from ..models.job_included_countries_type_0_item_type_1 import (
        JobIncludedCountriesType0ItemType1,
    )
    from ..models.job_minimum_requirements_type_0 import JobMinimumRequirementsType0
    from ..models.job_options_type_0 import JobOptionsType0


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A CrowdFlower job. Read-only: `id`, `state`, `completed`, `completed_at`, `created_at`, `updated_at`, `crowd_costs`,
    `gold`, `gold_per_assignment`, `golds_count`, `judgments_count`, `units_count` and the undocumented server fields
    (`secret`, `execution_mode`, ...). The rest can be written with `job[<attr>]` form fields (see `JobCreate`). Most
    fields are null until set.

        Example:
            {'id': 123123, 'title': 'Categorize product photos', 'alias': None, 'instructions':
                '<h1>Instructions</h1><p>Pick the category that fits the photo best.</p>', 'cml': '<cml:radios label="Category"
                name="category" validates="required"><cml:radio label="Shoes" value="shoes"/><cml:radio label="Bags"
                value="bags"/></cml:radios>', 'js': None, 'css': None, 'state': 'unordered', 'completed': False, 'completed_at':
                None, 'created_at': '2018-08-03T20:02:36+00:00', 'updated_at': '2018-08-03T20:02:36+00:00', 'crowd_costs': 0.0,
                'units_count': 250, 'golds_count': 10, 'judgments_count': 0, 'judgments_per_unit': 3, 'units_per_assignment': 5,
                'pages_per_assignment': 1, 'gold_per_assignment': 1, 'payment_cents': 10, 'auto_order': False,
                'auto_order_threshold': 4, 'auto_order_timeout': None, 'variable_judgments_mode': 'none', 'webhook_uri': None,
                'send_judgments_webhook': None, 'language': 'en', 'included_countries': [], 'excluded_countries': [], 'options':
                {'req_ttl_in_seconds': 1800, 'flag_on_rate_limit': True, 'include_unfinished': True, 'logical_aggregation':
                True}}

    """

    id: int | Unset = UNSET
    title: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    """ HTML instructions shown to contributors. """
    cml: None | str | Unset = UNSET
    """ The CML form (CrowdFlower Markup Language) of the task. """
    js: None | str | Unset = UNSET
    css: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    """ Lifecycle state. Observed values include `unordered`, `running`, `paused`, `canceled`, `finished`; the full
    list is not documented. """
    completed: bool | None | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    crowd_costs: float | None | Unset = UNSET
    """ Amount spent on the crowd, in US dollars. """
    gold: JobGoldType0 | None | Unset = UNSET
    """ Map of job field → its gold (test question) field. """
    gold_per_assignment: int | None | Unset = UNSET
    golds_count: int | None | Unset = UNSET
    units_count: int | None | Unset = UNSET
    judgments_count: int | None | Unset = UNSET
    auto_order: bool | None | Unset = UNSET
    auto_order_threshold: int | None | Unset = UNSET
    auto_order_timeout: int | None | Unset = UNSET
    confidence_fields: list[str] | None | Unset = UNSET
    excluded_countries: list[JobExcludedCountriesType0ItemType1 | str] | None | Unset = UNSET
    """ Country codes or country objects (`{"code", "name"}`) excluded from the job. """
    included_countries: list[JobIncludedCountriesType0ItemType1 | str] | None | Unset = UNSET
    """ List of country objects (e.g. `{"code": "US", "name": "United States"}`). """
    expected_judgments_per_unit: int | None | Unset = UNSET
    judgments_per_unit: int | None | Unset = UNSET
    max_judgments_per_unit: int | None | Unset = UNSET
    min_unit_confidence: float | None | Unset = UNSET
    minimum_requirements: JobMinimumRequirementsType0 | None | Unset = UNSET
    desired_requirements: JobDesiredRequirementsType0 | None | Unset = UNSET
    fields: JobFieldsType0 | None | Unset = UNSET
    """ Map of job field name → field definition. """
    options: JobOptionsType0 | None | Unset = UNSET
    """ Free-form job options; known keys listed, others may appear. """
    payment_cents: float | None | Unset = UNSET
    """ Payment per assignment (page), in US cents. """
    support_email: None | str | Unset = UNSET
    units_per_assignment: int | None | Unset = UNSET
    pages_per_assignment: int | None | Unset = UNSET
    units_remain_finalized: bool | None | Unset = UNSET
    variable_judgments_mode: None | str | Unset = UNSET
    """ e.g. `none`. """
    webhook_uri: None | str | Unset = UNSET
    send_judgments_webhook: bool | None | Unset = UNSET
    language: None | str | Unset = UNSET
    max_judgments_per_worker: int | None | Unset = UNSET
    max_judgments_per_ip: int | None | Unset = UNSET
    max_work_per_network: int | None | Unset = UNSET
    minimum_account_age_seconds: int | None | Unset = UNSET
    execution_mode: None | str | Unset = UNSET
    copied_from: int | None | Unset = UNSET
    design_verified: bool | None | Unset = UNSET
    order_approved: bool | None | Unset = UNSET
    project_number: None | str | Unset = UNSET
    public_data: bool | None | Unset = UNSET
    quiz_mode_enabled: bool | None | Unset = UNSET
    require_worker_login: bool | None | Unset = UNSET
    secret: None | str | Unset = UNSET
    worker_ui_remix: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_desired_requirements_type_0 import JobDesiredRequirementsType0  # noqa: PLC0415
        from ..models.job_excluded_countries_type_0_item_type_1 import (
            JobExcludedCountriesType0ItemType1,  # noqa: PLC0415
        )
        from ..models.job_fields_type_0 import JobFieldsType0  # noqa: PLC0415
        from ..models.job_gold_type_0 import JobGoldType0  # noqa: PLC0415
        from ..models.job_included_countries_type_0_item_type_1 import (
            JobIncludedCountriesType0ItemType1,  # noqa: PLC0415
        )
        from ..models.job_minimum_requirements_type_0 import JobMinimumRequirementsType0  # noqa: PLC0415
        from ..models.job_options_type_0 import JobOptionsType0  # noqa: PLC0415

        id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        cml: None | str | Unset
        if isinstance(self.cml, Unset):
            cml = UNSET
        else:
            cml = self.cml

        js: None | str | Unset
        if isinstance(self.js, Unset):
            js = UNSET
        else:
            js = self.js

        css: None | str | Unset
        if isinstance(self.css, Unset):
            css = UNSET
        else:
            css = self.css

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        completed: bool | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        crowd_costs: float | None | Unset
        if isinstance(self.crowd_costs, Unset):
            crowd_costs = UNSET
        else:
            crowd_costs = self.crowd_costs

        gold: dict[str, Any] | None | Unset
        if isinstance(self.gold, Unset):
            gold = UNSET
        elif isinstance(self.gold, JobGoldType0):
            gold = self.gold.to_dict()
        else:
            gold = self.gold

        gold_per_assignment: int | None | Unset
        if isinstance(self.gold_per_assignment, Unset):
            gold_per_assignment = UNSET
        else:
            gold_per_assignment = self.gold_per_assignment

        golds_count: int | None | Unset
        if isinstance(self.golds_count, Unset):
            golds_count = UNSET
        else:
            golds_count = self.golds_count

        units_count: int | None | Unset
        if isinstance(self.units_count, Unset):
            units_count = UNSET
        else:
            units_count = self.units_count

        judgments_count: int | None | Unset
        if isinstance(self.judgments_count, Unset):
            judgments_count = UNSET
        else:
            judgments_count = self.judgments_count

        auto_order: bool | None | Unset
        if isinstance(self.auto_order, Unset):
            auto_order = UNSET
        else:
            auto_order = self.auto_order

        auto_order_threshold: int | None | Unset
        if isinstance(self.auto_order_threshold, Unset):
            auto_order_threshold = UNSET
        else:
            auto_order_threshold = self.auto_order_threshold

        auto_order_timeout: int | None | Unset
        if isinstance(self.auto_order_timeout, Unset):
            auto_order_timeout = UNSET
        else:
            auto_order_timeout = self.auto_order_timeout

        confidence_fields: list[str] | None | Unset
        if isinstance(self.confidence_fields, Unset):
            confidence_fields = UNSET
        elif isinstance(self.confidence_fields, list):
            confidence_fields = self.confidence_fields

        else:
            confidence_fields = self.confidence_fields

        excluded_countries: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.excluded_countries, Unset):
            excluded_countries = UNSET
        elif isinstance(self.excluded_countries, list):
            excluded_countries = []
            for excluded_countries_type_0_item_data in self.excluded_countries:
                excluded_countries_type_0_item: dict[str, Any] | str
                if isinstance(
                    excluded_countries_type_0_item_data, JobExcludedCountriesType0ItemType1
                ):
                    excluded_countries_type_0_item = excluded_countries_type_0_item_data.to_dict()
                else:
                    excluded_countries_type_0_item = excluded_countries_type_0_item_data
                excluded_countries.append(excluded_countries_type_0_item)

        else:
            excluded_countries = self.excluded_countries

        included_countries: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.included_countries, Unset):
            included_countries = UNSET
        elif isinstance(self.included_countries, list):
            included_countries = []
            for included_countries_type_0_item_data in self.included_countries:
                included_countries_type_0_item: dict[str, Any] | str
                if isinstance(
                    included_countries_type_0_item_data, JobIncludedCountriesType0ItemType1
                ):
                    included_countries_type_0_item = included_countries_type_0_item_data.to_dict()
                else:
                    included_countries_type_0_item = included_countries_type_0_item_data
                included_countries.append(included_countries_type_0_item)

        else:
            included_countries = self.included_countries

        expected_judgments_per_unit: int | None | Unset
        if isinstance(self.expected_judgments_per_unit, Unset):
            expected_judgments_per_unit = UNSET
        else:
            expected_judgments_per_unit = self.expected_judgments_per_unit

        judgments_per_unit: int | None | Unset
        if isinstance(self.judgments_per_unit, Unset):
            judgments_per_unit = UNSET
        else:
            judgments_per_unit = self.judgments_per_unit

        max_judgments_per_unit: int | None | Unset
        if isinstance(self.max_judgments_per_unit, Unset):
            max_judgments_per_unit = UNSET
        else:
            max_judgments_per_unit = self.max_judgments_per_unit

        min_unit_confidence: float | None | Unset
        if isinstance(self.min_unit_confidence, Unset):
            min_unit_confidence = UNSET
        else:
            min_unit_confidence = self.min_unit_confidence

        minimum_requirements: dict[str, Any] | None | Unset
        if isinstance(self.minimum_requirements, Unset):
            minimum_requirements = UNSET
        elif isinstance(self.minimum_requirements, JobMinimumRequirementsType0):
            minimum_requirements = self.minimum_requirements.to_dict()
        else:
            minimum_requirements = self.minimum_requirements

        desired_requirements: dict[str, Any] | None | Unset
        if isinstance(self.desired_requirements, Unset):
            desired_requirements = UNSET
        elif isinstance(self.desired_requirements, JobDesiredRequirementsType0):
            desired_requirements = self.desired_requirements.to_dict()
        else:
            desired_requirements = self.desired_requirements

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, JobFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, JobOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        payment_cents: float | None | Unset
        if isinstance(self.payment_cents, Unset):
            payment_cents = UNSET
        else:
            payment_cents = self.payment_cents

        support_email: None | str | Unset
        if isinstance(self.support_email, Unset):
            support_email = UNSET
        else:
            support_email = self.support_email

        units_per_assignment: int | None | Unset
        if isinstance(self.units_per_assignment, Unset):
            units_per_assignment = UNSET
        else:
            units_per_assignment = self.units_per_assignment

        pages_per_assignment: int | None | Unset
        if isinstance(self.pages_per_assignment, Unset):
            pages_per_assignment = UNSET
        else:
            pages_per_assignment = self.pages_per_assignment

        units_remain_finalized: bool | None | Unset
        if isinstance(self.units_remain_finalized, Unset):
            units_remain_finalized = UNSET
        else:
            units_remain_finalized = self.units_remain_finalized

        variable_judgments_mode: None | str | Unset
        if isinstance(self.variable_judgments_mode, Unset):
            variable_judgments_mode = UNSET
        else:
            variable_judgments_mode = self.variable_judgments_mode

        webhook_uri: None | str | Unset
        if isinstance(self.webhook_uri, Unset):
            webhook_uri = UNSET
        else:
            webhook_uri = self.webhook_uri

        send_judgments_webhook: bool | None | Unset
        if isinstance(self.send_judgments_webhook, Unset):
            send_judgments_webhook = UNSET
        else:
            send_judgments_webhook = self.send_judgments_webhook

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        max_judgments_per_worker: int | None | Unset
        if isinstance(self.max_judgments_per_worker, Unset):
            max_judgments_per_worker = UNSET
        else:
            max_judgments_per_worker = self.max_judgments_per_worker

        max_judgments_per_ip: int | None | Unset
        if isinstance(self.max_judgments_per_ip, Unset):
            max_judgments_per_ip = UNSET
        else:
            max_judgments_per_ip = self.max_judgments_per_ip

        max_work_per_network: int | None | Unset
        if isinstance(self.max_work_per_network, Unset):
            max_work_per_network = UNSET
        else:
            max_work_per_network = self.max_work_per_network

        minimum_account_age_seconds: int | None | Unset
        if isinstance(self.minimum_account_age_seconds, Unset):
            minimum_account_age_seconds = UNSET
        else:
            minimum_account_age_seconds = self.minimum_account_age_seconds

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = self.execution_mode

        copied_from: int | None | Unset
        if isinstance(self.copied_from, Unset):
            copied_from = UNSET
        else:
            copied_from = self.copied_from

        design_verified: bool | None | Unset
        if isinstance(self.design_verified, Unset):
            design_verified = UNSET
        else:
            design_verified = self.design_verified

        order_approved: bool | None | Unset
        if isinstance(self.order_approved, Unset):
            order_approved = UNSET
        else:
            order_approved = self.order_approved

        project_number: None | str | Unset
        if isinstance(self.project_number, Unset):
            project_number = UNSET
        else:
            project_number = self.project_number

        public_data: bool | None | Unset
        if isinstance(self.public_data, Unset):
            public_data = UNSET
        else:
            public_data = self.public_data

        quiz_mode_enabled: bool | None | Unset
        if isinstance(self.quiz_mode_enabled, Unset):
            quiz_mode_enabled = UNSET
        else:
            quiz_mode_enabled = self.quiz_mode_enabled

        require_worker_login: bool | None | Unset
        if isinstance(self.require_worker_login, Unset):
            require_worker_login = UNSET
        else:
            require_worker_login = self.require_worker_login

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        worker_ui_remix: bool | None | Unset
        if isinstance(self.worker_ui_remix, Unset):
            worker_ui_remix = UNSET
        else:
            worker_ui_remix = self.worker_ui_remix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if alias is not UNSET:
            field_dict["alias"] = alias
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if cml is not UNSET:
            field_dict["cml"] = cml
        if js is not UNSET:
            field_dict["js"] = js
        if css is not UNSET:
            field_dict["css"] = css
        if state is not UNSET:
            field_dict["state"] = state
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if crowd_costs is not UNSET:
            field_dict["crowd_costs"] = crowd_costs
        if gold is not UNSET:
            field_dict["gold"] = gold
        if gold_per_assignment is not UNSET:
            field_dict["gold_per_assignment"] = gold_per_assignment
        if golds_count is not UNSET:
            field_dict["golds_count"] = golds_count
        if units_count is not UNSET:
            field_dict["units_count"] = units_count
        if judgments_count is not UNSET:
            field_dict["judgments_count"] = judgments_count
        if auto_order is not UNSET:
            field_dict["auto_order"] = auto_order
        if auto_order_threshold is not UNSET:
            field_dict["auto_order_threshold"] = auto_order_threshold
        if auto_order_timeout is not UNSET:
            field_dict["auto_order_timeout"] = auto_order_timeout
        if confidence_fields is not UNSET:
            field_dict["confidence_fields"] = confidence_fields
        if excluded_countries is not UNSET:
            field_dict["excluded_countries"] = excluded_countries
        if included_countries is not UNSET:
            field_dict["included_countries"] = included_countries
        if expected_judgments_per_unit is not UNSET:
            field_dict["expected_judgments_per_unit"] = expected_judgments_per_unit
        if judgments_per_unit is not UNSET:
            field_dict["judgments_per_unit"] = judgments_per_unit
        if max_judgments_per_unit is not UNSET:
            field_dict["max_judgments_per_unit"] = max_judgments_per_unit
        if min_unit_confidence is not UNSET:
            field_dict["min_unit_confidence"] = min_unit_confidence
        if minimum_requirements is not UNSET:
            field_dict["minimum_requirements"] = minimum_requirements
        if desired_requirements is not UNSET:
            field_dict["desired_requirements"] = desired_requirements
        if fields is not UNSET:
            field_dict["fields"] = fields
        if options is not UNSET:
            field_dict["options"] = options
        if payment_cents is not UNSET:
            field_dict["payment_cents"] = payment_cents
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if units_per_assignment is not UNSET:
            field_dict["units_per_assignment"] = units_per_assignment
        if pages_per_assignment is not UNSET:
            field_dict["pages_per_assignment"] = pages_per_assignment
        if units_remain_finalized is not UNSET:
            field_dict["units_remain_finalized"] = units_remain_finalized
        if variable_judgments_mode is not UNSET:
            field_dict["variable_judgments_mode"] = variable_judgments_mode
        if webhook_uri is not UNSET:
            field_dict["webhook_uri"] = webhook_uri
        if send_judgments_webhook is not UNSET:
            field_dict["send_judgments_webhook"] = send_judgments_webhook
        if language is not UNSET:
            field_dict["language"] = language
        if max_judgments_per_worker is not UNSET:
            field_dict["max_judgments_per_worker"] = max_judgments_per_worker
        if max_judgments_per_ip is not UNSET:
            field_dict["max_judgments_per_ip"] = max_judgments_per_ip
        if max_work_per_network is not UNSET:
            field_dict["max_work_per_network"] = max_work_per_network
        if minimum_account_age_seconds is not UNSET:
            field_dict["minimum_account_age_seconds"] = minimum_account_age_seconds
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if copied_from is not UNSET:
            field_dict["copied_from"] = copied_from
        if design_verified is not UNSET:
            field_dict["design_verified"] = design_verified
        if order_approved is not UNSET:
            field_dict["order_approved"] = order_approved
        if project_number is not UNSET:
            field_dict["project_number"] = project_number
        if public_data is not UNSET:
            field_dict["public_data"] = public_data
        if quiz_mode_enabled is not UNSET:
            field_dict["quiz_mode_enabled"] = quiz_mode_enabled
        if require_worker_login is not UNSET:
            field_dict["require_worker_login"] = require_worker_login
        if secret is not UNSET:
            field_dict["secret"] = secret
        if worker_ui_remix is not UNSET:
            field_dict["worker_ui_remix"] = worker_ui_remix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_desired_requirements_type_0 import JobDesiredRequirementsType0  # noqa: PLC0415
        from ..models.job_excluded_countries_type_0_item_type_1 import (
            JobExcludedCountriesType0ItemType1,  # noqa: PLC0415
        )
        from ..models.job_fields_type_0 import JobFieldsType0  # noqa: PLC0415
        from ..models.job_gold_type_0 import JobGoldType0  # noqa: PLC0415
        from ..models.job_included_countries_type_0_item_type_1 import (
            JobIncludedCountriesType0ItemType1,  # noqa: PLC0415
        )
        from ..models.job_minimum_requirements_type_0 import JobMinimumRequirementsType0  # noqa: PLC0415
        from ..models.job_options_type_0 import JobOptionsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_cml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cml = _parse_cml(d.pop("cml", UNSET))

        def _parse_js(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        js = _parse_js(d.pop("js", UNSET))

        def _parse_css(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        css = _parse_css(d.pop("css", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_completed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        completed = _parse_completed(d.pop("completed", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_crowd_costs(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        crowd_costs = _parse_crowd_costs(d.pop("crowd_costs", UNSET))

        def _parse_gold(data: object) -> JobGoldType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gold_type_0 = JobGoldType0.from_dict(data)

                return gold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobGoldType0 | None | Unset, data)

        gold = _parse_gold(d.pop("gold", UNSET))

        def _parse_gold_per_assignment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gold_per_assignment = _parse_gold_per_assignment(d.pop("gold_per_assignment", UNSET))

        def _parse_golds_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        golds_count = _parse_golds_count(d.pop("golds_count", UNSET))

        def _parse_units_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        units_count = _parse_units_count(d.pop("units_count", UNSET))

        def _parse_judgments_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        judgments_count = _parse_judgments_count(d.pop("judgments_count", UNSET))

        def _parse_auto_order(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_order = _parse_auto_order(d.pop("auto_order", UNSET))

        def _parse_auto_order_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_order_threshold = _parse_auto_order_threshold(d.pop("auto_order_threshold", UNSET))

        def _parse_auto_order_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_order_timeout = _parse_auto_order_timeout(d.pop("auto_order_timeout", UNSET))

        def _parse_confidence_fields(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                confidence_fields_type_0 = cast(list[str], data)

                return confidence_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        confidence_fields = _parse_confidence_fields(d.pop("confidence_fields", UNSET))

        def _parse_excluded_countries(
            data: object,
        ) -> list[JobExcludedCountriesType0ItemType1 | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_countries_type_0 = []
                _excluded_countries_type_0 = data
                for excluded_countries_type_0_item_data in _excluded_countries_type_0:

                    def _parse_excluded_countries_type_0_item(
                        data: object,
                    ) -> JobExcludedCountriesType0ItemType1 | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            excluded_countries_type_0_item_type_1 = (
                                JobExcludedCountriesType0ItemType1.from_dict(data)
                            )

                            return excluded_countries_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(JobExcludedCountriesType0ItemType1 | str, data)

                    excluded_countries_type_0_item = _parse_excluded_countries_type_0_item(
                        excluded_countries_type_0_item_data
                    )

                    excluded_countries_type_0.append(excluded_countries_type_0_item)

                return excluded_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobExcludedCountriesType0ItemType1 | str] | None | Unset, data)

        excluded_countries = _parse_excluded_countries(d.pop("excluded_countries", UNSET))

        def _parse_included_countries(
            data: object,
        ) -> list[JobIncludedCountriesType0ItemType1 | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_countries_type_0 = []
                _included_countries_type_0 = data
                for included_countries_type_0_item_data in _included_countries_type_0:

                    def _parse_included_countries_type_0_item(
                        data: object,
                    ) -> JobIncludedCountriesType0ItemType1 | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            included_countries_type_0_item_type_1 = (
                                JobIncludedCountriesType0ItemType1.from_dict(data)
                            )

                            return included_countries_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(JobIncludedCountriesType0ItemType1 | str, data)

                    included_countries_type_0_item = _parse_included_countries_type_0_item(
                        included_countries_type_0_item_data
                    )

                    included_countries_type_0.append(included_countries_type_0_item)

                return included_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobIncludedCountriesType0ItemType1 | str] | None | Unset, data)

        included_countries = _parse_included_countries(d.pop("included_countries", UNSET))

        def _parse_expected_judgments_per_unit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expected_judgments_per_unit = _parse_expected_judgments_per_unit(
            d.pop("expected_judgments_per_unit", UNSET)
        )

        def _parse_judgments_per_unit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        judgments_per_unit = _parse_judgments_per_unit(d.pop("judgments_per_unit", UNSET))

        def _parse_max_judgments_per_unit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_judgments_per_unit = _parse_max_judgments_per_unit(
            d.pop("max_judgments_per_unit", UNSET)
        )

        def _parse_min_unit_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_unit_confidence = _parse_min_unit_confidence(d.pop("min_unit_confidence", UNSET))

        def _parse_minimum_requirements(data: object) -> JobMinimumRequirementsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minimum_requirements_type_0 = JobMinimumRequirementsType0.from_dict(data)

                return minimum_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobMinimumRequirementsType0 | None | Unset, data)

        minimum_requirements = _parse_minimum_requirements(d.pop("minimum_requirements", UNSET))

        def _parse_desired_requirements(data: object) -> JobDesiredRequirementsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                desired_requirements_type_0 = JobDesiredRequirementsType0.from_dict(data)

                return desired_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobDesiredRequirementsType0 | None | Unset, data)

        desired_requirements = _parse_desired_requirements(d.pop("desired_requirements", UNSET))

        def _parse_fields(data: object) -> JobFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = JobFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobFieldsType0 | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        def _parse_options(data: object) -> JobOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_options_type_0 = JobOptionsType0.from_dict(data)

                return componentsschemas_job_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobOptionsType0 | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        def _parse_payment_cents(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        payment_cents = _parse_payment_cents(d.pop("payment_cents", UNSET))

        def _parse_support_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        support_email = _parse_support_email(d.pop("support_email", UNSET))

        def _parse_units_per_assignment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        units_per_assignment = _parse_units_per_assignment(d.pop("units_per_assignment", UNSET))

        def _parse_pages_per_assignment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pages_per_assignment = _parse_pages_per_assignment(d.pop("pages_per_assignment", UNSET))

        def _parse_units_remain_finalized(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        units_remain_finalized = _parse_units_remain_finalized(
            d.pop("units_remain_finalized", UNSET)
        )

        def _parse_variable_judgments_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_judgments_mode = _parse_variable_judgments_mode(
            d.pop("variable_judgments_mode", UNSET)
        )

        def _parse_webhook_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_uri = _parse_webhook_uri(d.pop("webhook_uri", UNSET))

        def _parse_send_judgments_webhook(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_judgments_webhook = _parse_send_judgments_webhook(
            d.pop("send_judgments_webhook", UNSET)
        )

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_max_judgments_per_worker(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_judgments_per_worker = _parse_max_judgments_per_worker(
            d.pop("max_judgments_per_worker", UNSET)
        )

        def _parse_max_judgments_per_ip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_judgments_per_ip = _parse_max_judgments_per_ip(d.pop("max_judgments_per_ip", UNSET))

        def _parse_max_work_per_network(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_work_per_network = _parse_max_work_per_network(d.pop("max_work_per_network", UNSET))

        def _parse_minimum_account_age_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minimum_account_age_seconds = _parse_minimum_account_age_seconds(
            d.pop("minimum_account_age_seconds", UNSET)
        )

        def _parse_execution_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_mode = _parse_execution_mode(d.pop("execution_mode", UNSET))

        def _parse_copied_from(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        copied_from = _parse_copied_from(d.pop("copied_from", UNSET))

        def _parse_design_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        design_verified = _parse_design_verified(d.pop("design_verified", UNSET))

        def _parse_order_approved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        order_approved = _parse_order_approved(d.pop("order_approved", UNSET))

        def _parse_project_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_number = _parse_project_number(d.pop("project_number", UNSET))

        def _parse_public_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public_data = _parse_public_data(d.pop("public_data", UNSET))

        def _parse_quiz_mode_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        quiz_mode_enabled = _parse_quiz_mode_enabled(d.pop("quiz_mode_enabled", UNSET))

        def _parse_require_worker_login(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_worker_login = _parse_require_worker_login(d.pop("require_worker_login", UNSET))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_worker_ui_remix(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        worker_ui_remix = _parse_worker_ui_remix(d.pop("worker_ui_remix", UNSET))

        job = cls(
            id=id,
            title=title,
            alias=alias,
            instructions=instructions,
            cml=cml,
            js=js,
            css=css,
            state=state,
            completed=completed,
            completed_at=completed_at,
            created_at=created_at,
            updated_at=updated_at,
            crowd_costs=crowd_costs,
            gold=gold,
            gold_per_assignment=gold_per_assignment,
            golds_count=golds_count,
            units_count=units_count,
            judgments_count=judgments_count,
            auto_order=auto_order,
            auto_order_threshold=auto_order_threshold,
            auto_order_timeout=auto_order_timeout,
            confidence_fields=confidence_fields,
            excluded_countries=excluded_countries,
            included_countries=included_countries,
            expected_judgments_per_unit=expected_judgments_per_unit,
            judgments_per_unit=judgments_per_unit,
            max_judgments_per_unit=max_judgments_per_unit,
            min_unit_confidence=min_unit_confidence,
            minimum_requirements=minimum_requirements,
            desired_requirements=desired_requirements,
            fields=fields,
            options=options,
            payment_cents=payment_cents,
            support_email=support_email,
            units_per_assignment=units_per_assignment,
            pages_per_assignment=pages_per_assignment,
            units_remain_finalized=units_remain_finalized,
            variable_judgments_mode=variable_judgments_mode,
            webhook_uri=webhook_uri,
            send_judgments_webhook=send_judgments_webhook,
            language=language,
            max_judgments_per_worker=max_judgments_per_worker,
            max_judgments_per_ip=max_judgments_per_ip,
            max_work_per_network=max_work_per_network,
            minimum_account_age_seconds=minimum_account_age_seconds,
            execution_mode=execution_mode,
            copied_from=copied_from,
            design_verified=design_verified,
            order_approved=order_approved,
            project_number=project_number,
            public_data=public_data,
            quiz_mode_enabled=quiz_mode_enabled,
            require_worker_login=require_worker_login,
            secret=secret,
            worker_ui_remix=worker_ui_remix,
        )

        job.additional_properties = d
        return job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
