#!/usr/bin/env bash
# Retrains the news sentence sentiment model from ../shared (docs/SENTIMENT.md), in two steps:
#   1. minilm-valence.tsv: word valences taught by all-MiniLM-L6-v2 (test-scope tool, ~15 min on
#      two busy cores; skipped with --keep-valences when the committed list is to be kept);
#   2. news-sentiment-model.tsv: the ridge model, cross-validated (~1 min).
# Run from the project root: enrich/scripts/train_sentiment.sh [--keep-valences] [TrainSentimentModel options]
# Deterministic: the same inputs give the same files. Never touches the network at run time
# (Maven resolves the build's own dependencies, as for any build).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${NEWSFLOW_SHARED:-../shared}"
resources=enrich/src/main/resources/io/newsflow/enrich/sentiment
keep=false
if [ "${1:-}" = "--keep-valences" ]; then
  keep=true
  shift
fi
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}"
mvn -B -q -pl enrich -am test-compile
classes=enrich/target/classes:common/target/classes
if [ "$keep" = false ]; then
  mvn -B -q -pl enrich dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/teacher-classpath.txt >/dev/null
  java -Xmx1g -cp "$classes:enrich/target/test-classes:$(cat enrich/target/teacher-classpath.txt)" \
    io.newsflow.enrich.sentiment.BuildMiniLmValences "$shared/data" "$resources/minilm-valence.tsv" 30
  cp "$resources/minilm-valence.tsv" enrich/target/classes/io/newsflow/enrich/sentiment/
fi
java -Xmx1g -cp "$classes" io.newsflow.enrich.sentiment.TrainSentimentModel \
  --data "$shared/data/sentiment" --out "$resources/news-sentiment-model.tsv" "$@"
