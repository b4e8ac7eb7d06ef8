#!/bin/bash
# CTest: kiosque-feed reads a posts array larger than the 32 MiB limit on a
# whole document (an array has none: it is streamed one post at a time), and
# counts every post, from a file and from standard input.
#   tests/cli/large_feed.sh path/to/kiosque-feed
set -euo pipefail
tool=$1
feed=$(mktemp)
trap 'rm -f "$feed"' EXIT
/usr/bin/python3 - "$feed" <<'PY'
import json, sys
body = "<p>" + "Le fond de l’article, assez long pour peser. " * 90 + "</p>"
posts = ({"id": n, "link": f"https://journal.example/{n}/", "title": {"rendered": f"Titre {n}"},
          "content": {"rendered": body}, "date_gmt": "2026-11-25T08:00:00"} for n in range(1, 9001))
with open(sys.argv[1], "w") as out:
    out.write("[" + ",".join(json.dumps(post) for post in posts) + "]")
PY
size=$(stat -c %s "$feed")
(( size > 32 * 1024 * 1024 )) || { echo "fixture too small: $size bytes"; exit 1; }
for source in file stdin; do
  if [[ $source == file ]]; then summary=$("$tool" check "$feed" || true); else summary=$("$tool" check - < "$feed" || true); fi
  grep -q '^articles: 9000$' <<<"$summary" || { echo "$source: $summary"; exit 1; }
done
echo "ok: $size bytes, 9000 articles from a file and from standard input"
