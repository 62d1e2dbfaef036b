#!/usr/bin/env bash
# Packs rmatch as a dotnet tool and checks that it installs and runs, without touching the user's tools:
#   1. dotnet pack for this machine's RID only (the pointer package ReverseMentoring.Matching.Cli.<version>.nupkg plus
#      ReverseMentoring.Matching.Cli.<rid>.<version>.nupkg) into a temporary local feed; build output goes to a
#      temporary --artifacts-path, so the working tree's bin/ and obj/ are left alone;
#   2. checks the pointer package carries the tool's own README (PACKAGE.md) and the RID package holds only its own
#      RID's files (no other platform's OR-Tools natives, no symbols);
#   3. dotnet tool install into a temporary --tool-path from that feed only (a nuget.config that clears every other
#      source, and a temporary NuGet packages folder for the install, so nothing is cached under ~/.nuget);
#   4. runs the installed rmatch: --version, match --sample (in English, and in Spanish with --culture es, which needs
#      the es satellites: the CLI's own rmatch.resources.dll and the library's), generate + match --participants --json -;
#   5. prints the package sizes.
# Exits 1 on any failure. Needs only NuGet for the pack's restore (normally already cached) and no network for the install.
# Usage: bash eng/check-tool.sh [rid] [Configuration]   (default: this machine's RID, Release)
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/ReverseMentoring.Matching.Cli
id=ReverseMentoring.Matching.Cli
supported=(linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64)
started=$SECONDS

fail() {
  printf 'check-tool: FAILED: %s\n' "$@" >&2
  exit 1
}

rid=${1:-$(dotnet --info | sed -nE 's/^ *RID: *([^ ]+) *$/\1/p' | head -n 1)}
configuration=${2:-Release}
[ -n "$rid" ] || fail "cannot tell this machine's RID from 'dotnet --info'; pass it: bash eng/check-tool.sh linux-x64"
[[ " ${supported[*]} " == *" $rid "* ]] || fail "RID '$rid' is not one the tool is packed for (${supported[*]})"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed=$work/feed
tools=$work/tools

echo "check-tool: packing $id for $rid ($configuration)..."
if ! dotnet pack "$project" -c "$configuration" -o "$feed" --artifacts-path "$work/artifacts" -nologo \
  -p:RuntimeIdentifiers="$rid" -p:ToolPackageRuntimeIdentifiers="$rid" >"$work/pack.log" 2>&1; then
  grep -E ' error |error [A-Z]+[0-9]+' "$work/pack.log" | sort -u >&2 || cat "$work/pack.log" >&2
  fail "dotnet pack $project failed (see the errors above)"
fi

pointer=$(find "$feed" -maxdepth 1 -name "$id.[0-9]*.nupkg" | head -n 1)
[ -n "$pointer" ] || fail "no pointer package $id.<version>.nupkg was produced"
version=$(basename "$pointer" .nupkg)
version=${version#"$id."}
ridpkg=$feed/$id.$rid.$version.nupkg
[ -f "$ridpkg" ] || fail "no RID package $(basename "$ridpkg") was produced"

problems=()
[ -z "$(find "$feed" -name '*.snupkg' -o -name '*.symbols.nupkg')" ] || problems+=("symbol packages were produced for the tool")
pointer_entries=$(unzip -Z1 "$pointer")
grep -qx 'tools/any/any/DotnetToolSettings.xml' <<<"$pointer_entries" || problems+=("the pointer package has no tools/any/any/DotnetToolSettings.xml")
! grep -qE '\.(dll|so|dylib)' <<<"$pointer_entries" || problems+=("the pointer package carries binaries")
# The tool's own readme (src/ReverseMentoring.Matching.Cli/PACKAGE.md): on nuget.org a relative link leads nowhere.
readme=$(unzip -p "$pointer" README.md 2>/dev/null || true)
if [ -z "$readme" ]; then
  problems+=("the pointer package has no README.md")
else
  cmp -s <(printf '%s\n' "$readme") "$project/PACKAGE.md" || problems+=("README.md in the pointer package is not $project/PACKAGE.md")
  relative_links=$(grep -noE '\]\([^)]*\)|(href|src)="[^"]*"' <<<"$readme" | grep -vE '\]\((https?://|#)|(href|src)="(https?://|#)' || true)
  [ -z "$relative_links" ] || problems+=("the tool's README.md has relative links (line:link): $(tr '\n' ' ' <<<"$relative_links")")
fi
rid_entries=$(unzip -Z1 "$ridpkg")
for f in DotnetToolSettings.xml rmatch.dll libortools.so.9; do
  case $rid in
    win-*) [ "$f" = libortools.so.9 ] && f=google-ortools-native.dll ;;
    osx-*) [ "$f" = libortools.so.9 ] && f=libortools.9.dylib ;;
  esac
  grep -qx "tools/net10.0/$rid/$f" <<<"$rid_entries" || problems+=("$(basename "$ridpkg") has no tools/net10.0/$rid/$f")
