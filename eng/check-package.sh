#!/usr/bin/env bash
# Packs the library into a temporary folder and fails (exit 1) unless the package is complete:
#   - the .nupkg has README.md at its root, the assembly and its XML docs under lib/<tfm>/, and the report's Spanish
#     satellite assembly under lib/<tfm>/es/
#   - its nuspec declares a license expression, the readme and the icon, and icon.png is a PNG at the package root
#   - a .snupkg symbol package is produced and holds the .pdb
#   - the packed README.md is the package's own (src/ReverseMentoring.Matching/PACKAGE.md): no relative links or images,
#     and no repository paths (samples/, docs/, src/, ...) outside absolute URLs
#   - every PackageReference of the library that is not PrivateAssets="all" is a <dependency> of the nuspec
#   - the nuspec names the repository (<repository type="git" url=... commit=...>), the project URL and release notes,
#     and CHANGELOG.md is at the package root
#   - SourceLink: the pdb carries SourceLink JSON mapping the sources to raw.githubusercontent.com at the packed commit
#   - the pack runs as CI does (CI=true, so ContinuousIntegrationBuild): the SourceLink source root is the normalized
#     /_/ and neither the dll nor the pdb holds this checkout's absolute path
# The pack builds into a temporary --artifacts-path, so the working tree's bin/ and obj/ are left alone and the CI
# build really compiles (an up-to-date local obj/ would skip it).
# Usage: bash eng/check-package.sh [Configuration]   (default Release)
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/ReverseMentoring.Matching
id=ReverseMentoring.Matching
configuration=${1:-Release}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

repository_url=https://github.com/reverse-mentoring/ReverseMentoring.Matching
repository_raw=https://raw.githubusercontent.com/reverse-mentoring/ReverseMentoring.Matching

if ! CI=true dotnet pack "$project" -c "$configuration" -o "$out" --artifacts-path "$out/artifacts" -nologo \
  >"$out/pack.log" 2>&1; then
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
has_entry_matching "^lib/[^/]+/es/$id\.resources\.dll$" \
  || problems+=("lib/<tfm>/es/$id.resources.dll (the Spanish report) is missing")

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

# The package readme: its own, for nuget.org, where a relative link or a repository path leads nowhere.
readme=$(unzip -p "$nupkg" README.md 2>/dev/null || true)
if [ -n "$readme" ]; then
  if ! cmp -s <(printf '%s\n' "$readme") "$project/PACKAGE.md"; then
    problems+=("README.md in the package is not $project/PACKAGE.md")
  fi
  relative_links=$(grep -noE '\]\([^)]*\)|(href|src)="[^"]*"' <<<"$readme" \
    | grep -vE '\]\((https?://|#)|(href|src)="(https?://|#)' || true)
  [ -z "$relative_links" ] || problems+=("the packed README.md has relative links (line:link): $(tr '\n' ' ' <<<"$relative_links")")
  repo_paths=$(sed -E 's#https?://[^) >"]*##g' <<<"$readme" \
    | grep -noE '(^|[^[:alnum:]_./-])(samples|docs|benchmarks|src|schemas|eng|tests)/[[:alnum:]_./-]*' || true)
  [ -z "$repo_paths" ] || problems+=("the packed README.md names repository paths (line:path): $(tr '\n' ' ' <<<"$repo_paths")")
  grep -qF "$repository_url" <<<"$readme" || problems+=("the packed README.md does not link to $repository_url")
fi

# Every package the library references (except build-only ones, PrivateAssets="all") is a dependency of the package,
# so a consumer's restore brings it (MathNet.Numerics, OR-Tools, ...).
for reference in $(grep -oE '<PackageReference Include="[^"]+" */>' "$project/$id.csproj" | sed -E 's/.*Include="([^"]+)".*/\1/'); do
  grep -qE "<dependency id=\"$reference\" version=" <<<"$nuspec" || problems+=("the nuspec has no dependency on $reference")
done

# Repository, project URL, release notes, changelog.
commit=$(sed -nE 's#.*<repository type="git" url="'"$repository_url"'"[^>]* commit="([0-9a-f]{40})".*#\1#p' <<<"$nuspec")
[ -n "$commit" ] || problems+=("the nuspec has no <repository type=\"git\" url=\"$repository_url\" commit=\"<sha>\">")
grep -qF "<projectUrl>$repository_url</projectUrl>" <<<"$nuspec" || problems+=("the nuspec has no <projectUrl>$repository_url</projectUrl>")
grep -qE '<releaseNotes>[^<]*CHANGELOG\.md' <<<"$nuspec" || problems+=("the nuspec's <releaseNotes> do not point to CHANGELOG.md")
has_entry CHANGELOG.md || problems+=("CHANGELOG.md is not at the root of $(basename "$nupkg")")

# SourceLink in the pdb (a portable pdb keeps the JSON as one UTF-8 blob), at the packed commit, with the source root
# normalized to /_/ by ContinuousIntegrationBuild; and no absolute path of this checkout in the dll or the pdb.
if [ -n "$snupkg" ]; then
  pdb_strings=$(unzip -p "$snupkg" "lib/*/$id.pdb" | strings -n 8)
  sourcelink=$(grep -oE '\{"documents":\{[^}]*\}\}' <<<"$pdb_strings" | head -n 1 || true)
  if [ -z "$sourcelink" ]; then
    problems+=("the pdb in $(basename "$snupkg") carries no SourceLink JSON")
  else
    expected="{\"documents\":{\"/_/*\":\"$repository_raw/${commit:-<commit>}/*\"}}"
    [ "$sourcelink" = "$expected" ] || problems+=("the pdb's SourceLink is $sourcelink, expected $expected (CI=true normalizes the root to /_/)")
  fi
  root=$(pwd -P)
  if grep -qF "$root/" <<<"$pdb_strings" || unzip -p "$nupkg" "lib/*/$id.dll" | strings -n 8 | grep -qF "$root/"; then
    problems+=("the CI-built dll or pdb holds this checkout's absolute path ($root): ContinuousIntegrationBuild did not apply")
  fi
fi

if [ ${#problems[@]} -gt 0 ]; then
  printf 'check-package: FAILED: %s\n' "${problems[@]}" >&2
  exit 1
fi

license=$(sed -nE 's/.*<license type="expression">([^<]+)<\/license>.*/\1/p' <<<"$nuspec")
echo "check-package: OK: $(basename "$nupkg") (package README.md, CHANGELOG.md, icon.png, XML docs, es satellite, license $license, repository at ${commit:0:12}) and $(basename "$snupkg") (pdb with SourceLink, CI paths /_/)"
