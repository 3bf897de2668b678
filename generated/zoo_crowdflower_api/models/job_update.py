from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate:
    """Writable job attributes as form fields `job[<attr>]`; nested values as `job[<attr>][<key>]` (the everilae client
    flattens nested dicts this way), lists as repeated `job[<attr>][]`. Every field is optional: an empty body creates a
    blank job. Attributes without an explicit property (`fields`, `included_countries`, `minimum_requirements`, other
    `options` keys) are sent through the bracket patterns, e.g. `job[fields][category]=...`. Any other attribute
    (unknown or read-only, e.g. `job[state]`) is answered 422, and so is a value of the wrong kind (a list or object
    where one value is expected, a number or boolean that does not parse).
    Deviation from the published docs: the seed (everilae `create_job` docstring) and the legacy jobs page also list
    `gold_per_assignment`, `language`, `pages_per_assignment`, `state`, `problem`, `custom_key` and
    `max_judgments_per_contributor` as read/write; the package's own `Job` class marks them read-only (or drops them)
    and the job JSON calls the last one `max_judgments_per_worker`. They are left to the bracket pattern.
    `send_judgments_webhook`, which the package marks read-only, is listed because the webhook docs set it with `PUT
    /jobs/{job_id}.json`.

    """

    jobtitle: str | Unset = UNSET
    jobinstructions: str | Unset = UNSET
    """ HTML instructions. """
    jobcml: str | Unset = UNSET
    """ CML form; must contain at least one element with `validates="required"`. """
    jobjs: str | Unset = UNSET
    jobcss: str | Unset = UNSET
    jobalias: str | Unset = UNSET
    jobauto_order: bool | Unset = UNSET
    """ Order new units automatically as they are created. """
    jobauto_order_threshold: int | Unset = UNSET
    jobauto_order_timeout: int | Unset = UNSET
    jobconfidence_fields: list[str] | Unset = UNSET
    jobexcluded_countries: list[str] | Unset = UNSET
    """ Country codes. """
    jobexpected_judgments_per_unit: int | Unset = UNSET
    jobjudgments_per_unit: int | Unset = UNSET
    jobmax_judgments_per_unit: int | Unset = UNSET
    jobmin_unit_confidence: float | Unset = UNSET
    jobpayment_cents: float | Unset = UNSET
    """ Payment per assignment in US cents. """
    jobsupport_email: str | Unset = UNSET
    jobunits_per_assignment: int | Unset = UNSET
    jobunits_remain_finalized: bool | Unset = UNSET
    jobvariable_judgments_mode: str | Unset = UNSET
    """ e.g. `none`. """
    jobwebhook_uri: str | Unset = UNSET
    """ Where CrowdFlower POSTs the job's webhooks (see `webhooks`). """
    jobsend_judgments_webhook: bool | Unset = UNSET
    """ Also send a webhook for every new judgment. """
    joboptionsreq_ttl_in_seconds: int | Unset = UNSET
    joboptionsmail_to: str | Unset = UNSET
    joboptionsflag_on_rate_limit: bool | Unset = UNSET
    joboptionsinclude_unfinished: bool | Unset = UNSET
    joboptionslogical_aggregation: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        jobtitle = self.jobtitle

        jobinstructions = self.jobinstructions

        jobcml = self.jobcml

        jobjs = self.jobjs

        jobcss = self.jobcss

        jobalias = self.jobalias

        jobauto_order = self.jobauto_order

        jobauto_order_threshold = self.jobauto_order_threshold

        jobauto_order_timeout = self.jobauto_order_timeout

        jobconfidence_fields: list[str] | Unset = UNSET
        if not isinstance(self.jobconfidence_fields, Unset):
            jobconfidence_fields = self.jobconfidence_fields

        jobexcluded_countries: list[str] | Unset = UNSET
        if not isinstance(self.jobexcluded_countries, Unset):
            jobexcluded_countries = self.jobexcluded_countries

        jobexpected_judgments_per_unit = self.jobexpected_judgments_per_unit

        jobjudgments_per_unit = self.jobjudgments_per_unit

        jobmax_judgments_per_unit = self.jobmax_judgments_per_unit

        jobmin_unit_confidence = self.jobmin_unit_confidence

        jobpayment_cents = self.jobpayment_cents

        jobsupport_email = self.jobsupport_email

        jobunits_per_assignment = self.jobunits_per_assignment

        jobunits_remain_finalized = self.jobunits_remain_finalized

        jobvariable_judgments_mode = self.jobvariable_judgments_mode

        jobwebhook_uri = self.jobwebhook_uri

        jobsend_judgments_webhook = self.jobsend_judgments_webhook

        joboptionsreq_ttl_in_seconds = self.joboptionsreq_ttl_in_seconds

        joboptionsmail_to = self.joboptionsmail_to

        joboptionsflag_on_rate_limit = self.joboptionsflag_on_rate_limit

        joboptionsinclude_unfinished = self.joboptionsinclude_unfinished

        joboptionslogical_aggregation = self.joboptionslogical_aggregation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if jobtitle is not UNSET:
            field_dict["job[title]"] = jobtitle
        if jobinstructions is not UNSET:
            field_dict["job[instructions]"] = jobinstructions
        if jobcml is not UNSET:
            field_dict["job[cml]"] = jobcml
        if jobjs is not UNSET:
            field_dict["job[js]"] = jobjs
        if jobcss is not UNSET:
            field_dict["job[css]"] = jobcss
        if jobalias is not UNSET:
            field_dict["job[alias]"] = jobalias
        if jobauto_order is not UNSET:
            field_dict["job[auto_order]"] = jobauto_order
        if jobauto_order_threshold is not UNSET:
            field_dict["job[auto_order_threshold]"] = jobauto_order_threshold
        if jobauto_order_timeout is not UNSET:
            field_dict["job[auto_order_timeout]"] = jobauto_order_timeout
        if jobconfidence_fields is not UNSET:
            field_dict["job[confidence_fields][]"] = jobconfidence_fields
        if jobexcluded_countries is not UNSET:
            field_dict["job[excluded_countries][]"] = jobexcluded_countries
        if jobexpected_judgments_per_unit is not UNSET:
            field_dict["job[expected_judgments_per_unit]"] = jobexpected_judgments_per_unit
        if jobjudgments_per_unit is not UNSET:
            field_dict["job[judgments_per_unit]"] = jobjudgments_per_unit
        if jobmax_judgments_per_unit is not UNSET:
            field_dict["job[max_judgments_per_unit]"] = jobmax_judgments_per_unit
        if jobmin_unit_confidence is not UNSET:
            field_dict["job[min_unit_confidence]"] = jobmin_unit_confidence
        if jobpayment_cents is not UNSET:
            field_dict["job[payment_cents]"] = jobpayment_cents
        if jobsupport_email is not UNSET:
            field_dict["job[support_email]"] = jobsupport_email
        if jobunits_per_assignment is not UNSET:
            field_dict["job[units_per_assignment]"] = jobunits_per_assignment
        if jobunits_remain_finalized is not UNSET:
            field_dict["job[units_remain_finalized]"] = jobunits_remain_finalized
        if jobvariable_judgments_mode is not UNSET:
            field_dict["job[variable_judgments_mode]"] = jobvariable_judgments_mode
        if jobwebhook_uri is not UNSET:
            field_dict["job[webhook_uri]"] = jobwebhook_uri
        if jobsend_judgments_webhook is not UNSET:
            field_dict["job[send_judgments_webhook]"] = jobsend_judgments_webhook
        if joboptionsreq_ttl_in_seconds is not UNSET:
            field_dict["job[options][req_ttl_in_seconds]"] = joboptionsreq_ttl_in_seconds
        if joboptionsmail_to is not UNSET:
            field_dict["job[options][mail_to]"] = joboptionsmail_to
        if joboptionsflag_on_rate_limit is not UNSET:
            field_dict["job[options][flag_on_rate_limit]"] = joboptionsflag_on_rate_limit
        if joboptionsinclude_unfinished is not UNSET:
            field_dict["job[options][include_unfinished]"] = joboptionsinclude_unfinished
        if joboptionslogical_aggregation is not UNSET:
            field_dict["job[options][logical_aggregation]"] = joboptionslogical_aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jobtitle = d.pop("job[title]", UNSET)

        jobinstructions = d.pop("job[instructions]", UNSET)

        jobcml = d.pop("job[cml]", UNSET)

        jobjs = d.pop("job[js]", UNSET)

        jobcss = d.pop("job[css]", UNSET)

        jobalias = d.pop("job[alias]", UNSET)

        jobauto_order = d.pop("job[auto_order]", UNSET)

        jobauto_order_threshold = d.pop("job[auto_order_threshold]", UNSET)

        jobauto_order_timeout = d.pop("job[auto_order_timeout]", UNSET)

        jobconfidence_fields = cast(list[str], d.pop("job[confidence_fields][]", UNSET))

        jobexcluded_countries = cast(list[str], d.pop("job[excluded_countries][]", UNSET))

        jobexpected_judgments_per_unit = d.pop("job[expected_judgments_per_unit]", UNSET)

        jobjudgments_per_unit = d.pop("job[judgments_per_unit]", UNSET)

        jobmax_judgments_per_unit = d.pop("job[max_judgments_per_unit]", UNSET)

        jobmin_unit_confidence = d.pop("job[min_unit_confidence]", UNSET)

        jobpayment_cents = d.pop("job[payment_cents]", UNSET)

        jobsupport_email = d.pop("job[support_email]", UNSET)

        jobunits_per_assignment = d.pop("job[units_per_assignment]", UNSET)

        jobunits_remain_finalized = d.pop("job[units_remain_finalized]", UNSET)

        jobvariable_judgments_mode = d.pop("job[variable_judgments_mode]", UNSET)

        jobwebhook_uri = d.pop("job[webhook_uri]", UNSET)

        jobsend_judgments_webhook = d.pop("job[send_judgments_webhook]", UNSET)

        joboptionsreq_ttl_in_seconds = d.pop("job[options][req_ttl_in_seconds]", UNSET)

        joboptionsmail_to = d.pop("job[options][mail_to]", UNSET)

        joboptionsflag_on_rate_limit = d.pop("job[options][flag_on_rate_limit]", UNSET)

        joboptionsinclude_unfinished = d.pop("job[options][include_unfinished]", UNSET)

        joboptionslogical_aggregation = d.pop("job[options][logical_aggregation]", UNSET)

        job_update = cls(
            jobtitle=jobtitle,
            jobinstructions=jobinstructions,
            jobcml=jobcml,
            jobjs=jobjs,
            jobcss=jobcss,
            jobalias=jobalias,
            jobauto_order=jobauto_order,
            jobauto_order_threshold=jobauto_order_threshold,
            jobauto_order_timeout=jobauto_order_timeout,
            jobconfidence_fields=jobconfidence_fields,
            jobexcluded_countries=jobexcluded_countries,
            jobexpected_judgments_per_unit=jobexpected_judgments_per_unit,
            jobjudgments_per_unit=jobjudgments_per_unit,
            jobmax_judgments_per_unit=jobmax_judgments_per_unit,
            jobmin_unit_confidence=jobmin_unit_confidence,
            jobpayment_cents=jobpayment_cents,
            jobsupport_email=jobsupport_email,
            jobunits_per_assignment=jobunits_per_assignment,
            jobunits_remain_finalized=jobunits_remain_finalized,
            jobvariable_judgments_mode=jobvariable_judgments_mode,
            jobwebhook_uri=jobwebhook_uri,
            jobsend_judgments_webhook=jobsend_judgments_webhook,
            joboptionsreq_ttl_in_seconds=joboptionsreq_ttl_in_seconds,
            joboptionsmail_to=joboptionsmail_to,
            joboptionsflag_on_rate_limit=joboptionsflag_on_rate_limit,
            joboptionsinclude_unfinished=joboptionsinclude_unfinished,
            joboptionslogical_aggregation=joboptionslogical_aggregation,
        )

        return job_update
