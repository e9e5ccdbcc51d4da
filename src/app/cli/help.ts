/** @module help — the CLI's usage text. */
export const HELP = `synoptic — read one news story across many sources

Usage:
  synoptic analyze <path>... [--json | --out FILE]   analyse files/folders, write the report (JSON)
  synoptic ingest <path>...                          store documents, update stories and their analyses
  synoptic stories                                   list stored stories
  synoptic report <story-id> [--format md|html|json] print a stored story's report
  synoptic search <words>                            full-text search over stored documents
  synoptic demo [--serve]                            ingest the bundled demo corpus, print its brief (and serve it)
  synoptic serve [--port N] [--host H]               HTTP API and web UI (PORT is honoured too; default 127.0.0.1:3000)
  synoptic --help

Options:
  --store LOCATION   SQLite file (default .synoptic/synoptic.sqlite, or $SYNOPTIC_STORE)
  --json             analyze: print the report on stdout
  --out FILE         analyze: write the report to FILE
  --format FMT       report: md (default), html or json
  --quiet            no progress on stderr

Inputs: plain text, HTML, JSON/JSONL records, RSS/Atom, WARC(.gz); folders are read recursively.
Exit status: 0 done; 1 bad usage or nothing readable; 2 done, but some inputs had problems.

Examples:
  npx synoptic analyze examples/demo --json > report.json
  npx synoptic ingest ~/scrapes/2024-06-*.jsonl
  npx synoptic stories
  npx synoptic report 3f2a9c1b7d40 --format html > story.html
`;
