package io.newsflow.enrich.dedup;

/**
 * One band of one story, on its way to the store of stories that share the band value.
 *
 * @param request the story's read, as {@link Requests#of} names it, so its vote finds it again
 * @param fingerprint the story's content fingerprint, the key its vote goes back under
 * @param id the story's article id
 * @param band the band's index
 * @param minima the story's one-byte minimum hashes, to compare it with the stories it meets
 */
public record BandEntry(String request, String fingerprint, String id, int band, byte[] minima) {}
