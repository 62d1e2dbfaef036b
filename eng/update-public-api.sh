#!/usr/bin/env bash
# Brings src/ReverseMentoring.Matching/PublicAPI.Unshipped.txt in line with the code:
# adds what the analyzer reports as undeclared (RS0016), drops what it reports as gone (RS0017).
# Review the diff: every line is a public promise.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/ReverseMentoring.Matching
file=$project/PublicAPI.Unshipped.txt
normalize() { { echo '#nullable enable'; grep -v -e '^#nullable' -e '^<<<<<<<' -e '^=======' -e '^>>>>>>>' -e '^$' "$file" | sort -u; } > "$file.tmp"; mv "$file.tmp" "$file"; }
normalize # also clears merge-conflict markers: the analyzer then re-adds whatever is really missing
for _ in 1 2 3; do
  log=$(dotnet build "$project" --no-incremental 2>&1 || true)
  added=$(grep -E 'RS0016' <<<"$log" | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
  removed=$(grep -E 'RS0017' <<<"$log" | sed -E "s/.*Symbol '(.*)' is part of the declared API.*/\1/" | sort -u || true)
  [ -z "$added$removed" ] && break
  { echo '#nullable enable'; { grep -v '^#nullable' "$file" | grep -vxF -f <(printf '%s\n' "$removed") || true; printf '%s\n' "$added"; } | grep -v '^$' | sort -u; } > "$file.tmp"
  mv "$file.tmp" "$file"
done
dotnet build "$project" 2>&1 | grep -E ' error |Build succeeded' | sort -u | head -20
