package org.minewatch.app.addons;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.internal.Messages;

/**
 * How the workbench saves parts. Save (Ctrl+S) runs the part's @Persist, which saves in the
 * background. Closing an editor, the window or the suite with unsaved changes asks the person to go
 * back (and save) or to discard them: there is no "save and close", because a save that runs in the
 * background and may meet a conflict cannot finish after its editor is gone.
 */
final class UnsavedChanges implements ISaveHandler {

	private final Supplier<Shell> shell;

	UnsavedChanges(Supplier<Shell> shell) {
		this.shell = shell;
	}

	@Override
	public boolean save(MPart part, boolean confirm) {
		return saveParts(List.of(part), confirm);
	}

	@Override
	public boolean saveParts(Collection<MPart> parts, boolean confirm) {
		List<MPart> dirty = parts.stream().filter(MPart::isDirty).toList();
		if (dirty.isEmpty()) {
			return true;
		}
		if (confirm) {
			// true: the person discards the changes (the parts are clean from now on) and the close goes on
			boolean discard = ask(dirty) == Save.NO;
			if (discard) {
				dirty.forEach(part -> part.setDirty(false));
			}
			return discard;
		}
		dirty.forEach(part -> ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext()));
		return true;
	}

	@Override
	public Save promptToSave(MPart part) {
		return part.isDirty() ? ask(List.of(part)) : Save.NO;
	}

	@Override
	public Save[] promptToSave(Collection<MPart> parts) {
		Save[] answers = new Save[parts.size()];
		Arrays.fill(answers, ask(parts.stream().filter(MPart::isDirty).toList()));
		return answers;
	}

	private Save ask(List<MPart> dirty) {
		if (dirty.isEmpty()) {
			return Save.NO;
		}
		String names = dirty.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining("\n")); //$NON-NLS-1$
		MessageDialog dialog = new MessageDialog(shell.get(), Messages.exit_unsavedTitle, null, NLS.bind(Messages.exit_unsaved, names), MessageDialog.WARNING,
				0, Messages.exit_keepEditing, Messages.exit_discard);
		return dialog.open() == 1 ? Save.NO : Save.CANCEL;
	}
}
