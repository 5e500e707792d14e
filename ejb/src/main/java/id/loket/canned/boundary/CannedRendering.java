package id.loket.canned.boundary;

/** A canned response filled in for one ticket: the text to put into the reply. */
public record CannedRendering(long id, String ticket, String language, String text) {}
