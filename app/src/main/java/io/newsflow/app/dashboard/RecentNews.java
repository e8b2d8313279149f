package io.newsflow.app.dashboard;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of the articles themselves: the latest few, the entities named most in
 * the last minutes, and the mean sentiment per time bucket. Fed by one consumer thread, read by
 * HTTP threads; every method is synchronized, and each answer is a copy.
 */
public final class RecentNews {
  /** One point of the sentiment series. */
  public record SentimentPoint(Instant time, double mean, int count) {}

  /** An entity's share of the recent news. */
  public record EntityCount(String id, String name, String type, int mentions, int articles) {}

  private record Seen(Instant time, EnrichedArticle article) {}

  private final int latestSize;
  private final Duration window;
  private final Duration bucket;
  private final Deque<EnrichedArticle> latest = new ArrayDeque<>();
  private final Deque<Seen> recent = new ArrayDeque<>();

  public RecentNews(int latestSize, Duration window, Duration bucket) {
    this.latestSize = latestSize;
    this.window = window;
    this.bucket = bucket;
  }

  public synchronized void add(EnrichedArticle article, Instant now) {
    latest.addFirst(article);
    while (latest.size() > latestSize) {
      latest.removeLast();
    }
    recent.addLast(new Seen(now, article));
    forgetBefore(now.minus(window));
  }

  public synchronized List<EnrichedArticle> latest() {
    return List.copyOf(latest);
  }

  public synchronized List<EntityCount> topEntities(int n, Instant now) {
    forgetBefore(now.minus(window));
    Map<String, EntityCount> counts = new HashMap<>();
    for (Seen seen : recent) {
      if (seen.article().duplicateOf() != null) {
        continue;
      }
      for (Entity e : seen.article().entities()) {
        counts.merge(
            e.id(),
            new EntityCount(e.id(), e.name(), e.type().name(), e.mentions().size(), 1),
            (a, b) ->
                new EntityCount(
                    a.id(), a.name(), a.type(), a.mentions() + b.mentions(), a.articles() + 1));
      }
    }
    return counts.values().stream()
        .sorted(
            Comparator.comparingInt(EntityCount::mentions)
                .reversed()
                .thenComparing(EntityCount::name))
        .limit(n)
        .toList();
  }

  public synchronized List<SentimentPoint> sentiment(Instant now) {
    forgetBefore(now.minus(window));
    Map<Long, double[]> sums = new HashMap<>();
    long size = bucket.toMillis();
    for (Seen seen : recent) {
      if (seen.article().sentiment() == null) {
        continue;
      }
      long key = seen.time().toEpochMilli() / size;
      double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
      sum[0] += seen.article().sentiment().score();
      sum[1]++;
    }
    List<SentimentPoint> points = new ArrayList<>();
    sums.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                points.add(
                    new SentimentPoint(
                        Instant.ofEpochMilli(e.getKey() * size),
                        e.getValue()[0] / e.getValue()[1],
                        (int) e.getValue()[1])));
    return points;
  }

  private void forgetBefore(Instant cutoff) {
    Iterator<Seen> it = recent.iterator();
    while (it.hasNext() && it.next().time().isBefore(cutoff)) {
      it.remove();
    }
  }
}
