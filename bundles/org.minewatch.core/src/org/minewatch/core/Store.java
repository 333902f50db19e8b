package org.minewatch.core;

import java.time.Clock;

/**
 * The system of record. Each call is one unit of work in one transaction, carried out for an
 * actor: {@link #read} sees a consistent state, {@link #write} commits when the work returns and
 * rolls back when it throws. Implementations are Declarative Services components.
 */
public interface Store {

	/** A unit of work. */
	@FunctionalInterface
	interface Work<T> {
		T run(Session session);
	}

	<T> T read(Actor actor, Work<T> work);

	<T> T write(Actor actor, Work<T> work);

	/** The clock every write takes its time from (Asia/Shanghai). */
	Clock clock();

	/** The newest entry of the audit chain, to export (print in reports, carry in exchange packages). */
	ChainHead head();

	/** Checks the audit chain and the records against it, and against a head exported earlier if given. */
	AuditReport verify(ChainHead exported);
}
