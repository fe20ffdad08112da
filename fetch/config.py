"""Fetch settings: one frozen, keyword-only value built once from CLI flags and env."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_USER_AGENT = "verdicts/0.1 (+https://github.com/verdicts; court-records research crawler)"


@dataclass(frozen=True, kw_only=True, slots=True)
class FetchConfig:
    """How to fetch: limits, politeness, timeouts, retries, safety."""

    concurrency: int = 16
    per_host: int = 2
    delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 10
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3
    retry_after_cap: float = 60.0
    backoff_base: float = 0.5
    user_agent: str = DEFAULT_USER_AGENT
    contact: str | None = None
    respect_robots: bool = True
    allow_private: bool = False
    refresh: bool = False

    def __post_init__(self) -> None:
        if self.concurrency < 1 or self.per_host < 1:
            raise ValueError("concurrency and per_host must be at least 1")
        if self.delay < 0 or self.max_bytes < 1 or self.retries < 1:
            raise ValueError("delay must be >= 0, max_bytes and retries >= 1")

    @property
    def agent(self) -> str:
        """The User-Agent header, with the contact appended when one is set."""
        return f"{self.user_agent} contact: {self.contact}" if self.contact else self.user_agent
