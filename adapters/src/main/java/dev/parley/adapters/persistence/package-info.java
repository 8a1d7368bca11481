/**
 * The JPA persistence adapter: entities shaped like the tables Flyway creates ({@code db/migration}), mapped to and
 * from the domain by each entity's {@code from}/{@code toDomain}. Driven: implements the application's load and
 * save ports. EclipseLink never changes the schema.
 */
package dev.parley.adapters.persistence;
