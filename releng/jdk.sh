# Sourced by the build scripts: points JAVA_HOME at a JDK 21 or newer (Tycho 5 needs it), found the
# way the product's start script finds a Java (JAVA_HOME, the PATH, the usual JVM folders).
_minewatch_java=$(bash "$(dirname "${BASH_SOURCE[0]}")/../features/org.minewatch.suite.feature/rootfiles/linux/minewatch" --which-java) || exit 1
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$_minewatch_java")")")
if [ ! -x "$JAVA_HOME/bin/javac" ]; then
  echo "Building Minewatch needs a JDK 21 or newer; $JAVA_HOME is a runtime without javac." >&2
  echo "Install a JDK (e.g. Temurin 21+ or openjdk-21-jdk) and point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME
unset _minewatch_java
