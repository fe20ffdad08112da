"""``python -m verdicts`` runs the command line."""

from __future__ import annotations

import sys

from verdicts.cli import main

sys.exit(main())
