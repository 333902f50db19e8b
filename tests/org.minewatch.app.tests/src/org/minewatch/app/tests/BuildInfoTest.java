package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minewatch.app.internal.BuildInfo;
import org.osgi.framework.Version;

class BuildInfoTest {

	@Test
	void splitsTheBundleVersionIntoVersionAndBuild() {
		assertEquals(new BuildInfo("0.1.0", "v20261129-0312"), BuildInfo.of(Version.parseVersion("0.1.0.v20261129-0312")));
	}

	@Test
	void anUnstampedBundleIsADevelopmentBuild() {
		assertEquals(new BuildInfo("1.2.3", "dev"), BuildInfo.of(Version.parseVersion("1.2.3")));
		assertEquals(new BuildInfo("1.2.3", "dev"), BuildInfo.of(Version.parseVersion("1.2.3.qualifier")));
	}
}
