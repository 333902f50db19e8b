package org.minewatch.ui;

import org.minewatch.core.Actor;
import org.minewatch.registry.Registry;

/**
 * Set in the application's context by {@link RegistryAddon} once the store is open: the registry
 * service and the person acting at this desktop. Parts inject it with {@code @Inject @Optional} and
 * fill themselves when it arrives. {@code canWrite} is false when the database names no official
 * to act as (an empty database): the parts browse but do not save.
 */
public record RegistryAccess(Registry registry, Actor actor, boolean canWrite) {
}
