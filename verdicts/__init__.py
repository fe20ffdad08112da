"""verdicts: news articles about court cases → a SQLite database of sentencing records.

The stages live in the top-level packages ``fetch``, ``extract`` and ``schemas``; this package
orchestrates them (``pipeline``, ``crawl``), owns the database (``store``), the reports
(``report``) and the command line (``cli``).
"""
