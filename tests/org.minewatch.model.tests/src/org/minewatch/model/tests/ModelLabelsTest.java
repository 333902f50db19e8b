package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.minewatch.model.validation.ModelPackages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every class, field and enum literal of the model has a Chinese and an English label in the edit bundle. */
class ModelLabelsTest {

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	@Test
	void everyClassFieldAndLiteralHasChineseAndEnglishLabels() throws IOException {
		Properties english = load("plugin_en.properties");
		Properties chinese = load("plugin_zh.properties");
		assertEquals(new TreeSet<>(load("plugin.properties").stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()),
				"the Chinese labels cover exactly the generated keys");
		assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
		List<String> missing = new ArrayList<>();
		for (EPackage ePackage : ModelPackages.ALL) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				List<String> keys = new ArrayList<>();
				if (classifier instanceof EClass eClass) {
					keys.add("_UI_" + eClass.getName() + "_type");
					for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
						keys.add("_UI_" + eClass.getName() + "_" + feature.getName() + "_feature");
					}
				} else if (classifier instanceof EEnum eEnum) {
					for (EEnumLiteral literal : eEnum.getELiterals()) {
						keys.add("_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal");
					}
				}
				for (String key : keys) {
					if (!english.containsKey(key) || !CJK.matcher(chinese.getProperty(key, "")).find()) {
						missing.add(key);
					}
				}
			}
		}
		assertTrue(missing.isEmpty(), "labels missing or not Chinese: " + missing);
	}

	private static Properties load(String file) throws IOException {
		Bundle edit = FrameworkUtil.getBundle(org.minewatch.model.registry.provider.RegistryItemProviderAdapterFactory.class);
		Properties properties = new Properties();
		try (InputStream in = edit.getEntry(file).openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
