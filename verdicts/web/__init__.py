"""What ``verdicts serve`` adds to Datasette: metadata, canned queries, the evidence view."""
