package org.minewatch.app.addons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.app.internal.Messages;
import org.minewatch.tests.driver.UiDriver;

/** Closing with unsaved changes asks to keep editing or to discard; Save runs the part's @Persist. */
class UnsavedChangesTest {

	private UiDriver ui;
	private Shell shell;
	private final List<String> persisted = new ArrayList<>();

	@BeforeEach
	void openShell() {
		ui = new UiDriver(Display.getDefault());
		shell = new Shell(ui.display());
		shell.open();
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
	}

	/** An editor's part whose @Persist records that it ran. */
	public class Editor {
		private final String name;

		Editor(String name) {
			this.name = name;
		}

		@Persist
		public void save() {
			persisted.add(name);
		}
	}

	private MPart part(String label, boolean dirty) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.setLabel(label);
		part.setDirty(dirty);
		part.setObject(new Editor(label));
		part.setContext(EclipseContextFactory.create(label));
		return part;
	}

	@Test
	void closingWithUnsavedChangesNamesThemAndKeepsEditingOrDiscards() {
		UnsavedChanges handler = new UnsavedChanges(() -> shell);
		List<MPart> parts = List.of(part("长城煤矿", true), part("保存过的煤矿", false));
		List<String> asked = new ArrayList<>();

		ui.whenShellAppears(Messages.exit_unsavedTitle, dialog -> {
			asked.add(ui.find(dialog, Label.class, l -> l.getText().contains("长城煤矿")).map(Label::getText).orElse(""));
			ui.click(ui.button(dialog, Messages.exit_keepEditing));
		});
		assertFalse(handler.saveParts(parts, true), "keep editing: the close does not go on");
		ui.whenShellAppears(Messages.exit_unsavedTitle, dialog -> ui.click(ui.button(dialog, Messages.exit_discard)));
		assertTrue(handler.saveParts(parts, true), "discard: the close goes on");
		assertFalse(parts.get(0).isDirty(), "discarded: nothing is left to save, so leaving later asks nothing");

		assertEquals(1, asked.size(), "the question named what is unsaved");
		assertTrue(asked.get(0).contains("长城煤矿") && !asked.get(0).contains("保存过的煤矿"), "only the unsaved editor is named: " + asked.get(0));
		assertTrue(persisted.isEmpty(), "nothing was saved on the way out");
		assertTrue(handler.saveParts(List.of(part("保存过的煤矿", false)), true), "nothing unsaved: no question");
	}

	@Test
	void saveWithoutConfirmationRunsTheDirtyPartsPersist() {
		UnsavedChanges handler = new UnsavedChanges(() -> shell);
		assertTrue(handler.save(part("长城煤矿", true), false));
		assertTrue(handler.save(part("保存过的煤矿", false), false));
		assertEquals(List.of("长城煤矿"), persisted);
	}
}
