"""``zoo`` and the real panoptescli 1.2.1 side by side on one emulator, over its 40 commands.

panoptescli runs unchanged: its click group (what the ``panoptes`` console script calls) in this
process with a temporary ``HOME`` holding ``~/.panoptes/config.yml`` (endpoint, username and
password, as its ``configure`` writes it), and once as the console script in a subprocess. Each
test lets both tools do the same thing to twin objects and compares the emulator's state.
zoo's own traffic must agree with the spec (``zoo_clean``); panoptescli's only where it does.

Where panoptescli cannot run against the emulator, zoo is tested alone (say why):
- Talk exports (``project download -t talk_comments|talk_tags``): panoptescli sends them to
  talk.zooniverse.org, which is neither emulated nor reachable here; zoo refuses them.
- ``configure`` with the emulator's http:// endpoint: panoptescli accepts only https.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import panoptes_client
import pytest
import yaml
from click.testing import CliRunner
from panoptes.helpers import allow_uploads, make_project, make_subject_set, make_workflow
from panoptes.helpers import png_bytes as png

from zoo_sdk import Project, Subject, SubjectSet, Workflow
from zoo_sdk.cli import main
from zoo_sdk.emulator import Emulator
from zoo_sdk.panoptes.client import Panoptes

PASSWORDS = {"alice": "secret", "bob": "hunter22", "root": "rootpw"}


@dataclass
class Result:
    code: int
    out: str
    err: str

    def ids(self) -> list[str]:
        return self.out.split()


class Tools:
    """``pan(...)`` runs panoptescli, ``zoo(...)`` runs zoo; both as ``user`` on the emulator."""

    def __init__(
        self,
        emu: Emulator,
        tmp: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        from panoptes_cli.scripts.panoptes import cli

        self.emu, self.tmp, self.monkeypatch, self.capsys = emu, tmp, monkeypatch, capsys
        self.cli = cli
        self.home = tmp / "home"
        (self.home / ".panoptes").mkdir(parents=True)
        monkeypatch.setenv("ZOO_CONFIG", str(tmp / "zoo-config.json"))
        for name in ("PANOPTES_ENDPOINT", "PANOPTES_CLIENT_ID", "PANOPTES_CLIENT_SECRET"):
            monkeypatch.delenv(name, raising=False)

    def pan_config(self, user: str) -> None:
        config = {"endpoint": self.emu.url, "username": user, "password": PASSWORDS[user]}
        (self.home / ".panoptes" / "config.yml").write_text(yaml.safe_dump(config))

    def pan(
        self, *args: str, user: str = "alice", input: str | None = None, config: bool = True
    ) -> Result:
        """panoptescli, with a config file for ``user`` unless not ``config``."""
        if config:
            self.pan_config(user)
        runner = CliRunner(mix_stderr=False)
        env = {"HOME": str(self.home), "PANOPTES_USERNAME": None, "PANOPTES_PASSWORD": None}
        try:
            outcome = runner.invoke(self.cli, list(args), env=env, input=input)
        finally:
            panoptes_client.Panoptes._local.panoptes_client = None
        err = outcome.stderr
        if outcome.exception is not None and not isinstance(outcome.exception, SystemExit):
            err += f"{type(outcome.exception).__name__}: {outcome.exception}\n"  # a traceback
        return Result(outcome.exit_code, outcome.stdout, err)

    def zoo(self, *args: str, user: str = "alice", endpoint: bool = True) -> Result:
        """zoo, whose traffic must agree with the spec."""
        self.monkeypatch.setenv("PANOPTES_USERNAME", user)
        self.monkeypatch.setenv("PANOPTES_PASSWORD", PASSWORDS[user])
        self.capsys.readouterr()
        before = len(self.emu.contract_violations)
        code = main([*(["--endpoint", self.emu.url] if endpoint else []), *args])
        captured = self.capsys.readouterr()
        result = Result(code, captured.out, captured.err)
        assert PASSWORDS[user] not in result.out + result.err
        assert "Traceback" not in result.err
        assert self.emu.contract_violations[before:] == [], "zoo sent traffic outside the spec"
        return result


@pytest.fixture
def tools(
    emu: Emulator,
    alice: Panoptes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Tools]:
    emu.add_user("root", PASSWORDS["root"], admin=True)
    allow_uploads(emu, "alice")
    yield Tools(emu, tmp_path, monkeypatch, capsys)


def record(emu: Emulator, plural: str, rid: Any) -> Any:
    rec = emu.store.get(plural, str(rid))
    assert rec is not None, f"{plural} {rid} does not exist"
    return rec


def same_state(emu: Emulator, plural: str, a: Any, b: Any, ignore: tuple[str, ...] = ()) -> Any:
    """The attributes of two records, compared without what differs between any two records."""
    volatile = {"id", "href", "slug", "created_at", "updated_at", *ignore}
    first, second = (
        {k: v for k, v in record(emu, plural, x).attrs.items() if k not in volatile}
        for x in (a, b)
    )
    assert first == second
    return first


def details(text: str) -> dict[str, Any]:
    """panoptescli's YAML dump of an object."""
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


# -- the console script, and commands with no request ---------------------------------------


