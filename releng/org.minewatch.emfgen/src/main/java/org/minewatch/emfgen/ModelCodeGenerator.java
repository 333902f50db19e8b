package org.minewatch.emfgen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Loads, checks and generates one genmodel, stand-alone. Every failure is a GenerationException naming it. */
final class ModelCodeGenerator {

	private static final int MAX_PROBLEMS_SHOWN = 5;

	private final GenerateModelCode.Request request;
	private final OutputRecorder output = new OutputRecorder();

	ModelCodeGenerator(GenerateModelCode.Request request) {
		this.request = request;
	}

	void run() throws GenerationException {
		long start = System.nanoTime();
		mapProjects();
		ResourceSet resourceSet = createResourceSet();
		GenModel genModel = load(resourceSet);
		checkProjectsGiven(genModel);
		prepare(genModel);
		generate(genModel, resourceSet);
		log("%s: %d file(s) written in %d ms", request.genModel(), output.written().size(), (System.nanoTime() - start) / 1_000_000);
	}

	/** The genmodel's output folders are workspace paths: platform:/resource/<project>/... must point at the directories. */
	private void mapProjects() {
		for (Map.Entry<String, Path> project : request.projects().entrySet()) {
			EcorePlugin.getPlatformResourceMap().put(project.getKey(), URI.createFileURI(project.getValue() + "/"));
		}
	}

	private ResourceSet createResourceSet() {
		// Stand-alone EMF: read the plugin.xml of the jars on the class path as OSGi would. This registers the
		// GenModel and Ecore packages and maps platform:/plugin/<bundle>/ to the jars, which resolves references
		// such as platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel (usedGenPackages).
		EcorePlugin.ExtensionProcessor.process(null);
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.setURIConverter(output);
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		output.getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
		return resourceSet;
	}

