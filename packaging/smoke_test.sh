#!/usr/bin/env bash
# Smoke test of the built bundle: it must run with no Python anywhere on PATH, print its
# version, export the seed corpus to CSV and JSON, and fail cleanly on bad input.
# Usage: packaging/smoke_test.sh [dist/timeline-viewer/timeline-viewer]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
exe="$(realpath "${1:-$root/dist/timeline-viewer/timeline-viewer}")"
checker="${PYTHON:-python3}"  # only checks the JSON output, outside the bundle's environment
[ -x "$exe" ] || { echo "smoke: no executable at $exe (run make package)" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The bundle needs no tools of its own; an empty bin folder proves nothing leaks in.
mkdir -p "$tmp/bin" "$tmp/home"
clean_path="$tmp/bin"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
run() {  # run the bundle in a bare environment: no Python, no display, a throwaway HOME
    env -i HOME="$tmp/home" QT_QPA_PLATFORM=offscreen PATH="$clean_path" LANG=C.UTF-8 \
        "$exe" "$@"
}

if env -i PATH="$clean_path" /bin/sh -c 'command -v python3 || command -v python' >/dev/null
then
    fail "a Python interpreter is reachable on PATH=$clean_path"
fi

want_version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/viewer/__init__.py")"
version="$(run --version)" || fail "--version exited with $?"
case "$version" in
    *"$want_version"*) echo "smoke: --version: $version" ;;
    *) fail "--version printed '$version', expected $want_version" ;;
esac

start=$EPOCHREALTIME
run export --csv "$tmp/events.csv" --json "$tmp/events.json" 2>"$tmp/export.err" \
    || fail "export exited with $?: $(cat "$tmp/export.err")"
elapsed=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')

[ -s "$tmp/events.csv" ] || fail "no CSV written"
header="$(head -n 1 "$tmp/events.csv" | sed 's/^\xEF\xBB\xBF//' | tr -d '\r')"
case "$header" in
    event_id,date,date_end*) ;;
    *) fail "CSV header is '$header'" ;;
esac
lines=$(wc -l <"$tmp/events.csv")
[ "$lines" -ge 2 ] || fail "CSV has a header and no event"

"$checker" - "$tmp/events.json" <<'EOF' || fail "JSON export is not valid"
import json, sys
with open(sys.argv[1], encoding="utf-8") as handle:
    data = json.load(handle)
assert isinstance(data.get("documents"), list) and data["documents"], "no documents"
assert isinstance(data.get("events"), list) and data["events"], "no events"
print(f"smoke: JSON: {len(data['documents'])} documents, {len(data['events'])} events")
EOF
echo "smoke: CSV: $((lines - 1)) lines after the header; export took ${elapsed}s"

# Bad input: one clear line on stderr, a non-zero exit, never a traceback.
run export --png "$tmp/timeline.png" --svg "$tmp/timeline.svg" 2>"$tmp/picture.err" >/dev/null \
    || fail "picture export exited with $?: $(cat "$tmp/picture.err")"
[ "$(head -c 8 "$tmp/timeline.png" | od -An -c | tr -d ' ')" = "211PNG\r\n032\n" ] \
    || fail "the PNG export is not a PNG"
grep -q "<svg" "$tmp/timeline.svg" || fail "the SVG export is not an SVG"
echo "smoke: pictures: PNG $(wc -c <"$tmp/timeline.png") bytes, SVG $(wc -c <"$tmp/timeline.svg") bytes"

if run export "$tmp/no-such-folder" --csv "$tmp/bad.csv" 2>"$tmp/bad.err" >/dev/null; then
    fail "export of a missing folder succeeded"
fi
! grep -q Traceback "$tmp/bad.err" || fail "traceback on bad input: $(cat "$tmp/bad.err")"
echo "smoke: bad input: $(head -n 1 "$tmp/bad.err")"
# The window: it must start on the seeds and still be running a few seconds later.
status=0
timeout 8 env -i HOME="$tmp/home" QT_QPA_PLATFORM=offscreen PATH="$clean_path" LANG=C.UTF-8 \
    "$exe" >/dev/null 2>"$tmp/window.err" || status=$?
[ "$status" -eq 124 ] || fail "the window exited with $status: $(cat "$tmp/window.err")"
! grep -q Traceback "$tmp/window.err" || fail "traceback in the window: $(cat "$tmp/window.err")"
echo "smoke: window: still running after 8 s, as it should"
echo "smoke: OK ($exe)"
