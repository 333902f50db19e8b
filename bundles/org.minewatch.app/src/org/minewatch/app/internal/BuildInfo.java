package org.minewatch.app.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * The version a person sees (major.minor.micro) and the build it came from (the bundle
 * qualifier, stamped by the build as vYYYYMMDD-HHMM).
 */
public record BuildInfo(String version, String build) {

	private static final String UNSTAMPED = "qualifier"; //$NON-NLS-1$

	public static BuildInfo of(Bundle bundle) {
		return of(bundle.getVersion());
	}

	public static BuildInfo of(Version version) {
		String plain = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		String qualifier = version.getQualifier();
		String build = qualifier.isEmpty() || UNSTAMPED.equals(qualifier) ? "dev" : qualifier; //$NON-NLS-1$
		return new BuildInfo(plain, build);
	}
}
