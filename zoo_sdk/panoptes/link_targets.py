"""Link names that are not the plural or singular name of the resource they point at.

One table for the run time (``zoo_sdk.panoptes.links.class_for``) and for the code generator,
which types ``obj.links`` per resource from it (``ProjectLinks`` in
``zoo_payloads.panoptes_attributes``). It imports nothing, so the generator reads it without
loading the SDK.

>>> LINK_TARGETS["owner"]
('users', 'user_groups')
"""

#: Link name → the resources (plurals) it points at. A polymorphic link lists several: its value
#: names one (``{"id": "7", "type": "user_groups"}``), else the first is meant.
LINK_TARGETS: dict[str, tuple[str, ...]] = {
    "default_subject": ("subjects",),
    "retired_subjects": ("subjects",),
    "tutorial_subject": ("subjects",),
    "published_version": ("workflow_versions",),
    "retired_workflows": ("workflows",),
    "active_workflows": ("workflows",),
    "owner": ("users", "user_groups"),
}
