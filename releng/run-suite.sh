#!/usr/bin/env bash
# Starts the Minewatch suite, building the product first if it is missing or older than the sources.
# Arguments go to the suite, e.g. releng/run-suite.sh -nl en
set -euo pipefail
cd "$(dirname "$0")/.."
product=releng/org.minewatch.product/target/products/org.minewatch.product/linux/gtk/x86_64/minewatch
stamp=$product/configuration/config.ini   # written when the build materializes the product
stale() {
  [ ! -x "$product/minewatch" ] || [ ! -f "$stamp" ] && return 0
  [ -n "$(find pom.xml bundles features releng -type f -newer "$stamp" -not -path '*/target/*' -not -path '*/bin/*' | head -n 1)" ]
}
if stale; then
  source releng/jdk.sh
  echo "Building the Minewatch product (tests skipped; releng/run-tests.sh runs them)..."
  ./mvnw -B -q package -DskipTests
fi
exec "$product/minewatch" "$@"
