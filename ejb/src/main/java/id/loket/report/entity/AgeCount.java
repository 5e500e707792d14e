package id.loket.report.entity;

import java.io.Serializable;

/** Open tickets of one age bucket and status. Buckets: see {@link BacklogReport#BUCKETS}. */
public record AgeCount(String bucket, String status, long n) implements Serializable {}
