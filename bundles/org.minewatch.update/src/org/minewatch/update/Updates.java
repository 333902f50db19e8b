package org.minewatch.update;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.ILicense;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.minewatch.core.MinewatchException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Installing and updating the running installation from an update site, through the p2 operations API (no p2 UI):
 * the same code serves the desktop's Help menu and {@code minewatch admin update|install|installed|rollback}. Every
 * operation is restricted to the site given (a Tycho-built product remembers build-time repositories), resolves
 * first and changes nothing when the site is missing, corrupt or cannot satisfy the request; a change takes effect
 * at the next start. The installation must be writable by whoever updates it.
 */
public final class Updates {

	/** What p2 says when an update finds nothing newer. */
	public static final int NOTHING_TO_UPDATE = 10000;
	/** The name of the update site's category of provincial plugins. */
	public static final String PROVINCES = "org.minewatch.category.provinces"; //$NON-NLS-1$

	/** An installed root (a feature) or one on offer: id without ".feature.group", version, name, description. */
	public record Unit(String id, String version, String name, String description) {
	}

	/** What an install or update did: whether anything changed (then a restart applies it), and p2's words. */
	public record Outcome(boolean changed, String message) {
	}

	/** A change resolved and ready to run (the licences to accept first), or the reason it cannot be. */
	public static final class Change {
		private final ProfileChangeOperation operation;
		private final IStatus resolution;
		private final List<String> licences;

		Change(ProfileChangeOperation operation, IStatus resolution, List<String> licences) {
			this.operation = operation;
			this.resolution = resolution;
			this.licences = licences;
		}

		/** False when there is nothing to do: nothing newer, or the request cannot be satisfied ({@link #message()}). */
		public boolean possible() {
			return resolution.getSeverity() != IStatus.ERROR && resolution.getCode() != NOTHING_TO_UPDATE && operation.hasResolved()
					&& operation.getProvisioningPlan() != null && resolution.getSeverity() != IStatus.CANCEL;
		}

		public boolean nothingToUpdate() {
			return resolution.getCode() == NOTHING_TO_UPDATE;
		}

		/** Why not, or what will be done, in p2's words. */
		public String message() {
			String details = operation.getResolutionDetails();
			return details == null || details.isBlank() ? resolution.getMessage() : details;
		}

		/** The licence texts of what will be installed, to accept before {@link Updates#perform}. */
		public List<String> licences() {
			return licences;
		}
	}

	private final IProvisioningAgent agent;

	public Updates(IProvisioningAgent agent) {
		this.agent = agent;
	}

	/** The running installation's provisioning agent (the p2 service marked agent.current). */
	public static Updates running() {
		BundleContext context = FrameworkUtil.getBundle(Updates.class).getBundleContext();
		try {
			for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(IProvisioningAgent.class, "(agent.current=true)")) { //$NON-NLS-1$
				return new Updates(context.getService(reference));
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		throw Texts.refused("update.noAgent"); //$NON-NLS-1$
	}

	private IProfile profile() {
		IProfile profile = registry().getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw Texts.refused("update.noProfile"); //$NON-NLS-1$
		}
		return profile;
	}

	private IProfileRegistry registry() {
		return agent.getService(IProfileRegistry.class);
	}

	/** What is installed: the installation's roots (the product and the features installed beside it), by id. */
	public List<Unit> installed() {
		List<Unit> units = new ArrayList<>();
		for (IInstallableUnit unit : profile().query(new UserVisibleRootQuery(), null)) {
			units.add(unit(unit));
		}
		units.sort(Comparator.comparing(Unit::id));
		return units;
	}