	private GenModel load(ResourceSet resourceSet) throws GenerationException {
		URI uri = genModelUri();
		log("loading %s", uri);
		Resource resource;
		try {
			resource = resourceSet.getResource(uri, true);
			// load the .ecore files (and used genmodels) now, so that a broken reference fails here, by name
			EcoreUtil.resolveAll(resourceSet);
		} catch (RuntimeException e) {
			throw fail("does not load: " + rootMessage(e), e);
		}
		List<String> problems = new ArrayList<>();
		for (Resource r : resourceSet.getResources()) {
			r.getErrors().forEach(error -> problems.add(r.getURI() + ": " + error.getMessage()));
		}
		EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).keySet()
				.forEach(proxy -> problems.add("unresolved reference " + EcoreUtil.getURI(proxy)));
		if (!problems.isEmpty()) {
			List<String> shown = problems.stream().limit(MAX_PROBLEMS_SHOWN).toList();
			String more = problems.size() > shown.size() ? "\n  ... and " + (problems.size() - shown.size()) + " more" : "";
			throw fail("does not load:\n  " + String.join("\n  ", shown) + more);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
			throw fail("does not contain a GenModel");
		}
		return genModel;
	}

	/**
	 * Load the genmodel through its workspace path if it lies in a mapped project, as the IDE does: the generated
	 * plugin.xml then names it project-relative.
	 */
	private URI genModelUri() {
		for (Map.Entry<String, Path> project : request.projects().entrySet()) {
			if (request.genModel().startsWith(project.getValue())) {
				String relative = project.getValue().relativize(request.genModel()).toString().replace('\\', '/');
				return URI.createPlatformResourceURI(project.getKey() + "/" + relative, true);
			}
		}
		return URI.createFileURI(request.genModel().toString());
	}

	private void checkProjectsGiven(GenModel genModel) throws GenerationException {
		for (ProjectType type : request.projectTypes()) {
			String directory = type.directory(genModel);
			if (directory == null || directory.isBlank()) {
				throw fail("has no " + type.label + " directory");
			}
			String project = URI.createURI(directory).segment(0);
			if (!request.projects().containsKey(project)) {
				throw fail("writes " + type.label + " code to " + directory + ": give --project " + project + "=<directory>");
			}
		}
	}

	private void prepare(GenModel genModel) throws GenerationException {
		// drops generator elements whose Ecore element is gone, adds ones for Ecore elements added since it was saved
		if (!genModel.reconcile()) {
			throw fail("does not reconcile with its .ecore files");
		}
		genModel.setCanGenerate(true);
		// otherwise EMF merges its headers into an existing MANIFEST.MF and rewrites the build.properties of a
		// project without plugin.xml (OutputRecorder withholds both anyway)
		genModel.setUpdateClasspath(false);
		Diagnostic diagnostic = genModel.diagnose();
		print("validation", diagnostic);
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw fail("is invalid: " + diagnostic.getMessage());
		}
	}

	private void generate(GenModel genModel, ResourceSet resourceSet) throws GenerationException {
		// In the IDE, generator adapters come from an extension point that stand-alone EMF does not read. Without
		// this registration the generator writes NOTHING and still returns OK.
		GeneratorAdapterFactory.Descriptor.Registry registry = GeneratorAdapterFactory.Descriptor.Registry.INSTANCE;
		if (!registry.getDescriptors(GenModelPackage.eNS_URI).contains(GenModelGeneratorAdapterFactory.DESCRIPTOR)) {
			registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		}
		Generator generator = new Generator();
		generator.getOptions().resourceSet = resourceSet;
		generator.setInput(genModel);
		for (ProjectType type : request.projectTypes()) {
			int before = output.written().size();
			Diagnostic diagnostic = generator.generate(genModel, type.emfType, new BasicMonitor());
			print(type.label + " code", diagnostic);
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				throw fail(type.label + " code generation failed: " + firstError(diagnostic).getMessage());
			}
			List<URI> written = output.written().stream().skip(before).toList();
			written.forEach(file -> log("  wrote %s", display(file)));
			log("%s code: %d file(s) written (unchanged files are not rewritten)", type.label, written.size());
			checkGenerated(genModel, type);
		}
		output.withheld().forEach(file -> log("not written (maintained by hand): %s", display(file)));
	}

	/**
	 * EMF logs and swallows some failures and reports OK; and an unchanged file is not rewritten, so "nothing
	 * written" is no evidence either. Check that a file every generation of this type produces is there.
	 */
	private void checkGenerated(GenModel genModel, ProjectType type) throws GenerationException {
		List<String> expected = new ArrayList<>();
		if (type == ProjectType.MODEL) {
			for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
				expected.add(javaFile(genModel.getModelDirectory(), genPackage.getQualifiedFactoryInterfaceName()));
			}
		} else {
			expected.add(javaFile(genModel.getEditPluginDirectory(), genModel.getQualifiedEditPluginClassName()));
		}
		for (String path : expected) {
			if (!output.exists(URI.createPlatformResourceURI(path, true), null)) {
				throw fail(type.label + " code generation reported OK but did not produce " + path);
			}
		}
	}

	/** The innermost first error: EMF's top-level message is just "Generating code". */
	private static Diagnostic firstError(Diagnostic diagnostic) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				return firstError(child);
			}
		}
		return diagnostic;
	}

	private static String javaFile(String directory, String qualifiedClassName) {
		return directory + "/" + qualifiedClassName.replace('.', '/') + ".java";
	}

	private GenerationException fail(String message) {
		return fail(message, null);
	}

	private GenerationException fail(String message, Throwable cause) {
		return new GenerationException(request.genModel() + ": " + message, cause);
	}

	private static String rootMessage(Throwable e) {
		while (e.getCause() != null && e.getCause() != e) {
			e = e.getCause();
		}
		return e.getMessage() != null ? e.getMessage() : e.toString();
	}

	private static String display(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	private static void print(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() != Diagnostic.OK) {
			log("%s: %s", what, diagnostic.getMessage());
			printChildren(diagnostic, "  ");
		}
	}

	private static void printChildren(Diagnostic diagnostic, String indent) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() != Diagnostic.OK) {
				log("%s%s %s", indent, severity(child), child.getMessage());
				printChildren(child, indent + "  ");
			}
		}
	}

	private static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.INFO -> "INFO";
		case Diagnostic.WARNING -> "WARNING";
		case Diagnostic.ERROR -> "ERROR";
		case Diagnostic.CANCEL -> "CANCEL";
		default -> "OK";
		};
	}

	private static void log(String format, Object... args) {
		System.out.println("[emfgen] " + String.format(format, args));
	}
}
