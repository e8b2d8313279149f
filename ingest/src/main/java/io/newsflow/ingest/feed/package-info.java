/**
 * Feeds that remember: RSS and Atom feeds (given one by one or as an OPML list) polled on their own
 * schedules with conditional requests and backoff, each remembering in a small file what Kafka
 * acknowledged from it, so that neither a later poll nor a restart sends an article twice.
 */
package io.newsflow.ingest.feed;
