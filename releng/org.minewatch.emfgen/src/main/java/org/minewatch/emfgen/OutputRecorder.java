package org.minewatch.emfgen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The URI converter of the generator's resource set. Stand-alone, EMF writes every generated file through it
 * (AbstractGeneratorAdapter.createOutputStream), and only when the content changed, so it sees exactly the files
 * a run writes.
 * <p>
 * It also withholds META-INF/MANIFEST.MF and build.properties: they are maintained by hand, because Tycho reads
 * them before any Maven plugin (this generator included) runs. GenModel.setUpdateClasspath(false) already keeps
 * EMF from changing existing ones, but EMF still creates them when they are missing. setBundleManifest(false)
 * would not do: EMF would still create build.properties, and would start a missing plugin.xml in the legacy
 * form (with &lt;requires&gt; and &lt;runtime&gt;).
 * <p>
 * Deliberately let through: plugin.properties (EMF merges in its English labels and keeps existing keys) and
 * plugin.xml (EMF 2.46 merges its "@generated" extensions, such as generated_package, into an existing file and
 * keeps everything else).
 */
final class OutputRecorder extends ExtensibleURIConverterImpl {

	private static final Set<String> HAND_MAINTAINED = Set.of("MANIFEST.MF", "build.properties");

	// a set: a platform:/resource URI comes back here once more, resolved to its file: URI
	private final SequencedSet<URI> written = new LinkedHashSet<>();
	private final List<URI> withheld = new ArrayList<>();

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		URI file = toFile(uri);
		if (HAND_MAINTAINED.contains(file.lastSegment())) {
			withheld.add(file);
			return OutputStream.nullOutputStream();
		}
		written.add(file);
		return super.createOutputStream(uri, options);
	}

	/** The file: URI of a platform:/resource/<project>/... URI (projects are mapped in EcorePlugin). */
	private URI toFile(URI uri) {
		URI normalized = normalize(uri);
		URI file = normalized.isPlatformResource() ? EcorePlugin.resolvePlatformResourcePath(normalized.toPlatformString(true)) : null;
		return file != null ? file : normalized;
	}

	/** Files written so far, in the order EMF wrote them. */
	SequencedSet<URI> written() {
		return written;
	}

	/** Hand-maintained files EMF wanted to create or change, and did not. */
	List<URI> withheld() {
		return withheld;
	}
}
