#!/usr/bin/env bash
# The side-by-side benchmarks against Stanford CoreNLP: our entity tagger against its CRF
# (docs/BENCHMARKS.md, "Side by side with CoreNLP") and our sentence scorer against its RNTN.
# Builds the profile-only module (the first build downloads CoreNLP and its 474 MB models jar into
# ~/.m2), then runs, from the worktree root:
#
#   bench-corenlp/run.sh accuracy    each tagger alone in its JVM: load time, memory, predictions on
#                                    CoNLL-2003 valid scored by ../shared/tools/conll_score.py
#   bench-corenlp/run.sh alternate [ROUNDS]   both in one JVM, a timed pass each in turn (default 8 rounds)
#   bench-corenlp/run.sh jmh [JMH OPTIONS]    JMH, one thread, each tagger in its own fork
#
# and CoreNLP's sentiment model (the RNTN) beside our sentence scorer (docs/research/2026-11-28-sentiment.md, "CoreNLP's
# sentiment model"):
#
#   bench-corenlp/run.sh sentiment [SET ...]  scores ../shared/data/sentiment/SET.tsv (default:
#                                    nyt-editorial-dev) into target/rntn-SET.pred (the expected class
#                                    value), .probs (the root's five probabilities) and .phrases (a
#                                    summary of the other nodes), then sentiment_score.py;
#                                    with RAW=".../nyt-editorial-dev.raw ..." (train/retrain sentiment
#                                    --cv-only --predictions, one per fold seed) also sentiment_stack.py:
#                                    calibration and stacking with ours, cross-validated by article
#
# NO_BUILD=1 skips the build; NEWSFLOW_CONLL=FILE reads another CoNLL file instead of
# ../shared/data/conll2003/valid.txt. Without the data every command says so and exits 0.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command=${1:-accuracy}
shift || true
conll=${NEWSFLOW_CONLL:-../shared/data/conll2003/valid.txt}
sentiment=../shared/data/sentiment
if [ "$command" = sentiment ]; then
  required=$sentiment
else
  required=$conll
fi
if [ ! -e "$required" ]; then
  echo "skipped: $required is absent (the benchmark data lives in the project's shared data, next to the worktree)"
  exit 0
fi

if [ "${NO_BUILD:-0}" != 1 ]; then
  MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" mvn -B -q -Pcorenlp -pl bench-corenlp -am package -DskipTests
fi
classpath="bench-corenlp/target/classes:$(cat bench-corenlp/target/classpath.txt)"
data=(-Dnewsflow.conll="$conll")
out=bench-corenlp/target

case "$command" in
  accuracy)
    for tagger in corenlp newsflow; do
      heap=256m
      [ "$tagger" = corenlp ] && heap=2g
      echo "== $tagger (-Xmx$heap)"
      java -Xmx$heap "${data[@]}" -cp "$classpath" io.newsflow.bench.corenlp.MeasureTagger \
        "$tagger" "$out/$tagger-valid.conll" 3
      python3 ../shared/tools/conll_score.py "$out/$tagger-valid.conll"
    done
    ;;
  alternate)
    java -Xmx2g "${data[@]}" -cp "$classpath" io.newsflow.bench.corenlp.AlternateTaggers "${1:-8}"
    ;;
  jmh)
    java -Xmx256m "${data[@]}" -cp "$classpath" org.openjdk.jmh.Main TaggerComparisonBenchmark -t 1 "$@"
    ;;
  sentiment)
    [ $# -gt 0 ] || set -- nyt-editorial-dev
    for set in "$@"; do
      echo "== CoreNLP sentiment on $set (-Xmx2g)"
      java -Xmx2g -cp "$classpath" io.newsflow.bench.corenlp.CoreNlpSentiment \
        "$sentiment/$set.tsv" "$out/rntn-$set.pred" "$out/rntn-$set.probs" "$out/rntn-$set.phrases" \
        | grep -v '^[0-9,]* sentences, '
      python3 ../shared/tools/sentiment_score.py "$sentiment/$set.tsv" "$out/rntn-$set.pred" | tail -1
    done
    if [ -n "${RAW:-}" ] && [ -f "$out/rntn-nyt-editorial-dev.probs" ]; then
      # shellcheck disable=SC2086 # RAW is a list of files
      python3 bench-corenlp/sentiment_stack.py "$sentiment/nyt-editorial-dev.tsv" \
        "$out/rntn-nyt-editorial-dev.probs" --phrases "$out/rntn-nyt-editorial-dev.phrases" $RAW
    fi
    ;;
  *)
    echo "usage: bench-corenlp/run.sh accuracy | alternate [ROUNDS] | jmh [JMH OPTIONS] | sentiment [SET ...]" >&2
    exit 2
    ;;
esac
