"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing one endpoint module loads only the models it
uses, not all of them. Type checkers see the imports under TYPE_CHECKING.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_data_request_response_500 import CreateDataRequestResponse500
    from .data_request import DataRequest
    from .data_request_create import DataRequestCreate
    from .data_request_create_kind import DataRequestCreateKind
    from .data_request_create_request import DataRequestCreateRequest
    from .data_request_links import DataRequestLinks
    from .data_requests_response import DataRequestsResponse
    from .data_requests_response_links import DataRequestsResponseLinks
    from .data_requests_response_meta import DataRequestsResponseMeta
    from .error_response import ErrorResponse
    from .page_meta import PageMeta

_MODULES: dict[str, str] = {
    "CreateDataRequestResponse500": ".create_data_request_response_500",
    "DataRequest": ".data_request",
    "DataRequestCreate": ".data_request_create",
    "DataRequestCreateKind": ".data_request_create_kind",
    "DataRequestCreateRequest": ".data_request_create_request",
    "DataRequestLinks": ".data_request_links",
    "DataRequestsResponse": ".data_requests_response",
    "DataRequestsResponseLinks": ".data_requests_response_links",
    "DataRequestsResponseMeta": ".data_requests_response_meta",
    "ErrorResponse": ".error_response",
    "PageMeta": ".page_meta",
}

__all__ = (
    "CreateDataRequestResponse500",
    "DataRequest",
    "DataRequestCreate",
    "DataRequestCreateKind",
    "DataRequestCreateRequest",
    "DataRequestLinks",
    "DataRequestsResponse",
    "DataRequestsResponseLinks",
    "DataRequestsResponseMeta",
    "ErrorResponse",
    "PageMeta",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
