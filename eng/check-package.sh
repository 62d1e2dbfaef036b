#!/usr/bin/env bash
# Packs the library into a temporary folder and fails (exit 1) unless the package is complete:
#   - the .nupkg has README.md at its root, the assembly and its XML docs under lib/<tfm>/
#   - its nuspec declares a license expression, the readme and the icon, and icon.png is a PNG at the package root
#   - a .snupkg symbol package is produced and holds the .pdb
# Usage: bash eng/check-package.sh [Configuration]   (default Release)
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/ReverseMentoring.Matching
id=ReverseMentoring.Matching
configuration=${1:-Release}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if ! dotnet pack "$project" -c "$configuration" -o "$out" -nologo >"$out/pack.log" 2>&1; then
  grep -E ' error |error [A-Z]+[0-9]+' "$out/pack.log" | sort -u >&2 || cat "$out/pack.log" >&2
  echo "check-package: FAILED: dotnet pack $project failed (see the errors above)." >&2
  exit 1
fi

problems=()
nupkg=$(find "$out" -maxdepth 1 -name "$id.*.nupkg" ! -name '*.symbols.nupkg' | head -n 1)
snupkg=$(find "$out" -maxdepth 1 -name "$id.*.snupkg" | head -n 1)
if [ -z "$nupkg" ]; then
  echo "check-package: FAILED: no $id .nupkg was produced." >&2
  exit 1
fi

entries=$(unzip -Z1 "$nupkg")
has_entry() { grep -qxF "$1" <<<"$entries"; }
has_entry_matching() { grep -qE "$1" <<<"$entries"; }

has_entry README.md || problems+=("README.md is not at the root of $(basename "$nupkg")")
if ! has_entry icon.png; then
  problems+=("icon.png is not at the root of $(basename "$nupkg")")
elif [ "$(unzip -p "$nupkg" icon.png | head -c 8 | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
  problems+=("icon.png in $(basename "$nupkg") is not a PNG")
fi
has_entry_matching "^lib/[^/]+/$id\.dll$" || problems+=("lib/<tfm>/$id.dll is missing")
has_entry_matching "^lib/[^/]+/$id\.xml$" || problems+=("lib/<tfm>/$id.xml (XML docs) is missing")

nuspec=$(unzip -p "$nupkg" "$id.nuspec" 2>/dev/null || true)
grep -qE '<license type="expression">[^<]+</license>' <<<"$nuspec" \
  || problems+=("the nuspec has no <license type=\"expression\">")
grep -qF '<readme>README.md</readme>' <<<"$nuspec" || problems+=("the nuspec has no <readme>README.md</readme>")
grep -qF '<icon>icon.png</icon>' <<<"$nuspec" || problems+=("the nuspec has no <icon>icon.png</icon>")

if [ -z "$snupkg" ]; then
  problems+=("no .snupkg symbol package was produced")
elif ! grep -qE "^lib/[^/]+/$id\.pdb$" <<<"$(unzip -Z1 "$snupkg")"; then
  problems+=("$(basename "$snupkg") has no lib/<tfm>/$id.pdb")
fi

if [ ${#problems[@]} -gt 0 ]; then
  printf 'check-package: FAILED: %s\n' "${problems[@]}" >&2
  exit 1
fi

license=$(sed -nE 's/.*<license type="expression">([^<]+)<\/license>.*/\1/p' <<<"$nuspec")
echo "check-package: OK: $(basename "$nupkg") (README.md, icon.png, XML docs, license $license) and $(basename "$snupkg") (pdb)"
