"""``Worker``, as in everilae's ``crowdflower.worker``.

    from zoo_sdk.crowdflower.worker import Worker
    Worker(job, id=77).bonus(50, reason="great work")      # or job.get_worker(77)
"""

from __future__ import annotations

from zoo_sdk.crowdflower.base import JobResource

__all__ = ["Worker"]


class Worker(JobResource):
    """A contributor, as seen from one job.

    >>> job.get_worker(77).bonus(50, reason="great work")   # doctest: +SKIP
    """

    def bonus(self, amount: int, reason: str | None = None) -> None:
        """Pay a bonus of ``amount`` cents (never retried: money moves)."""
        self.client.worker_command(self.job.id, self.id, "bonus", amount=amount, reason=reason)

    def notify(self, message: str) -> None:
        """Show ``message`` on the worker's dashboard."""
        self.client.worker_command(self.job.id, self.id, "notify", message=message)

    def flag(self, flag: str, persist: bool = False) -> None:
        """Stop the worker from working on this job (``persist``: on every job)."""
        self.client.worker_command(self.job.id, self.id, "flag", flag=flag, persist=persist)

    def deflag(self, deflag: str) -> None:
        """Lift a flag, giving a reason."""
        self.client.worker_command(self.job.id, self.id, "deflag", deflag=deflag)

    def reject(self) -> None:
        """Block the worker from the job and remove all their judgments."""
        self.client.worker_command(self.job.id, self.id, "reject")
