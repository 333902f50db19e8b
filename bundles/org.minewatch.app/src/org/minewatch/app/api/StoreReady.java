package org.minewatch.app.api;

import org.minewatch.core.Store;

/**
 * Set in the application's context once the store is open (the first start fills it with the demo
 * data, which takes seconds). Parts inject it with {@code @Inject @Optional} and start loading when it
 * arrives, so the UI thread never waits for the database to open: asking for the store's service
 * directly would activate it on the UI thread.
 */
public record StoreReady(Store store) {
}
