"""Fetch stage: URLs, feeds, sitemaps, WARC and local files → Page (or Failure)."""
