package org.minewatch.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.core.ConflictException.FieldDifference;
import org.minewatch.model.base.BasePackage;

/** The fields where two versions of a record differ, by path (e.g. statusHistory[1].since). */
final class Differences {

	static List<FieldDifference> between(EObject yours, EObject theirs) {
		Map<String, Object> mine = flatten(yours);
		Map<String, Object> stored = flatten(theirs);
		List<FieldDifference> differences = new ArrayList<>();
		for (String path : union(mine, stored)) {
			if (!Objects.equals(mine.get(path), stored.get(path))) {
				differences.add(new FieldDifference(path, mine.get(path), stored.get(path)));
			}
		}
		return differences;
	}

	private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
		List<String> paths = new ArrayList<>(a.keySet());
		b.keySet().stream().filter(p -> !a.containsKey(p)).forEach(paths::add);
		return paths;
	}

	private static Map<String, Object> flatten(EObject object) {
		Map<String, Object> values = new LinkedHashMap<>();
		flatten(object, "", values); //$NON-NLS-1$
		return values;
	}

	private static void flatten(EObject object, String prefix, Map<String, Object> values) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || feature == BasePackage.Literals.RECORD__REVISION) {
				continue;
			}
			String path = prefix + feature.getName();
			Object value = object.eGet(feature, false);
			if (feature instanceof EAttribute) {
				values.put(path, value instanceof List<?> list ? List.copyOf(list) : value);
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				if (value instanceof List<?> list) {
					for (int i = 0; i < list.size(); i++) {
						flatten((EObject) list.get(i), path + "[" + i + "].", values); //$NON-NLS-1$ //$NON-NLS-2$
					}
				} else if (value != null) {
					flatten((EObject) value, path + ".", values); //$NON-NLS-1$
				}
			} else if (!((EReference) feature).isContainer()) {
				values.put(path, value instanceof List<?> list ? list.stream().map(o -> key((EObject) o)).toList() : key((EObject) value));
			}
		}
	}

	/** A referenced object by its URI fragment (its id), so proxies and loaded objects compare equal. */
	private static String key(EObject object) {
		if (object == null) {
			return null;
		}
		return object.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) object).eProxyURI().fragment() : EcoreUtil.getURI(object).fragment();
	}

	private Differences() {
	}
}
