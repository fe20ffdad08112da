"""robots.txt rules (protego): parse once per host, ask per URL.

Follows RFC 9309: a missing robots.txt (4xx) allows everything, an unavailable one
(5xx) disallows everything for the run; a transport error allows (the page fetch
itself then records the real error).
"""

from __future__ import annotations

from dataclasses import dataclass

from protego import Protego

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 §2.5: parse at least 500 KiB


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups match: ``verdicts`` of ``verdicts/0.1 (…)``."""
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The rules of one host; ``parser`` None with ``allow_all`` means no restrictions."""

    parser: Protego | None
    allow_all: bool
    note: str = ""

    @classmethod
    def from_text(cls, text: str) -> RobotsRules:
        return cls(parser=Protego.parse(text), allow_all=False)

    @classmethod
    def everything(cls, note: str) -> RobotsRules:
        return cls(parser=None, allow_all=True, note=note)

    @classmethod
    def nothing(cls, note: str) -> RobotsRules:
        return cls(parser=None, allow_all=False, note=note)

    def allows(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None
