package id.loket.queue.boundary;

import jakarta.json.JsonObject;

/** What a caller sends to save a view: its name and its definition (view, team, sort, filters). */
public record SavedViewData(String name, JsonObject definition) {}
