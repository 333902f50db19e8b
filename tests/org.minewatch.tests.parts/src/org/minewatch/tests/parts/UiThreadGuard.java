package org.minewatch.tests.parts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.minewatch.core.Actor;
import org.minewatch.core.AuditReport;
import org.minewatch.core.ChainHead;
import org.minewatch.core.Store;

/**
 * The store as the parts under test reach it (through the services in their context): a call made on the UI thread
 * is refused and recorded, so that a UI test fails when a part touches the database on the UI thread, even when the
 * part catches the refusal. The test's own setup and checks use the store directly.
 */
public final class UiThreadGuard implements Store {

	private final Store store;
	private final List<String> violations = new ArrayList<>();

	public UiThreadGuard(Store store) {
		this.store = store;
	}

	@Override
	public <T> T read(Actor actor, Work<T> work) {
		check("read"); //$NON-NLS-1$
		return store.read(actor, work);
	}

	@Override
	public <T> T write(Actor actor, Work<T> work) {
		check("write"); //$NON-NLS-1$
		return store.write(actor, work);
	}

	@Override
	public Clock clock() {
		return store.clock(); // no database: the clock is the store's setting
	}

	@Override
	public ChainHead head() {
		check("head"); //$NON-NLS-1$
		return store.head();
	}

	@Override
	public AuditReport verify(ChainHead exported) {
		check("verify"); //$NON-NLS-1$
		return store.verify(exported);
	}

	/** The store calls made on the UI thread so far, each with where it came from. */
	public synchronized List<String> violations() {
		return List.copyOf(violations);
	}

	private void check(String call) {
		if (Display.findDisplay(Thread.currentThread()) != null) {
			String where = StackWalker.getInstance().walk(frames -> frames.skip(2).limit(6).map(Object::toString).toList()).toString();
			synchronized (this) {
				violations.add(call + " at " + where); //$NON-NLS-1$
			}
			throw new IllegalStateException("a store " + call + " on the UI thread: " + where); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