done
# --culture es: the Spanish messages (the tool's satellite) and the Spanish reports and reasons (the library's).
for f in rmatch.resources.dll ReverseMentoring.Matching.resources.dll; do
  grep -qx "tools/net10.0/$rid/es/$f" <<<"$rid_entries" || problems+=("$(basename "$ridpkg") has no tools/net10.0/$rid/es/$f (--culture es)")
done
outside=$(grep -E '^tools/' <<<"$rid_entries" | grep -vE "^tools/net10.0/$rid/" || true)
[ -z "$outside" ] || problems+=("$(basename "$ridpkg") has files for other platforms: $(head -n 3 <<<"$outside" | tr '\n' ' ')")
! grep -qE '(^|/)runtimes/' <<<"$rid_entries" || problems+=("$(basename "$ridpkg") still has a runtimes/ folder (natives of every platform)")
! grep -qE '\.pdb$' <<<"$rid_entries" || problems+=("$(basename "$ridpkg") carries .pdb symbols")
if [ ${#problems[@]} -gt 0 ]; then
  fail "${problems[@]}"
fi

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML

echo "check-tool: installing $id $version into a temporary tool path..."
if ! NUGET_PACKAGES=$work/nuget-packages dotnet tool install "$id" --version "$version" --tool-path "$tools" \
  --configfile "$work/nuget.config" --add-source "$feed" >"$work/install.log" 2>&1; then
  cat "$work/install.log" >&2
  fail "dotnet tool install $id $version failed"
fi

exe=$tools/rmatch
[ -x "$exe" ] || [ -f "$exe.exe" ] || fail "the installed tool has no rmatch command in $tools"
[ -x "$exe" ] || exe=$exe.exe
# The apphost finds the runtime through DOTNET_ROOT; point it at the SDK's own runtime.
DOTNET_ROOT=${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
export DOTNET_ROOT

run() { # run NAME ARGS...: stdout to $work/NAME.out, stderr to $work/NAME.err; fail unless exit 0 and stderr empty
  local name=$1
  shift
  if ! "$exe" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    cat "$work/$name.err" >&2
    fail "rmatch $* exited with $?"
  fi
  [ ! -s "$work/$name.err" ] || { cat "$work/$name.err" >&2; fail "rmatch $* wrote to standard error"; }
}

run version --version
grep -q "^$version" "$work/version.out" || fail "rmatch --version printed '$(cat "$work/version.out")', expected $version"
run sample match --sample
grep -qE '^11 pairs, total [0-9.]+, .*status Optimal' "$work/sample.out" || { cat "$work/sample.out" >&2; fail "rmatch match --sample did not print the expected summary"; }
! grep -q $'\e' "$work/sample.out" || fail "rmatch match --sample wrote ANSI escapes to a pipe"
run sample-es match --sample --culture es
grep -qE '^11 parejas, total [0-9.]+, .*estado Óptimo' "$work/sample-es.out" || { cat "$work/sample-es.out" >&2; fail "rmatch match --sample --culture es did not print the Spanish summary"; }
grep -q 'ningún mentor permitido' "$work/sample-es.out" || fail "rmatch match --sample --culture es did not give the unmatched reason in Spanish"
run generate generate --mentors 40 --mentees 30 --seed 3 --out "$work/cohort"
run json match --participants "$work/cohort/participants.csv" --json -
grep -q '"status": "Optimal"' "$work/json.out" || { head -n 5 "$work/json.out" >&2; fail "rmatch match --json - did not print an optimal result"; }

size() { du -h "$1" | cut -f1; }
echo "check-tool: packages:"
printf '  %-60s %s\n' "$(basename "$pointer")" "$(size "$pointer")" "$(basename "$ridpkg")" "$(size "$ridpkg")"
echo "check-tool: installed tool: $(du -sh "$tools" | cut -f1) in the tool path"
echo "check-tool: OK: $id $version ($rid) packs, installs with dotnet tool install and runs match --sample (en, es), generate and match --json - ($((SECONDS - started)) s)"
