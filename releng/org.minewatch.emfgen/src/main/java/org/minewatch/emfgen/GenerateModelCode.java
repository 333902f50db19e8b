package org.minewatch.emfgen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Generates the EMF model and/or edit code of a .genmodel headlessly: no Eclipse IDE, no OSGi, no workspace.
 *
 * <pre>
 * GenerateModelCode &lt;path/to/x.genmodel&gt; --project &lt;name&gt;=&lt;dir&gt; [--project ...] [--model] [--edit]
 * </pre>
 *
 * The genmodel names its output folders as workspace paths ("/org.minewatch.model/src-gen"); each --project says
 * where such a workspace project is on disk. Every project the requested code goes to must be given. With neither
 * --model nor --edit, both are generated.
 */
public final class GenerateModelCode {

	static final String USAGE = "usage: GenerateModelCode <path to .genmodel> --project <projectName>=<directory>"
			+ " [--project ...] [--model] [--edit]";

	/** What to generate, from the command line. */
	record Request(Path genModel, Map<String, Path> projects, Set<ProjectType> projectTypes) {
	}

	private GenerateModelCode() {
	}

	/** Throws on failure instead of calling System.exit, so that it is safe under mvn exec:java. */
	public static void main(String[] args) throws GenerationException {
		new ModelCodeGenerator(parse(args)).run();
	}

	static Request parse(String[] args) throws GenerationException {
		Path genModel = null;
		Map<String, Path> projects = new LinkedHashMap<>();
		Set<ProjectType> projectTypes = EnumSet.noneOf(ProjectType.class);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--model" -> projectTypes.add(ProjectType.MODEL);
			case "--edit" -> projectTypes.add(ProjectType.EDIT);
			case "--project" -> {
				String value = i + 1 < args.length ? args[++i] : "";
				int equals = value.indexOf('=');
				if (equals <= 0 || equals == value.length() - 1) {
					throw new GenerationException("--project needs <projectName>=<directory>, got '" + value + "'\n" + USAGE);
				}
				projects.put(value.substring(0, equals), Path.of(value.substring(equals + 1)).toAbsolutePath().normalize());
			}
			default -> {
				if (args[i].startsWith("-") || genModel != null) {
					throw new GenerationException("unexpected argument '" + args[i] + "'\n" + USAGE);
				}
				genModel = Path.of(args[i]).toAbsolutePath().normalize();
			}
			}
		}
		if (genModel == null) {
			throw new GenerationException("no .genmodel given\n" + USAGE);
		}
		if (!Files.isRegularFile(genModel)) {
			throw new GenerationException(genModel + ": no such genmodel file");
		}
		for (Map.Entry<String, Path> project : projects.entrySet()) {
			// a typo must not make EMF create a stray tree somewhere: output projects have to exist already
			if (!Files.isDirectory(project.getValue())) {
				throw new GenerationException("--project " + project.getKey() + "=" + project.getValue() + ": no such directory");
			}
		}
		if (projectTypes.isEmpty()) {
			projectTypes = EnumSet.allOf(ProjectType.class);
		}
		return new Request(genModel, projects, projectTypes);
	}
}
