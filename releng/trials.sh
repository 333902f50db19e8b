#!/usr/bin/env bash
# The reliability trials of docs/reliability.md, never part of the tests: builds the product (the bundles' tests
# skipped), then runs tests/org.minewatch.e2e's ReliabilityTrials against it under a private Xvfb and writes
# tests/org.minewatch.e2e/target/trials/figures.txt. The disk-full trial mounts a small tmpfs: run as root for it.
#   releng/trials.sh -o                                 offline, 50 kill trials, a random seed (printed)
#   releng/trials.sh -o -Dtrials.count=10 -Dtrials.seed=42 -Dtrials.backups=1
# MAVEN overrides the Maven command (default ./mvnw).
set -euo pipefail
cd "$(dirname "$0")/.."
source releng/jdk.sh
exec xvfb-run -a -s "-screen 0 1280x800x24" ${MAVEN:-./mvnw} -B verify -Ptrials -DskipTests "$@"