def test_the_console_scripts_create_the_same_project(tools: Tools, emu: Emulator) -> None:
    """``panoptes`` and ``zoo`` as installed commands, each in its own process."""
    bin_dir = Path(sys.executable).parent
    tools.pan_config("alice")
    env = {**os.environ, "HOME": str(tools.home), "PANOPTES_USERNAME": "alice",
           "PANOPTES_PASSWORD": PASSWORDS["alice"]}
    ids = []
    for command in (
        [str(bin_dir / "panoptes"), "project", "create", "Console", "From a shell", "-q"],
        [str(bin_dir / "zoo"), "-e", emu.url, "project", "create", "Console", "From a shell",
         "-q"],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        ids.append(done.stdout.strip())
    assert all(i.isdigit() for i in ids)
    state = same_state(emu, "projects", *ids)
    assert state["private"] is True and state["display_name"] == "Console"


def test_configure(tools: Tools, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tools.home / ".panoptes" / "config.yml"
    config.unlink(missing_ok=True)
    pan = tools.pan("configure", input="alice\nsecret\n", config=False)  # username, password
    stored = details(config.read_text())
    assert pan.code == 0 and stored["username"] == "alice"
    assert stored["password"] == "secret"  # panoptescli keeps the password in the file

    zoo = tools.zoo("configure", "--username", "alice", endpoint=False)
    zoo_config = json.loads(Path(os.environ["ZOO_CONFIG"]).read_text())
    assert zoo.code == 0 and zoo_config == {"username": "alice"}  # zoo never stores it

    staging = "https://panoptes-staging.zooniverse.org"
    config.unlink()
    assert tools.pan("configure", "-a", input=f"{staging}\nalice\nsecret\n",
                     config=False).code == 0
    assert details(config.read_text())["endpoint"] == staging
    monkeypatch.setattr(sys, "stdin", FakeTerminal(f"{staging}\nalice\n"))
    assert tools.zoo("configure", "-a", endpoint=False).code == 0
    assert json.loads(Path(os.environ["ZOO_CONFIG"]).read_text())["endpoint"] == staging

    # Both refuse a plain-http endpoint that is not this machine (zoo: exit 2, nothing saved).
    config.unlink()
    refused = tools.pan("configure", "-a", input="http://example.org\nalice\nsecret\n",
                        config=False)
    assert "Invalid endpoint" in refused.out and not config.exists()
    assert tools.zoo("-e", "http://example.org", "configure", endpoint=False).code == 2
    assert emu.requests.total == 0


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_info(tools: Tools, emu: Emulator) -> None:
    assert f"API endpoint: {emu.url}" in tools.pan("info").out
    emu.reset_requests()
    assert f"endpoint: {emu.url}" in tools.zoo("info").out
    assert emu.requests.total == 0  # zoo's info is local; panoptescli signs in first


# -- users -----------------------------------------------------------------------------------


def test_user_info(tools: Tools, emu: Emulator) -> None:
    alice_id, bob_id = emu.store.logins["alice"], emu.store.logins["bob"]

    def zoo_user(*args: str, user: str = "alice", admin: bool = False) -> str:
        result = tools.zoo(*(["-a"] if admin else []), "--json", "user", "info", *args,
                           user=user)
        assert result.code == 0, result.err
        return str(json.loads(result.out)["id"])

    assert details(tools.pan("user", "info").out)["id"] == zoo_user() == alice_id
    assert details(tools.pan("user", "info", bob_id).out)["id"] == zoo_user(bob_id) == bob_id
    assert details(tools.pan("user", "info", "-l", "bob").out)["id"] == zoo_user("-l", "bob")
    mine = "alice@example.org"
    assert details(tools.pan("user", "info", "-e", mine).out)["id"] == zoo_user("-e", mine)
    bobs = "bob@example.org"  # another user's email: admins only
    by_admin = details(tools.pan("-a", "user", "info", "--email", bobs, user="root").out)
    assert by_admin["id"] == zoo_user("--email", bobs, user="root", admin=True) == bob_id
    assert "User not found" in tools.pan("user", "info", "-e", bobs).err
    assert tools.zoo("user", "info", "-e", bobs).code == 1

    # Two ways at once: panoptescli prints an error (exit 0); zoo exits 2 before any request.
    assert "At most only one" in tools.pan("user", "info", bob_id, "-l", "bob").err
    emu.reset_requests()
    assert tools.zoo("user", "info", bob_id, "-l", "bob").code == 2
    assert emu.requests.total == 0


def test_user_delete(tools: Tools, emu: Emulator) -> None:
    carol, dave = emu.add_user("carol", "pw-carol"), emu.add_user("dave", "pw-dave")
    assert tools.pan("-a", "user", "delete", "-f", carol, user="root").code == 0
    assert tools.zoo("-a", "user", "delete", dave, "-f", user="root").code == 0
    assert record(emu, "users", carol).extra.get("deactivated")
    assert record(emu, "users", dave).extra.get("deactivated")
    # Without --force and no terminal: panoptescli aborts at the prompt, zoo refuses (exit 2).
    erin = emu.add_user("erin", "pw-erin")
    assert tools.pan("-a", "user", "delete", erin, user="root").code == 1
    assert tools.zoo("-a", "user", "delete", erin, user="root").code == 2
    assert not record(emu, "users", erin).extra.get("deactivated")


def test_user_token(tools: Tools, emu: Emulator) -> None:
    pan = tools.pan("user", "token").out.splitlines()[0].removeprefix("Token: ")
    zoo = tools.zoo("user", "token").out.strip()
    for token in (pan, zoo):
        found = emu.auth.lookup(token)
        assert found is not None and found.user_id == emu.store.logins["alice"]


# -- projects --------------------------------------------------------------------------------


def test_project_create(tools: Tools, emu: Emulator) -> None:
    pan = tools.pan("project", "create", "Bird watch", "Count the birds")
    zoo = tools.zoo("--json", "project", "create", "Bird watch", "Count the birds")
    assert pan.code == zoo.code == 0
    pan_id = pan.out.split()[0].lstrip("*")
    state = same_state(emu, "projects", pan_id, json.loads(zoo.out)["id"])
    assert state["private"] is True and state["primary_language"] == "en"  # private by default

    pan = tools.pan("project", "create", "Aves", "Oiseaux", "-p", "-l", "fr", "-q")
    zoo = tools.zoo("project", "create", "Aves", "Oiseaux", "-p", "-l", "fr", "-q")
    assert pan.out.strip().isdigit() and zoo.out.strip().isdigit()
    state = same_state(emu, "projects", pan.out.strip(), zoo.out.strip())
    assert state["private"] is False and state["primary_language"] == "fr"


@pytest.fixture
def projects(tools: Tools, emu: Emulator) -> dict[str, Project]:
    """Public (launch approved), private, and bob's public project."""
    public = make_project("Galaxy hunt")
    record(emu, "projects", public.id).attrs["launch_approved"] = True
    hidden = make_project("Hidden moths", private=True)
    with Panoptes(username="bob", password=PASSWORDS["bob"], endpoint=emu.url):
        bobs = make_project("Penguin watch")
    return {"public": public, "private": hidden, "bob": bobs}


def test_project_ls(tools: Tools, emu: Emulator, projects: dict[str, Project]) -> None:
    everyone = tools.pan("project", "ls", "-q").ids()
    assert sorted(everyone) == sorted(p.id for p in projects.values())
    assert tools.zoo("--login", "project", "ls", "-q").ids() == everyone
    assert projects["private"].id not in tools.zoo("project", "ls", "-q").ids()  # anonymous

    private = projects["private"]
    pan_line = next(x for x in tools.pan("project", "ls").out.splitlines() if "moths" in x)
    zoo_line = next(x for x in tools.zoo("--login", "project", "ls").out.splitlines()
                    if "moths" in x)
    assert pan_line.split()[0] == zoo_line.split()[0] == f"*{private.id}"  # * marks private

    public = projects["public"]
    for args in (["-p", public.id], ["-n", "Galaxy hunt"], ["-s", str(public.slug)], ["-a"],
                 ["--project-id", public.id, "--launch-approved"]):
        pan, zoo = tools.pan("project", "ls", "-q", *args), tools.zoo("project", "ls", "-q", *args)
        assert pan.ids() == zoo.ids() == [public.id], args


def test_project_ls_search(tools: Tools, projects: dict[str, Project]) -> None:
    for terms in (["galaxy"], ["galaxy", "hunt"]):
        pan = tools.pan("project", "ls", "-q", *terms)
        assert pan.ids() == tools.zoo("project", "ls", "-q", *terms).ids()
        assert pan.ids() == [projects["public"].id]


def test_project_info(tools: Tools, emu: Emulator, projects: dict[str, Project]) -> None:
    for project in projects.values():
        pan = details(tools.pan("project", "info", project.id).out)
        assert pan == json.loads(tools.zoo("--json", "--login", "project", "info", project.id).out)
    # Anonymous, the private project answers 404: zoo says that --login may help.
    anonymous = tools.zoo("project", "info", projects["private"].id)
    assert anonymous.code == 1 and "--login" in anonymous.err
    assert len(anonymous.err.strip().splitlines()) == 1


def test_project_modify(tools: Tools, emu: Emulator) -> None:
    pan_project, zoo_project = make_project("Twin"), make_project("Twin")
    change = ["-n", "Renamed", "-d", "New text", "-l", "fr", "-P"]
    assert tools.pan("project", "modify", pan_project.id, *change).code == 0
    assert tools.zoo("project", "modify", zoo_project.id, *change).code == 0
    state = same_state(emu, "projects", pan_project.id, zoo_project.id)
    assert state["display_name"] == "Renamed" and state["private"] is True
    assert tools.pan("project", "modify", pan_project.id, "--public").code == 0
    assert tools.zoo("project", "modify", zoo_project.id, "--public").code == 0
    pan_state, zoo_state = (record(emu, "projects", p.id).attrs
                            for p in (pan_project, zoo_project))
    assert pan_state["private"] is zoo_state["private"] is False
    # panoptescli's --primary-language defaults to en, so every modify resets it; zoo keeps it.
    assert pan_state["primary_language"] == "en" and zoo_state["primary_language"] == "fr"


def test_project_download(tools: Tools, emu: Emulator) -> None:
    project = make_project("Exported")
    make_workflow(project)
    project.get_export("workflows", generate=True, wait_timeout=30).close()
    pan_file = tools.tmp / "pan.csv"
    assert tools.pan("project", "download", project.id, str(pan_file), "-t", "workflows").code == 0
    zoo = tools.zoo("project", "download", project.id, "-", "-t", "workflows")
    assert zoo.code == 0 and zoo.out == pan_file.read_text()  # "-": the CSV on stdout
    assert "Saved" in zoo.err

    # Generating first, both wait for the new export (panoptescli polls every 2 s).
    pan_file.unlink()
    pan = tools.pan("project", "download", project.id, str(pan_file), "-g", "-T", "30",
                    "-t", "subjects")
    zoo_file = tools.tmp / "zoo.csv"
    zoo = tools.zoo("project", "download", project.id, str(zoo_file), "-g", "-T", "30",
                    "-t", "subjects")
    assert pan.code == zoo.code == 0 and zoo_file.read_text() == pan_file.read_text()


def test_project_download_errors_name_the_users_path(tools: Tools, emu: Emulator) -> None:
    """zoo alone: an unwritable output is refused before any request, by the path given."""
    project = make_project("Exported")
    emu.reset_requests()
    for target, why in ((tools.tmp / "no-such-dir" / "out.csv", "does not exist"),
                        (tools.tmp, "is a directory")):
        result = tools.zoo("project", "download", project.id, str(target))
        assert result.code == 2 and str(target) in result.err and why in result.err
        assert ".zoo-export" not in result.err
    # Talk exports come from the Talk API (panoptescli sends them to talk.zooniverse.org).
    talk = tools.zoo("project", "download", project.id, "-", "-t", "talk_comments")
    assert talk.code == 2 and "Talk API" in talk.err
    assert emu.requests.total == 0


def test_project_delete(tools: Tools, emu: Emulator) -> None:
    pan_project, zoo_project = make_project("Doomed"), make_project("Doomed")
    assert tools.pan("project", "delete", "-f", pan_project.id).code == 0
    assert tools.zoo("project", "delete", "-f", zoo_project.id).code == 0
    assert emu.store.get("projects", pan_project.id) is None
    assert emu.store.get("projects", zoo_project.id) is None


# -- subjects --------------------------------------------------------------------------------


@pytest.fixture
def subjects(tools: Tools, pngs: list[Path]) -> tuple[SubjectSet, list[str]]:
    project = make_project("Subjects")
    subject_set = make_subject_set(project)
    items = [([path], {"n": str(i), "colour": "red"}) for i, path in enumerate(pngs)]
    return subject_set, list(subject_set.upload(items).subjects.values())


def test_subject_ls_and_info(tools: Tools, subjects: tuple[SubjectSet, list[str]]) -> None:
    subject_set, ids = subjects
    pan = tools.pan("subject", "ls", "-s", subject_set.id, "-q").ids()
    assert sorted(pan, key=int) == sorted(ids, key=int)
    assert tools.zoo("subject", "ls", "-s", subject_set.id, "-q").ids() == pan
    assert tools.zoo("subject", "ls", "--subject-set-id", subject_set.id, "--quiet").ids() == pan

    some = [ids[3], ids[0]]
    assert tools.pan("subject", "ls", *some).out.split() == tools.zoo("subject", "ls",
                                                                          *some).out.split()
    assert tools.pan("subject", "ls", "-q", *some).ids() == tools.zoo("subject", "ls", "-q",
                                                                        *some).ids()
    pan_info = details(tools.pan("subject", "info", ids[1]).out)
    assert pan_info == json.loads(tools.zoo("--json", "subject", "info", ids[1]).out)


def test_subject_delete(tools: Tools, emu: Emulator,
                        subjects: tuple[SubjectSet, list[str]]) -> None:
    _, ids = subjects
    assert tools.pan("subject", "delete", "-f", ids[0]).code == 0
    assert tools.zoo("subject", "delete", "--force", ids[1]).code == 0
    assert emu.store.get("subjects", ids[0]) is None and emu.store.get("subjects", ids[1]) is None


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_subject_update_metadata(tools: Tools, emu: Emulator,
                                 subjects: tuple[SubjectSet, list[str]]) -> None:
    _, ids = subjects
    pan_ids, zoo_ids = ids[:2], ids[2:4]
    for tool, (a, b) in ((tools.pan, pan_ids), (tools.zoo, zoo_ids)):
        sheet = write_csv(tools.tmp / f"meta-{a}.csv", [
            ["subject_id", "colour", "size"], [a, "blue", "big"], [b, "green", ""]])
        assert tool("subject", "update-metadata", str(sheet)).code == 0  # merged
    for pan_id, zoo_id in zip(pan_ids, zoo_ids, strict=True):
        pan_meta = record(emu, "subjects", pan_id).attrs["metadata"]
        zoo_meta = record(emu, "subjects", zoo_id).attrs["metadata"]
        assert {k: v for k, v in pan_meta.items() if k not in ("n", "#zoo_upload")} == \
            {k: v for k, v in zoo_meta.items() if k not in ("n", "#zoo_upload")}
        assert zoo_meta["size"] in ("big", "") and "n" in zoo_meta

    for tool, subject_id in ((tools.pan, pan_ids[0]), (tools.zoo, zoo_ids[0])):
        sheet = write_csv(tools.tmp / f"replace-{subject_id}.csv",
                          [["subject_id", "only"], [subject_id, "this"]])
        assert tool("subject", "update-metadata", "-r", str(sheet)).code == 0
        assert record(emu, "subjects", subject_id).attrs["metadata"] == {"only": "this"}

    # zoo also keeps its one-subject form, and checks the file before any request.
    assert tools.zoo("subject", "update-metadata", zoo_ids[1], "size=small").code == 0
    assert record(emu, "subjects", zoo_ids[1]).attrs["metadata"]["size"] == "small"
    bad = write_csv(tools.tmp / "bad.csv", [["id", "x"], [zoo_ids[1], "1"]])
    emu.reset_requests()
    result = tools.zoo("subject", "update-metadata", str(bad))
    assert result.code == 2 and "subject_id" in result.err and emu.requests.total == 0


# -- subject sets ----------------------------------------------------------------------------


def test_subject_set_create_modify_ls_info_delete(tools: Tools, emu: Emulator) -> None:
    project = make_project("Sets")
    workflow = make_workflow(project)
    # (names are unique within a project)
    pan = tools.pan("subject-set", "create", project.id, "Batch pan", "-q").out.strip()
    zoo = tools.zoo("subject-set", "create", project.id, "Batch zoo", "-q").out.strip()
    assert pan.isdigit() and zoo.isdigit()
    same_state(emu, "subject_sets", pan, zoo, ignore=("display_name",))
    assert tools.pan("subject-set", "modify", pan, "-n", "Renamed pan").code == 0
    assert tools.zoo("subject-set", "modify", zoo, "-n", "Renamed zoo").code == 0
    assert record(emu, "subject_sets", zoo).attrs["display_name"] == "Renamed zoo"
    same_state(emu, "subject_sets", pan, zoo, ignore=("display_name",))

    workflow.add_subject_sets([pan])
    for args in (["-p", project.id], ["-w", workflow.id], [pan]):
        assert tools.pan("subject-set", "ls", "-q", *args).ids() == \
            tools.zoo("subject-set", "ls", "-q", *args).ids(), args
    # An id with a filter: panoptescli sends subject_set_id=, which the API ignores (all the
    # project's sets); zoo sends id= (that set, if it is the project's).
    assert tools.pan("subject-set", "ls", "-q", zoo, "-p", project.id).ids() == [pan, zoo]
    assert tools.zoo("subject-set", "ls", "-q", zoo, "-p", project.id).ids() == [zoo]
    assert tools.pan("subject-set", "ls", pan).out.split() == \
        tools.zoo("subject-set", "ls", pan).out.split()
    pan_info = details(tools.pan("subject-set", "info", pan).out)
    assert pan_info["links"].pop("subjects") == []  # panoptes-client adds it to what it read
    assert pan_info == json.loads(tools.zoo("--json", "subject-set", "info", pan).out)

    assert tools.pan("subject-set", "delete", "-f", pan).code == 0
    assert tools.zoo("subject-set", "delete", "-f", zoo).code == 0
    assert emu.store.get("subject_sets", pan) is None and emu.store.get("subject_sets", zoo) is None


def test_add_and_remove_subjects(tools: Tools, emu: Emulator,
                                 subjects: tuple[SubjectSet, list[str]]) -> None:
    source, ids = subjects
    project = Project(source.links.project.id)
    pan_set, zoo_set = make_subject_set(project, "pan"), make_subject_set(project, "zoo")
    id_file = tools.tmp / "ids.txt"
    id_file.write_text("\n".join(ids[2:]) + "\n")
    for tool, target in ((tools.pan, pan_set), (tools.zoo, zoo_set)):
        assert tool("subject-set", "add-subjects", target.id, ids[0], ids[1]).code == 0
        assert tool("subject-set", "add-subjects", target.id, "-f", str(id_file)).code == 0
        assert tool("subject-set", "remove-subjects", target.id, ids[1]).code == 0
        assert tool("subject-set", "remove-subjects", target.id, "--id-file",
                    str(id_file)).code == 0

    def members(subject_set: SubjectSet) -> list[str]:
        return sorted(s.id for s in Subject.where(subject_set_id=subject_set.id) if s.id)

    assert members(pan_set) == members(zoo_set) == [ids[0]]
    emu.reset_requests()
    bad = tools.tmp / "bad-ids.txt"
    bad.write_text(f"{ids[0]}\nnot-an-id\n")
    assert tools.zoo("subject-set", "add-subjects", zoo_set.id, "-f", str(bad)).code == 2
    assert tools.zoo("subject-set", "add-subjects", zoo_set.id).code == 2
    assert emu.requests.total == 0


HEADER = ["%group", "file", "name", "url", "thumb"]


def manifest_folder(tmp: Path, name: str) -> Path:
    """A folder of images and two manifests: an index column, two file columns, a URL column;
    the second manifest names a missing file."""
    folder = tmp / name
    folder.mkdir()
    for i in range(5):
        (folder / f"img-{i}.png").write_bytes(png(i))
    write_csv(folder / "main.csv", [HEADER] + [
        [f"g{i % 2}", f"img-{i}.png", f"n{i}", f"https://example.org/{i}.jpg", "img-4.png"]
        for i in range(3)
    ])
    write_csv(folder / "more.csv", [
        HEADER,
        ["g3", "img-3.png", "three", "https://example.org/3.jpg", "img-4.png"],
        ["g3", "missing.png", "gone", "https://example.org/x.jpg", "img-4.png"],
    ])
    return folder


def subjects_of(emu: Emulator, subject_set_id: str) -> list[tuple[Any, ...]]:
    """The set's subjects as (metadata without zoo's hidden marker, media types, remote URLs)."""
    found = []
    for member in emu.store.where("set_member_subjects", "subject_set", subject_set_id):
        subject = record(emu, "subjects", member.fks["subject"])
        metadata = {k: v for k, v in subject.attrs["metadata"].items() if k != "#zoo_upload"}
        types = tuple(next(iter(loc)) for loc in subject.attrs["locations"])
        urls = tuple(url for loc in subject.attrs["locations"] for url in loc.values()
                     if "example.org" in url)
        found.append((sorted(metadata.items()), types, urls))
    return sorted(found)


def test_upload_subjects(tools: Tools, emu: Emulator) -> None:
    project = make_project("Uploads")
    runs: list[list[str]] = [
        [],                                     # both file columns detected, % column indexed
        ["-r", "4", "-m", "image/jpeg"],        # plus a remote location
        ["-f", "2", "--remote-location", "4"],  # one file column, by number
    ]
    for extra in runs:
        pan_set = make_subject_set(project, f"pan {extra}")
        zoo_set = make_subject_set(project, f"zoo {extra}")
        for tool, target in ((tools.pan, pan_set), (tools.zoo, zoo_set)):
            folder = manifest_folder(tools.tmp, f"{target.id}")
            result = tool("subject-set", "upload-subjects", target.id,
                          str(folder / "main.csv"), *extra)
            assert result.code == 0, (extra, result.err)
        pan_subjects = subjects_of(emu, pan_set.id)
        assert len(pan_subjects) == 3 and pan_subjects == subjects_of(emu, zoo_set.id), extra
        pan_meta = record(emu, "subject_sets", pan_set.id).attrs["metadata"]
        assert pan_meta == record(emu, "subject_sets", zoo_set.id).attrs["metadata"]
        assert pan_meta["indexFields"] == "group"
    assert ("file", "img-0.png") in pan_subjects[0][0]  # the file column stays in the metadata
    assert pan_subjects[0][1:] == (("image/png", "image/png"), ()) or extra  # two images


def test_upload_several_manifests_allowing_missing_files(tools: Tools, emu: Emulator) -> None:
    project = make_project("Uploads")
    pan_set, zoo_set = make_subject_set(project, "pan"), make_subject_set(project, "zoo")
    for tool, target in ((tools.pan, pan_set), (tools.zoo, zoo_set)):
        folder = manifest_folder(tools.tmp, f"{target.id}")
        manifests = [str(folder / name) for name in ("main.csv", "more.csv")]
        # Without -M the missing file stops both (panoptescli says so, but exits 0) ...
        throwaway = make_subject_set(project, f"refused {target.id}")
        refused = tool("subject-set", "upload-subjects", throwaway.id, *manifests)
        assert "missing.png" in refused.err and refused.code in (0, 2)
        assert not emu.store.where("set_member_subjects", "subject_set", throwaway.id)
        # ... but panoptescli has already saved the set's indexFields; zoo checks first.
        indexed = record(emu, "subject_sets", throwaway.id).attrs["metadata"]
        assert indexed == ({"indexFields": "group"} if tool == tools.pan else {})
        result = tool("subject-set", "upload-subjects", "-M", target.id, *manifests)
        assert result.code == 0, result.err
    pan_subjects = subjects_of(emu, pan_set.id)
    assert len(pan_subjects) == 5 and pan_subjects == subjects_of(emu, zoo_set.id)
    # The row whose file is missing keeps its other image.
    assert sorted(len(types) for _, types, _ in pan_subjects) == [1, 2, 2, 2, 2]


def test_upload_to_a_set_with_metadata(tools: Tools, emu: Emulator) -> None:
    """zoo alone: panoptes-client 1.7.1 cannot save a subject set found with metadata (it has
    no ``_original_metadata``), so panoptescli crashes on indexFields for such a set."""
    subject_set = make_subject_set(make_project("Uploads"))
    subject_set.metadata = {"kept": "yes"}
    subject_set.save()
    folder = manifest_folder(tools.tmp, "with-metadata")
    crashed = tools.pan("subject-set", "upload-subjects", subject_set.id, str(folder / "main.csv"))
    assert crashed.code == 1 and "_original_metadata" in crashed.err
    done = tools.zoo("subject-set", "upload-subjects", subject_set.id, str(folder / "main.csv"))
    assert done.code == 0, done.err
    assert record(emu, "subject_sets", subject_set.id).attrs["metadata"] == {
        "kept": "yes", "indexFields": "group"}
    assert len(subjects_of(emu, subject_set.id)) == 3


def test_upload_checks_before_any_request(tools: Tools, emu: Emulator) -> None:
    """zoo alone: bad options and manifests are refused before any request, with exit 2."""
    subject_set = make_subject_set(make_project("Uploads"))
    folder = manifest_folder(tools.tmp, "checks")
    main_csv = str(folder / "main.csv")
    empty = write_csv(folder / "empty.csv", [["file", "name"]])
    emu.reset_requests()
    for args, message in (
        ([main_csv, "-r", "9"], "no column 9"),
        ([main_csv, "-r", "4", "-r", "1", "-m", "image/png", "-m", "image/jpeg", "-m",
          "image/gif"], "--mime-type"),
        ([main_csv, "-r", "4", "-m", "application/x-msdownload"], "not a subject media type"),
        ([main_csv, "-f", "nope"], "no column 'nope'"),
        ([str(empty)], "has no rows"),
        ([str(folder / "more.csv")], "missing.png"),
        ([main_csv, "--concurrency", "0"], "--concurrency"),
        ([str(folder / "state.yaml")], "journal"),
    ):
        result = tools.zoo("subject-set", "upload-subjects", subject_set.id, *args)
        assert result.code == 2 and message in result.err, (args, result.err)
    assert emu.requests.total == 0


def test_download_classifications(tools: Tools, emu: Emulator) -> None:
    project = make_project("Classified")
    workflow, subject_set = make_workflow(project), make_subject_set(project)
    for target, group in ((workflow, "workflow"), (subject_set, "subject-set")):
        assert target.id is not None
        target.get_export("classifications", generate=True, wait_timeout=30).close()
        pan_file = tools.tmp / f"pan-{group}.csv"
        assert tools.pan(group, "download-classifications", target.id, str(pan_file)).code == 0
        zoo = tools.zoo(group, "download-classifications", target.id, "-")
        assert zoo.code == 0 and zoo.out == pan_file.read_text()
        assert zoo.out.startswith("classification_id")


# -- workflows -------------------------------------------------------------------------------


@pytest.fixture
def twins(tools: Tools, pngs: list[Path]) -> dict[str, Any]:
    """One project with a workflow for each tool, sharing two subject sets of three subjects."""
    project = make_project("Workflows")
    sets = [make_subject_set(project, f"set {i}") for i in range(2)]
    ids = [list(s.upload(pngs[3 * i:3 * i + 3]).subjects.values()) for i, s in enumerate(sets)]
    workflows = {"pan": make_workflow(project, "pan"), "zoo": make_workflow(project, "zoo")}
    for workflow in workflows.values():
        workflow.add_subject_sets(sets)
    return {"project": project, "sets": sets, "ids": ids, **workflows}


def statuses(emu: Emulator, workflow: Workflow) -> list[tuple[str | None, str | None]]:
    """(subject id, retirement reason) of the workflow's retired subjects."""
    rows = [s for s in emu.store.all("subject_workflow_statuses")
            if s.fks.get("workflow") == workflow.id and s.attrs.get("retired_at")]
    return sorted((s.fks.get("subject"), s.attrs.get("retirement_reason")) for s in rows)


def test_workflow_ls_and_info(tools: Tools, twins: dict[str, Any]) -> None:
    project, pan = twins["project"], twins["pan"]
    for args in (["-p", project.id], [pan.id]):
        assert tools.pan("workflow", "ls", "-q", *args).ids() == \
            tools.zoo("workflow", "ls", "-q", *args).ids(), args
    assert details(tools.pan("workflow", "info", pan.id).out) == \
        json.loads(tools.zoo("--json", "workflow", "info", pan.id).out)


def test_retire_and_unretire(tools: Tools, emu: Emulator, twins: dict[str, Any]) -> None:
    first, second = twins["ids"]
    for tool, name in ((tools.pan, "pan"), (tools.zoo, "zoo")):
        workflow_id = twins[name].id
        assert tool("workflow", "retire-subjects", workflow_id, first[0], "-r", "consensus"
                    ).code == 0
        assert tool("workflow", "retire-subjects", workflow_id, first[1], "--reason", "blank"
                    ).code == 0
        assert tool("workflow", "retire-subjects", workflow_id, first[2], *second).code == 0
    pan_state = statuses(emu, twins["pan"])
    assert pan_state == statuses(emu, twins["zoo"])
    assert dict(pan_state)[first[1]] == "nothing_here"  # blank is the server's alias
    assert dict(pan_state)[second[0]] == "other"

    for tool, name in ((tools.pan, "pan"), (tools.zoo, "zoo")):
        workflow_id = twins[name].id
        assert tool("workflow", "unretire-subjects", workflow_id, first[0]).code == 0
        assert tool("workflow", "unretire-subject-sets", workflow_id, twins["sets"][1].id
                    ).code == 0
    pan_state = statuses(emu, twins["pan"])
    assert pan_state == statuses(emu, twins["zoo"]) and len(pan_state) == 2
    # zoo offers the server's reasons (panoptescli lacks nothing_here and human).
    assert tools.zoo("workflow", "retire-subjects", twins["zoo"].id, first[0], "-r", "human"
                     ).code == 0
    assert tools.zoo("workflow", "retire-subjects", twins["zoo"].id, first[0], "-r", "bored"
                     ).code == 2


def test_subject_sets_activation_and_delete(tools: Tools, emu: Emulator,
                                            twins: dict[str, Any]) -> None:
    extra = make_subject_set(twins["project"], "extra")
    for tool, name in ((tools.pan, "pan"), (tools.zoo, "zoo")):
        workflow_id = twins[name].id
        assert tool("workflow", "add-subject-sets", workflow_id, extra.id).code == 0
        assert tool("workflow", "remove-subject-sets", workflow_id, twins["sets"][0].id
                    ).code == 0
        assert tool("workflow", "deactivate", workflow_id).code == 0
    for name in ("pan", "zoo"):
        found = Workflow.find(twins[name].id)
        assert sorted(found.raw["links"]["subject_sets"]) == sorted([twins["sets"][1].id,
                                                                     extra.id])
        assert found.active is False
    for tool, name in ((tools.pan, "pan"), (tools.zoo, "zoo")):
        assert tool("workflow", "activate", twins[name].id).code == 0
    same_state(emu, "workflows", twins["pan"].id, twins["zoo"].id,
               ignore=("display_name", "version"))  # panoptescli saves more often
    assert record(emu, "workflows", twins["pan"].id).attrs["active"] is True

    for tool, name in ((tools.pan, "pan"), (tools.zoo, "zoo")):
        assert tool("workflow", "delete", "-f", twins[name].id).code == 0
        assert emu.store.get("workflows", twins[name].id) is None


# -- batch aggregation -----------------------------------------------------------------------


def aggregation_of(emu: Emulator, workflow_id: str) -> Any:
    found = emu.store.where("aggregations", "workflow", workflow_id)
    assert len(found) == 1
    return found[0]


def test_batch_aggregation(tools: Tools, emu: Emulator, twins: dict[str, Any]) -> None:
    pan_wf, zoo_wf = twins["pan"].id, twins["zoo"].id
    alice_id, bob_id = emu.store.logins["alice"], emu.store.logins["bob"]
    emu.aggregation_delay = 3600  # the emulated aggregation service keeps the runs pending
    assert tools.pan("workflow", "run-aggregation", pan_wf).code == 0
    assert tools.zoo("workflow", "run-aggregation", zoo_wf).code == 0
    pan_agg, zoo_agg = aggregation_of(emu, pan_wf), aggregation_of(emu, zoo_wf)
    assert pan_agg.fks["user"] == zoo_agg.fks["user"] == alice_id
    assert pan_agg.fks["project"] == zoo_agg.fks["project"] == twins["project"].id
    assert pan_agg.attrs["status"] == zoo_agg.attrs["status"] == "pending"

    # Again: the existing one is kept.
    for tool, workflow_id in ((tools.pan, pan_wf), (tools.zoo, zoo_wf)):
        kept = aggregation_of(emu, workflow_id).id
        assert tool("workflow", "run-aggregation", workflow_id).code == 0
        assert aggregation_of(emu, workflow_id).id == kept
    # With -d it is replaced (here notifying bob). panoptescli cannot: it deletes the
    # aggregation with the ETag of the list it came from, which the server answers with 412.
    pan_kept = aggregation_of(emu, pan_wf).id
    failed = tools.pan("workflow", "run-aggregation", pan_wf, "-d", "-u", bob_id)
    assert failed.code == 1 and "If-Match" in failed.err
    assert aggregation_of(emu, pan_wf).id == pan_kept
    zoo_kept = aggregation_of(emu, zoo_wf).id
    assert tools.zoo("workflow", "run-aggregation", zoo_wf, "-d", "-u", bob_id).code == 0
    replaced = aggregation_of(emu, zoo_wf)
    assert replaced.id != zoo_kept and replaced.fks["user"] == bob_id
    for tool, workflow_id in ((tools.pan, pan_wf), (tools.zoo, zoo_wf)):  # -u alone: both
        other = make_workflow(twins["project"], f"for bob {workflow_id}")
        assert other.id is not None
        assert tool("workflow", "run-aggregation", other.id, "-u", bob_id).code == 0
        assert aggregation_of(emu, other.id).fks["user"] == bob_id

    for workflow_id in (pan_wf, zoo_wf):
        pan = ast.literal_eval(tools.pan("workflow", "get-batch-aggregation", workflow_id).out)
        zoo = json.loads(tools.zoo("--json", "workflow", "get-batch-aggregation",
                                   workflow_id).out)
        assert pan == zoo and pan["links"]["workflow"] == workflow_id
        pan_status = tools.pan("workflow", "get-batch-aggregation-status", workflow_id).out
        zoo_status = tools.zoo("workflow", "get-batch-aggregation-status", workflow_id).out
        assert pan_status == zoo_status == "pending\n"
        for run in emu.store.where("aggregations", "workflow", workflow_id):
            run.extra["done_at"] = 0  # the service ends the run now
        pan_links = ast.literal_eval(tools.pan("workflow", "get-batch-aggregation-links",
                                               workflow_id).out)
        zoo_links = json.loads(tools.zoo("--json", "workflow", "get-batch-aggregation-links",
                                         workflow_id).out)
        assert pan_links == zoo_links
        assert zoo_links["reductions"].endswith(f"/{workflow_id}_reductions.csv")

    # A workflow without one: both fail (panoptescli with a traceback, zoo in one line).
    other = make_workflow(twins["project"], "none")
    assert other.id is not None
    assert tools.pan("workflow", "get-batch-aggregation-status", other.id).code == 1
    missing = tools.zoo("workflow", "get-batch-aggregation-status", other.id)
    assert missing.code == 1 and "Could not find Aggregation" in missing.err


def test_run_aggregation_wait(tools: Tools, emu: Emulator, twins: dict[str, Any]) -> None:
    """zoo alone (panoptescli cannot wait): --wait returns once the service reports the end."""
    workflow_id = twins["zoo"].id
    emu.aggregation_delay = 0.3
    assert tools.zoo("workflow", "run-aggregation", workflow_id).code == 0
    done = tools.zoo("--json", "workflow", "get-batch-aggregation-status", workflow_id,
                     "--wait", "--timeout", "5")
    assert done.code == 0 and json.loads(done.out)["status"] == "completed"
    emu.aggregation_outcome = "failed"
    other = make_workflow(twins["project"], "fails")
    failed = tools.zoo("workflow", "run-aggregation", str(other.id), "--wait")
    assert failed.code == 1 and "failed" in failed.err


# -- iNaturalist -----------------------------------------------------------------------------


def test_inaturalist_import_observations(tools: Tools, emu: Emulator) -> None:
    subject_set = make_subject_set(make_project("Squirrels"))
    with Panoptes(username="bob", password=PASSWORDS["bob"], endpoint=emu.url):
        bobs = make_subject_set(make_project("Not alice's"))
    route = ("POST", "/api/inaturalist/import")
    emu.reset_requests()
    for args in ([], ["--updated-since", "2022-10-31"]):
        command = ["inaturalist", "import-observations", "--taxon-id", "46017",
                   "--subject-set-id", str(subject_set.id), *args]
        pan, zoo = tools.pan(*command), tools.zoo(*command)
        assert pan.code == zoo.code == 0
        said = f"Importing taxon ID 46017 into subject set {subject_set.id}.\n"
        assert pan.out == zoo.out == said
    assert emu.requests[route] == 4

    forbidden = ["inaturalist", "import-observations", "--taxon-id", "1",
                 "--subject-set-id", str(bobs.id)]
    assert tools.pan(*forbidden).code == 1
    refused = tools.zoo(*forbidden)
    assert refused.code == 1 and "403" in refused.err and len(refused.err.splitlines()) == 1

    emu.reset_requests()
    for bad in (["--taxon-id", "squirrel", "--subject-set-id", "1"],
                ["--taxon-id", "1", "--subject-set-id", "1", "--updated-since", "yesterday"]):
        assert tools.zoo("inaturalist", "import-observations", *bad).code == 2
    assert emu.requests.total == 0


# -- every command is covered ----------------------------------------------------------------


def panoptescli_commands() -> list[str]:
    from panoptes_cli.scripts.panoptes import cli

    names = []
    for name, command in cli.commands.items():
        subcommands = getattr(command, "commands", None)
        names += [f"{name} {sub}" for sub in subcommands] if subcommands else [name]
    return sorted(names)


def test_zoo_has_every_panoptescli_command_and_option() -> None:
    from panoptes_cli.scripts.panoptes import cli

    from zoo_sdk.cli import build_parser

    parser = build_parser()
    groups = next(a for a in parser._actions if a.dest == "group").choices
    assert groups is not None
    assert len(panoptescli_commands()) == 40
    for full in panoptescli_commands():
        group, _, name = full.partition(" ")
        command = cli.commands[group]
        zoo_parser = groups[group]
        if name:
            commands = next(a for a in zoo_parser._actions if a.dest == "command").choices
            assert commands is not None and name in commands, full
            zoo_parser, command = commands[name], command.commands[name]  # type: ignore[attr-defined]
        zoo_options = {o for a in zoo_parser._actions for o in a.option_strings}
        for param in command.params:
            for option in [*param.opts, *param.secondary_opts]:
                if option.startswith("-"):
                    assert option in zoo_options, f"{full}: {option}"
    top = {o for a in parser._actions for o in a.option_strings}
    assert {"-e", "--endpoint", "-a", "--admin", "--version"} <= top

