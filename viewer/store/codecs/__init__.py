"""Every format the project file keeps, each with the version that says which layout it is.

- annotation_rows: annotations, the user's own events, merges and splits as table rows (the
  tables themselves: store/schema.py, versioned by PRAGMA user_version);
- extraction_cache: one article's extracted events (CODEC_VERSION, in each cache key with
  core.versions.EXTRACTOR_VERSION);
- merge_plan: which extracted events merge (keyed by the events and MERGE_VERSION);
- kept_timeline: the timeline as last shown, its events and articles (FORMAT);
- timeline_columns: the same timeline's columns, painted before anything else (FORMAT);
- views: named views and the strip's display (FORMAT, written in each view);
- recipe: the canonical-JSON key of what a kept timeline was made with.

A kept result of another version is made again, never misread. tests/store/test_formats.py
holds a sample of each format as written at its current version: changing a layout without
bumping its version fails there, and so does a version that can no longer read its sample.
"""
