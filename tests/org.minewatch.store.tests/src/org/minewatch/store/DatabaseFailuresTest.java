package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * How the store tells a full disk and a database another program holds from other failures (the reliability
 * trials found both worded as Derby's internals, and a full disk hidden behind the failed rollback).
 */
class DatabaseFailuresTest {

	@Test
	void aFullDiskIsFoundAnywhereInTheChainOfFailures() {
		SQLException derby = new SQLException("Java exception: 'No space left on device: java.io.IOException'.", "XJ001");
		SQLException top = new SQLException("A network protocol error was encountered", "XSLA4");
		top.setNextException(new SQLException("wrapped", "XJ001", derby));
		assertTrue(Database.diskFull(top));
		assertTrue(Database.diskFull(new IllegalStateException(new IOException("No space left on device"))));
		assertFalse(Database.diskFull(new SQLException("The statement was aborted because it would have caused a duplicate key value", "23505")));
		assertFalse(Database.diskFull(new SQLException((String) null, "08003")));
	}

	@Test
	void anotherProgramsBootIsFoundBehindDerbysStartFailure() {
		SQLException start = new SQLException("Failed to start database '/x', see the next exception for details.", "XJ040");
		start.setNextException(new SQLException("Another instance of Derby may have already booted the database /x.", "XSDB6"));
		assertTrue(Database.hasState(start, "XSDB6"));
		assertFalse(Database.hasState(new SQLException("Failed to start database", "XJ040"), "XSDB6"));
	}

	@Test
	void aRollbackThatFailsDoesNotHideWhatWentWrong() {
		Connection closed = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class }, (proxy, method, args) -> {
			throw new SQLException("No current connection.", "08003");
		});
		SQLException full = new SQLException("No space left on device", "XSLA4");
		Database.rollback(closed, full);
		assertTrue(full.getSuppressed().length == 1 && "08003".equals(((SQLException) full.getSuppressed()[0]).getSQLState()), "the failed rollback is kept beside the failure");
	}
}
