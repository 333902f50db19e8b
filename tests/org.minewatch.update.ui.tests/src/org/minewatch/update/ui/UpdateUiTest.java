package org.minewatch.update.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.tests.driver.BundleTexts;
import org.minewatch.update.Updates;
import org.minewatch.update.ui.internal.Messages;
import org.osgi.framework.FrameworkUtil;

/** The update UI's texts in Chinese and English, and the provincial plugins dialog: what is offered, what is installed, what is chosen. */
class UpdateUiTest {

	private static final BundleTexts TEXTS = new BundleTexts(FrameworkUtil.getBundle(Messages.class));

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/update/ui/internal/messages", "OSGI-INF/l10n/bundle" })
	void englishAndChineseHaveTheSameKeys(String base) {
		TEXTS.assertEnglishAndChineseMatch(base, 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fragment.e4xmi", "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) {
		TEXTS.assertPercentKeysDefined(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/update/ui/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) {
		TEXTS.assertAscii(file);
	}

	@Test
	void theDialogOffersTheSitesProvincesSaysWhichAreInstalledAndReturnsTheCheckedOnes() {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try {
			List<Updates.Unit> offered = List.of(new Updates.Unit("org.minewatch.province.heilongjiang.feature", "0.1.1", "Heilongjiang", "eight musts"),
					new Updates.Unit("org.minewatch.province.shanxi.feature", "0.1.1", "Shanxi", "dual red lines"));
			List<Updates.Unit> installed = List.of(new Updates.Unit("org.minewatch.province.shanxi.feature", "0.1.0", "Shanxi", ""));
			ProvincesDialog dialog = new ProvincesDialog(shell, offered, installed);
			dialog.setBlockOnOpen(false);
			dialog.open();
			Table table = find(dialog.getShell());
			assertEquals(List.of(NLS.bind(Messages.provinces_item, "Heilongjiang", "0.1.1"),
					NLS.bind(Messages.provinces_installed, new Object[] { "Shanxi", "0.1.1", "0.1.0" })),
					java.util.Arrays.stream(table.getItems()).map(i -> i.getText()).toList());
			table.getItem(1).setChecked(true);
			dialog.okPressed();
			assertEquals(List.of("org.minewatch.province.shanxi.feature"), dialog.chosen());
			assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed());
		} finally {
			shell.dispose();
		}
	}

	private static Table find(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Table table && ProvincesDialog.TABLE_KEY.equals(table.getData("org.eclipse.swtbot.widget.key"))) {
				return table;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Table found = find(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
