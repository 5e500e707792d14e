package id.loket.catalog.boundary;

import jakarta.json.JsonObject;

/**
 * What the catalog says about a new ticket of a request type: the category it is filed under, the
 * defaults for impact and urgency, its first team, and the checked, typed field values.
 */
public record Intake(
    String type,
    String category,
    String defaultImpact,
    String defaultUrgency,
    String firstTeam,
    JsonObject fields) {}
