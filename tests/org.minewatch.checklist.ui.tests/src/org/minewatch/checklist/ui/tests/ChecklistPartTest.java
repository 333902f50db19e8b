package org.minewatch.checklist.ui.tests;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.BeforeEach;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.ui.Editors;

/** A checklist part under test, with the checklist services over the test's store in its context (the fixture's). */
abstract class ChecklistPartTest extends PartTest {

	protected MPart part;

	@BeforeEach
	void workbenchServices() {
		// opening another part (a new round's runner, an editor) is the workbench's: here it records what was asked
		context.set(EModelService.class, service(EModelService.class, (method, args) -> null));
		context.set(EPartService.class, service(EPartService.class, (method, args) -> switch (method) {
		case "getParts" -> java.util.List.of();
		case "createPart" -> {
			MPart created = MBasicFactory.INSTANCE.createPart();
			created.setElementId((String) args[0]);
			yield created;
		}
		case "showPart" -> {
			opened.add((MPart) args[0]);
			yield args[0];
		}
		default -> null;
		}));
	}

	/** The parts the part asked the workbench to show (an editor opened). */
	protected final java.util.List<MPart> opened = new java.util.ArrayList<>();

	/** Creates an editor-like part (the runner, the template editor) on a record, as the workbench would. */
	protected <P> P open(Class<P> type, String recordId) {
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(Editors.RECORD_ID, recordId);
		context.set(MPart.class, part);
		P created = ContextInjectionFactory.make(type, context);
		shell.open();
		return created;
	}
}
