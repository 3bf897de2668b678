"""An API change is one edit: a field added to a resource in `spec/` and `make generate` reach the
typed attribute, the emulator (accepting, storing and serving it) and the TypeScript types.

The spec is copied to a temporary folder, edited there (the new `SubjectSet.review_note`, with a
default, writable on create and update) and generated into that folder; a fresh interpreter that
imports the generated packages from there drives the SDK against the emulator.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from codegen.generate import generate
from codegen.specs import REPO_ROOT, load_yaml, round_trip_yaml

FIELD = "review_note"
SCRIPT = textwrap.dedent(f"""
    import httpx
    from zoo_payloads import panoptes_attributes
    from zoo_sdk import Panoptes, Project, SubjectSet
    from zoo_sdk.emulator import Emulator

    assert "{FIELD}" in panoptes_attributes.SubjectSetAttributes.__annotations__
    assert "{FIELD}" in panoptes_attributes.WRITABLE_CREATE["subject_sets"]
    with Emulator(users={{"alice": "secret"}}) as emu:
        Panoptes.connect(username="alice", password="secret", endpoint=emu.url)
        project = Project()
        project.display_name, project.description = "One edit", "d"
        project.primary_language, project.private = "en", False
        project.save()
        subject_set = SubjectSet()
        subject_set.links.project = project
        subject_set.display_name = "with a note"
        subject_set.{FIELD} = "first"
        subject_set.save()
        assert SubjectSet.find(subject_set.id).{FIELD} == "first"
        subject_set.{FIELD} = "second"
        subject_set.save()
        fresh = httpx.get(f"{{emu.url}}/api/subject_sets/{{subject_set.id}}",
                          headers={{"Accept": panoptes_attributes.ACCEPT}}).json()
        assert fresh["subject_sets"][0]["{FIELD}"] == "second", fresh
        other = SubjectSet()
        other.links.project = project
        other.display_name = "default note"
        other.save()
        assert SubjectSet.find(other.id).{FIELD} == "none yet"
        bad = SubjectSet()
        bad.links.project = project
        bad.display_name, bad.{FIELD} = "typed", 3
        try:
            bad.save()
        except Exception as exc:
            assert getattr(exc, "status", None) == 422, repr(exc)
        else:
            raise AssertionError("the emulator stored a number in a string field")
    print("ok")
""")


def _add_field(spec_root: Path) -> None:
    """The one edit: the property on the resource and on its create and update bodies."""
    path = spec_root / "panoptes" / "schemas" / "subject_sets.yaml"
    document = load_yaml(path)
    served = CommentedMap(type="string", description="A note for reviewers.")
    served["default"] = "none yet"
    document["SubjectSet"]["properties"][FIELD] = served
    for body in ("SubjectSetCreate", "SubjectSetUpdate"):
        document[body]["properties"][FIELD] = CommentedMap(type="string")
    with path.open("w", encoding="utf-8") as handle:
        round_trip_yaml().dump(document, handle)


def test_a_field_added_to_the_spec_reaches_sdk_emulator_and_typescript(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "spec", tmp_path / "spec")
    _add_field(tmp_path / "spec")
    generate(["panoptes"], spec_root=tmp_path, out_root=tmp_path)

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(tmp_path / "generated"), str(REPO_ROOT)]))
    env.pop("ZOO_EMULATOR_VALIDATE", None)  # the repository's spec does not have the field
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                         text=True, timeout=120, check=False)
    assert run.returncode == 0 and run.stdout.strip().endswith("ok"), run.stdout + run.stderr

    from typescript.tsgen import generate_types

    declarations = generate_types(tmp_path / "dist" / "spec" / "panoptes.openapi.json",
                                  tmp_path / "ts")
    text = declarations.read_text(encoding="utf-8")
    assert f"{FIELD}?: string" in text
    assert "@default none yet" in text
