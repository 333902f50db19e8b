package org.minewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and edits a saved workbench.xmi as text, to make it look like one saved by an older release. */
final class SavedLayout {

	/** Removes the (childless) elements with these elementIds; fails if one is not there. */
	static void remove(Path workbenchXmi, String... elementIds) throws IOException {
		String xmi = Files.readString(workbenchXmi);
		for (String id : elementIds) {
			Matcher element = element(id).matcher(xmi);
			if (!element.find()) {
				throw new AssertionError(id + " is not a childless element of " + workbenchXmi);
			}
			xmi = element.replaceFirst("");
		}
		Files.writeString(workbenchXmi, xmi);
	}

	/**
	 * Removes a part with its contents (the person closed it: its tags, its persisted state) and every reference to it (the
	 * stack's selected element); fails if it is not there.
	 */
	static void closePart(Path workbenchXmi, String elementId) throws IOException {
		String xmi = Files.readString(workbenchXmi);
		Matcher element = part(elementId, "[^<>]*>.*?</children>").matcher(xmi); //$NON-NLS-1$
		if (!element.find()) {
			throw new AssertionError(elementId + " is not a part in " + workbenchXmi);
		}
		Matcher id = Pattern.compile("xmi:id=\"([^\"]+)\"").matcher(element.group());
		xmi = element.replaceFirst("");
		if (id.find()) {
			xmi = xmi.replaceAll(" \\w+=\"" + Pattern.quote(id.group(1)) + "\"", ""); //$NON-NLS-1$
		}
		Files.writeString(workbenchXmi, xmi);
	}

	/** A part (not its descriptor, which has the same elementId) is in the layout. */
	static boolean hasPart(String xmi, String elementId) {
		return part(elementId, "").matcher(xmi).find(); //$NON-NLS-1$
	}

	private static Pattern part(String elementId, String rest) {
		return Pattern.compile("<children xsi:type=\"basic:Part\"[^<>]*elementId=\"" + Pattern.quote(elementId) + "\"" + rest, Pattern.DOTALL); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static boolean has(String xmi, String elementId) {
		return xmi.contains("elementId=\"" + elementId + "\"");
	}

	private static Pattern element(String elementId) {
		return Pattern.compile("<\\w+ [^<>]*elementId=\"" + Pattern.quote(elementId) + "\"[^<>]*/>");
	}

	private SavedLayout() {
	}
}
