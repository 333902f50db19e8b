package org.minewatch.emfgen;

import java.util.function.Function;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;

/** The kinds of code this generator writes: EMF's project type and where the genmodel puts that code. */
enum ProjectType {

	MODEL("model", GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenModel::getModelDirectory),
	EDIT("edit", GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, GenModel::getEditDirectory);

	final String label;
	final String emfType;
	private final Function<GenModel, String> directory;

	ProjectType(String label, String emfType, Function<GenModel, String> directory) {
		this.label = label;
		this.emfType = emfType;
		this.directory = directory;
	}

	/** The genmodel's output folder as a workspace path, e.g. "/org.minewatch.model/src-gen". */
	String directory(GenModel genModel) {
		return directory.apply(genModel);
	}
}
