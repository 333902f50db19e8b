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

	static boolean has(String xmi, String elementId) {
		return xmi.contains("elementId=\"" + elementId + "\"");
	}

	private static Pattern element(String elementId) {
		return Pattern.compile("<\\w+ [^<>]*elementId=\"" + Pattern.quote(elementId) + "\"[^<>]*/>");
	}

	private SavedLayout() {
	}
}