	/** The features of the site's Provinces category, newest version each. */
	public List<Unit> provinces(URI site, IProgressMonitor monitor) {
		IMetadataRepository repository = load(site, monitor);
		List<Unit> units = new ArrayList<>();
		for (IInstallableUnit category : repository.query(QueryUtil.createIUCategoryQuery(), null)) {
			if (category.getId().endsWith(PROVINCES)) {
				for (IInstallableUnit member : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUCategoryMemberQuery(category)), null)) {
					units.add(unit(member));
				}
			}
		}
		units.sort(Comparator.comparing(Unit::id));
		return units;
	}

	/** Resolves installing {@code feature} (its id, e.g. org.minewatch.province.shanxi.feature) from the site. */
	public Change install(URI site, String feature, IProgressMonitor monitor) {
		return install(site, List.of(feature), monitor);
	}

	/** Resolves installing the features (their ids) from the site, newest version of each. */
	public Change install(URI site, List<String> features, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		IMetadataRepository repository = load(site, progress.split(3));
		java.util.Set<IInstallableUnit> units = new java.util.HashSet<>();
		for (String feature : features) {
			IQueryResult<IInstallableUnit> found = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(group(feature))), null);
			if (found.isEmpty()) {
				throw Texts.refused("update.notOnSite", feature, site); //$NON-NLS-1$
			}
			units.addAll(found.toUnmodifiableSet());
		}
		progress.worked(1);
		InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
		return resolve(operation, site, progress.split(6));
	}

	/** Resolves updating every installed root to the newest the site has. */
	public Change update(URI site, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		load(site, progress.split(3));
		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
		return resolve(operation, site, progress.split(7));
	}

	private Change resolve(ProfileChangeOperation operation, URI site, IProgressMonitor monitor) {
		operation.setProfileId(IProfileRegistry.SELF);
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(site);
		context.setArtifactRepositories(site);
		operation.setProvisioningContext(context);
		IStatus status = operation.resolveModal(monitor);
		List<String> licences = new ArrayList<>();
		if (operation.getProvisioningPlan() != null && operation.getProvisioningPlan().getAdditions() != null) {
			for (IInstallableUnit unit : operation.getProvisioningPlan().getAdditions().query(QueryUtil.createIUGroupQuery(), null)) {
				for (ILicense licence : unit.getLicenses(null)) {
					licences.add(unit(unit).name() + ": " + (licence.getBody() == null || licence.getBody().isBlank() ? String.valueOf(licence.getLocation()) : licence.getBody())); //$NON-NLS-1$
				}
			}
		}
		return new Change(operation, status, licences);
	}

	/** Runs a resolved change: downloads and installs; the installation changes at the next start. */
	public Outcome perform(Change change, IProgressMonitor monitor) {
		if (!change.possible()) {
			return new Outcome(false, change.message());
		}
		IStatus status = change.operation.getProvisioningJob(null).runModal(monitor == null ? new NullProgressMonitor() : monitor);
		if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			return new Outcome(false, message(status));
		}
		return new Outcome(true, message(status));
	}

	/** The installation's earlier states (p2 profile timestamps), newest first, the current one excluded. */
	public List<Long> earlierStates() {
		long[] timestamps = registry().listProfileTimestamps(IProfileRegistry.SELF);
		long current = profile().getTimestamp();
		List<Long> earlier = new ArrayList<>();
		for (int i = timestamps.length - 1; i >= 0; i--) {
			if (timestamps[i] < current) {
				earlier.add(timestamps[i]);
			}
		}
		return earlier;
	}

	/** Returns the installation to the state it had before the last change (after a restart). */
	public Outcome rollback(IProgressMonitor monitor) {
		List<Long> earlier = earlierStates();
		if (earlier.isEmpty()) {
			throw Texts.refused("update.noEarlierState"); //$NON-NLS-1$
		}
		IProfile target = registry().getProfile(IProfileRegistry.SELF, earlier.get(0));
		IPlanner planner = agent.getService(IPlanner.class);
		IProvisioningPlan plan = planner.getDiffPlan(profile(), target, monitor);
		if (plan == null || plan.getStatus().getSeverity() == IStatus.ERROR) {
			return new Outcome(false, plan == null ? "" : message(plan.getStatus())); //$NON-NLS-1$
		}
		IStatus status = new ProvisioningSession(agent).performProvisioningPlan(plan, PhaseSetFactory.createDefaultPhaseSet(),
				new ProvisioningContext(agent), monitor);
		return new Outcome(status.getSeverity() != IStatus.ERROR && status.getSeverity() != IStatus.CANCEL, message(status));
	}

	private IMetadataRepository load(URI site, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			IMetadataRepository repository = agent.getService(IMetadataRepositoryManager.class).loadRepository(site, progress.split(1));
			agent.getService(IArtifactRepositoryManager.class).loadRepository(site, progress.split(1));
			return repository;
		} catch (ProvisionException e) {
			throw new MinewatchException("update.site", Texts.format("update.site", site, e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String group(String feature) {
		return feature.endsWith(".feature.group") ? feature : feature + ".feature.group"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Unit unit(IInstallableUnit unit) {
		String id = unit.getId().endsWith(".feature.group") ? unit.getId().substring(0, unit.getId().length() - ".feature.group".length()) : unit.getId(); //$NON-NLS-1$ //$NON-NLS-2$
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, java.util.Locale.getDefault().toString());
		String description = unit.getProperty(IInstallableUnit.PROP_DESCRIPTION, java.util.Locale.getDefault().toString());
		return new Unit(id, unit.getVersion().toString(), name == null ? id : name, description == null ? "" : description); //$NON-NLS-1$
	}

	private static String message(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("\n  ").append(child.getMessage()); //$NON-NLS-1$
		}
		return text.toString();
	}
}
