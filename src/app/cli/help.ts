/** @module help — the CLI's usage text. */
export const HELP = `synoptic — read one news story across many sources

Usage:
  synoptic analyze <path>... [--json | --out FILE]   analyse files/folders, write the report (JSON)
  synoptic ingest <path>...                          store documents, update stories and their analyses
  synoptic poll [feed-url...] [--every S [--rounds N]]  poll RSS/Atom feeds into the store (no URL: every stored feed)
  synoptic feeds [remove <feed-url>...]              list polled feeds and how their last poll went (or forget some)
  synoptic stories                                   list stored stories
  synoptic report <story-id> [--format md|html|json] print a stored story's report
  synoptic search <words>                            full-text search over stored documents
  synoptic demo [--serve]                            ingest the bundled demo corpus, print its brief (and serve it)
  synoptic serve [--port N] [--host H]               HTTP API and web UI (PORT is honoured too; default 127.0.0.1:3000)
  synoptic enqueue <path|url>... [--queue URL]       queue one read job per file (folders walked) or URL
  synoptic worker [--queue URL] [--exit-when-idle]   take read/assign/analyse jobs from the queue until Ctrl-C
  synoptic status [--queue URL] [--json]             queue depth, active, completed, failed (with reasons), throughput
  synoptic --help

Options:
  --store LOCATION   SQLite file (default .synoptic/synoptic.sqlite, or $SYNOPTIC_STORE)
  --json             analyze: print the report on stdout
  --out FILE         analyze: write the report to FILE
  --format FMT       report: md (default), html or json
  --quiet            no progress on stderr
  --queue URL        the job queue: a postgres:// URL (default $SYNOPTIC_QUEUE, else the store if it is PostgreSQL)
  --job-timeout S    enqueue, worker: a job active this long is presumed dead and retried (default 900)
  --analysis-heap-mb N  worker: heap of each thread that analyses stories (default 1280); a story needing more fails its job
  --analysis-threads N  worker: stories analysed at once, each in its own thread (default 1; one worker on a many-core machine: its cores)
  --max-analysed N   analyze, ingest, worker: a story of more than N documents is analysed over a sample of N
                     (its earliest, latest and an even spread; the report says which); default 500, 0: no bound
  --every S          poll: poll again every S seconds (at least 10) until Ctrl-C; --rounds N stops after N polls
  --allow-host H     let the fetcher reach host[:port] H although it is local or private (local test servers); repeatable

Inputs: plain text, HTML, JSON/JSONL records, RSS/Atom, WARC(.gz), sitemaps (their pages are fetched),
http(s) URLs; folders are read recursively. URLs at local, private or metadata addresses are refused.
Exit status: 0 done; 1 bad usage or nothing readable; 2 done, but some inputs had problems.

Examples:
  npx synoptic analyze examples/demo --json > report.json
  npx synoptic ingest ~/scrapes/2024-06-*.jsonl
  npx synoptic stories
  npx synoptic report 3f2a9c1b7d40 --format html > story.html
`;
