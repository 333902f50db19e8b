package org.minewatch.checklist;

import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.StartupTask;
import org.minewatch.core.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * At a desktop's start, stores the template editions the sources offer that the database lacks (a province plugin's
 * new edition arrives this way). A source that fails is reported with what failed; the stored templates still serve.
 */
@Component(service = StartupTask.class)
public final class TemplateInstaller implements StartupTask {

	private final TemplateLibrary templates;

	@Activate
	public TemplateInstaller(@Reference TemplateLibrary templates) {
		this.templates = templates;
	}

	@Override
	public String name() {
		return Texts.format("installTask"); //$NON-NLS-1$
	}

	@Override
	public String run(Actor actor) {
		TemplateLibrary.Offer installed = install(actor);
		if (!installed.problems().isEmpty()) {
			throw new MinewatchException("checklist.sourceFailed", String.join("; ", installed.problems())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "template editions added: " + installed.templates().size(); //$NON-NLS-1$
	}

	/**
	 * Desktops sharing a database may start together: when another one stored an edition first, this one's unit of
	 * work is refused, and asking again adds the rest.
	 */
	private TemplateLibrary.Offer install(Actor actor) {
		try {
			return templates.install(actor);
		} catch (StoreException e) {
			return templates.install(actor);
		}
	}
}
