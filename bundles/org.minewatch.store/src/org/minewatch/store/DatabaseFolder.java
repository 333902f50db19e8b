package org.minewatch.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.minewatch.core.StoreException;

/**
 * What a folder named as an embedded database holds, looked at before Derby is asked to create or boot it.
 * Derby writes {@code service.properties} last when it creates a database: a folder with Derby's files but
 * without it (or with it only begun, without {@code derby.serviceProtocol}) was left by a creation that was killed, holds nothing (Minewatch writes only through a
 * connection, and there is none before creation ends) and cannot be booted, so it is created again. A folder
 * with {@code service.properties} is a database and is never removed; a folder with anything Derby did not
 * write is refused.
 */
final class DatabaseFolder {

	/** What the folder is. */
	enum State {
		ABSENT, EMPTY,
		/** Derby's files without service.properties: a creation that did not finish. */
		HALF_CREATED,
		/** A database Derby finished creating. */
		DATABASE,
		/** A file, or a folder holding what Derby does not write. */
		SOMETHING_ELSE
	}

	static final String SERVICE_PROPERTIES = "service.properties"; //$NON-NLS-1$
	/** What Derby writes while it creates a database, before service.properties. */
	private static final Set<String> WRITTEN_WHILE_CREATING = Set.of("db.lck", "dbex.lck", "log", "seg0", "tmp", "README_DO_NOT_TOUCH_FILES.txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final System.Logger LOG = System.getLogger(DatabaseFolder.class.getName());

	static State of(Path folder) {
		if (!Files.exists(folder)) {
			return State.ABSENT;
		}
		if (!Files.isDirectory(folder)) {
			return State.SOMETHING_ELSE;
		}
		// Derby restores service.properties from service.propertiesold when it was being rewritten: a database
		if (Files.exists(folder.resolve(SERVICE_PROPERTIES + "old")) || complete(folder.resolve(SERVICE_PROPERTIES))) { //$NON-NLS-1$
			return State.DATABASE;
		}
		List<String> names = names(folder).stream().filter(name -> !name.equals(SERVICE_PROPERTIES)).toList();
		if (names.isEmpty()) {
			return Files.exists(folder.resolve(SERVICE_PROPERTIES)) ? State.HALF_CREATED : State.EMPTY;
		}
		return WRITTEN_WHILE_CREATING.containsAll(names) ? State.HALF_CREATED : State.SOMETHING_ELSE;
	}

	/**
	 * True when {@code properties} is a service.properties Derby finished writing: it names the service's
	 * protocol (killed while writing it, Derby leaves its header only, and refuses to boot: XCY03). One that
	 * cannot be read counts as complete: nothing is removed on a doubt.
	 */
	private static boolean complete(Path properties) {
		if (!Files.exists(properties)) {
			return false;
		}
		Properties written = new Properties();
		try (Reader in = Files.newBufferedReader(properties, StandardCharsets.ISO_8859_1)) {
			written.load(in);
		} catch (IOException | IllegalArgumentException e) {
			return true;
		}
		return written.getProperty("derby.serviceProtocol") != null; //$NON-NLS-1$
	}

	/**
	 * Readies {@code folder} for Derby to create a database in it, or to boot the one it holds: an empty folder
	 * or a half-created database is removed (Derby creates only where nothing is); a database is left as it is;
	 * anything else is refused, and nothing is changed.
	 */
	static void prepareForCreate(Path folder) {
		switch (of(folder)) {
		case ABSENT, DATABASE -> {
			// Derby creates the one, boots the other
		}
		case EMPTY -> remove(folder);
		case HALF_CREATED -> {
			requireNotInUse(folder);
			remove(folder);
			LOG.log(System.Logger.Level.WARNING, Texts.format("database.recreated", folder)); //$NON-NLS-1$
		}
		case SOMETHING_ELSE -> throw Texts.refusal("database.notADatabase", folder, //$NON-NLS-1$
				Files.isDirectory(folder) ? String.join(", ", foreign(folder)) : folder.getFileName()); //$NON-NLS-1$
		}
	}

	/** Refuses, with what to do, a folder that holds no database Derby can open as it is. */
	static void requireDatabase(Path folder) {
		switch (of(folder)) {
		case DATABASE -> {
			// Derby boots it
		}
		case ABSENT -> throw Texts.refusal("database.missing", folder); //$NON-NLS-1$
		case EMPTY, HALF_CREATED -> throw Texts.refusal("database.halfCreated", folder); //$NON-NLS-1$
		case SOMETHING_ELSE -> throw Texts.refusal("database.notADatabase", folder, //$NON-NLS-1$
				Files.isDirectory(folder) ? String.join(", ", foreign(folder)) : folder.getFileName()); //$NON-NLS-1$
		}
	}

	/** A live Derby (of this program or another) holds dbex.lck while it works on the database. */
	private static void requireNotInUse(Path folder) {
		Path lock = folder.resolve("dbex.lck"); //$NON-NLS-1$
		if (!Files.exists(lock)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock held = channel.tryLock();
			if (held == null) {
				throw inUse(folder);
			}
			held.release();
		} catch (OverlappingFileLockException e) {
			throw inUse(folder);
		} catch (IOException e) {
			throw Texts.failure("database.cannotRemove", e, folder, e.getMessage()); //$NON-NLS-1$
		}
	}

	private static StoreException inUse(Path folder) {
		return Texts.refusal("database.inUse", folder); //$NON-NLS-1$
	}

	private static void remove(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		} catch (IOException e) {
			throw Texts.failure("database.cannotRemove", e, folder, e.getMessage()); //$NON-NLS-1$
		}
	}

	private static List<String> names(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw Texts.failure("database.unreadable", e, folder, e.getMessage()); //$NON-NLS-1$
		}
	}

	private static List<String> foreign(Path folder) {
		return names(folder).stream().filter(name -> !WRITTEN_WHILE_CREATING.contains(name)).limit(5).toList();
	}

	private DatabaseFolder() {
	}
}
