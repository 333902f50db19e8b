package org.minewatch.core;

/**
 * Marks the business service of an area (the registry, hazards, checklists, and those to come): headless, one unit
 * of work per call, each call for an {@link Actor}. A service registers under its own class and this interface; the
 * desktop hands every area service to its parts once the store is open, so that parts simply inject it.
 */
public interface AreaService {
}
