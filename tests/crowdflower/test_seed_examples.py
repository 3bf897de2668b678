"""Seed 003 (everilae ``crowdflower`` docs) examples, ported by changing the import only."""

from __future__ import annotations

import pytest

import zoo_sdk.crowdflower.client as cf_client
from zoo_sdk.crowdflower import Client
from zoo_sdk.emulator import Emulator

SEED_EXAMPLE = '''
from zoo_sdk.crowdflower import Client       # was: import crowdflower.client
client = Client('yourapikey')                 # was: crowdflower.client.Client('yourapikey')
job = client.get_job(JOB_ID)
job.title = 'New Title'
job.instructions = """
<h1>Better instructions</h1>
<p>You should read them</p>
"""
job.cml = """
<cml:text label="Sample text field:" default="Enter text here" validates="required"/>
"""
# Send changes to server
job.update()
'''


def test_seed_003_example_runs_unchanged(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    emu.crowdflower.add_account("yourapikey", 10.0)
    monkeypatch.setattr(cf_client, "DEFAULT_ENDPOINT", emu.crowdflower_url)
    job_id = Client("yourapikey").create_job({"title": "Old title"}).id
    exec(compile(SEED_EXAMPLE, "seed_003", "exec"), {"JOB_ID": job_id})
    job = Client("yourapikey").get_job(job_id)
    assert job.title == "New Title"
    assert "Better instructions" in job.instructions and "cml:text" in job.cml
