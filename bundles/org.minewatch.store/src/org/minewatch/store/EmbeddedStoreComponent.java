package org.minewatch.store;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.minewatch.core.Actor;
import org.minewatch.core.AuditReport;
import org.minewatch.core.ChainHead;
import org.minewatch.core.Store;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;
import org.minewatch.core.DatabaseSeed;
import org.minewatch.core.DesktopDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * The store of a desktop: the bureau's shared database if the desktop is set to one
 * ({@link DesktopDatabase}, with the password the person gave at this start), else an embedded Derby database in the person's data area (the
 * instance location, -data) or where the system property {@value #DATABASE_PROPERTY} says; a new
 * embedded database is filled with the demo data unless {@code -Dminewatch.demo=false}.
 */
@Component(service = Store.class)
public final class EmbeddedStoreComponent implements Store {

	static final String DATABASE_PROPERTY = "minewatch.database"; //$NON-NLS-1$
	static final String DEMO_PROPERTY = "minewatch.demo"; //$NON-NLS-1$

	@Reference(target = "(type=osgi.instance.area)")
	private Location instanceArea;

	@Reference
	private DesktopDatabase connection;

	/** The demo data for a new database, when the demo feature is installed (bound when the store opens, or never). */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	private DatabaseSeed seed;

	private JdbcStore store;

	@Activate
	void activate() {
		DesktopDatabase.Setting setting = connection.setting();
		if (setting.isShared()) {
			// a bureau's database: same code paths, the person's own account, never migrated from here
			String password = ((DesktopConnection) connection).password(); // this bundle's own component
			if (password == null) {
				throw Texts.refusal("connect.noPassword", setting.user(), setting.url()); //$NON-NLS-1$
			}
			store = JdbcStore.connect(setting.url(), setting.user(), password, ReferenceData.loadShipped(), Zones.systemClock());
			JdbcStore connected = store;
			((DesktopConnection) connection).whenPasswordChanged(connected::passwordChanged);
		} else {
			boolean demo = !"false".equalsIgnoreCase(System.getProperty(DEMO_PROPERTY)); //$NON-NLS-1$
			store = openForDesktop(databaseFolder(), demo ? seed : null, Zones.systemClock());
		}
	}

	/**
	 * Opens the database, creating and migrating it as needed, and fills it with {@code seed} (the demo data; none:
	 * null) if it holds nothing yet (also when a first filling was interrupted: it rolled back). A demo database is
	 * seen on its demo day ({@link DemoDay#clockOf}).
	 */
	static JdbcStore openForDesktop(Path folder, DatabaseSeed seed, java.time.Clock clock) {
		ReferenceData reference = ReferenceData.loadShipped();
		JdbcStore opened = JdbcStore.open(folder, reference, clock);
		if (seed != null && opened.head().sequence() == 0) {
			seed.fill(opened, reference);
		}
		return opened.withClock(DemoDay.clockOf(opened, clock));
	}

	@Deactivate
	void deactivate() {
		if (connection instanceof DesktopConnection desktop) {
			desktop.whenPasswordChanged(null);
		}
		store.close();
	}

	private Path databaseFolder() {
		String configured = System.getProperty(DATABASE_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		try {
			return Path.of(instanceArea.getURL().toURI()).resolve("minewatch-db"); //$NON-NLS-1$
		} catch (URISyntaxException | RuntimeException e) {
			return Path.of(System.getProperty("user.home"), ".minewatch", "minewatch-db"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Override
	public <T> T read(Actor actor, Work<T> work) {
		return store.read(actor, work);
	}

	@Override
	public <T> T write(Actor actor, Work<T> work) {
		return store.write(actor, work);
	}

	@Override
	public java.time.Clock clock() {
		return store.clock();
	}

	@Override
	public ChainHead head() {
		return store.head();
	}

	@Override
	public AuditReport verify(ChainHead exported) {
		return store.verify(exported);
	}
}
