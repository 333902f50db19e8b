package org.minewatch.app.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.desk.ShellContract;

/**
 * Brings into a person's saved application model what a newer release ships and the saved model
 * lacks: elements of the shipped Application.e4xmi or of a layout fragment whose elementId is
 * nowhere in the saved model. Elements that exist are never touched, wherever the person moved,
 * resized or hid them; an element is copied only if none of its descendants exists either, so
 * nothing is ever duplicated. References of a copy (a menu item's command, a handler's command)
 * are pointed at the saved model's elements of the same elementId.
 */
public final class MissingElements {

	/** The parent of fragment elements that go to the application itself. */
	private static final String APPLICATION_XPATH = "xpath:/"; //$NON-NLS-1$

	private final MApplication application;
	private final Map<String, EObject> byId = new HashMap<>();
	private final List<EObject> copies = new ArrayList<>();
	private final List<String> added = new ArrayList<>();
	private final List<String> skipped = new ArrayList<>();
	private final List<String> removed = new ArrayList<>();

	public MissingElements(MApplication application) {
		this.application = application;
		index((EObject) application);
	}

	/** Removes the elements with these elementIds (ones an earlier release shipped and this one retired). */
	public MissingElements removeRetired(List<String> elementIds) {
		for (String id : elementIds) {
			EObject retired = byId.remove(id);
			if (retired != null && retired.eContainer() != null) {
				EcoreUtil.remove(retired);
				removed.add(id);
			}
		}
		return this;
	}

	/** The elementIds removed as retired. */
	public List<String> removed() {
		return List.copyOf(removed);
	}

	/** Adds what {@code shipped} (an application model as built from Application.e4xmi) has and the saved one lacks. */
	public MissingElements addFromApplication(MApplication shipped) {
		addMissingChildren((EObject) shipped, (EObject) application);
		return this;
	}

	/** Adds the elements of {@code fragments} (a fragment.e4xmi) that the saved model lacks. */
	public MissingElements addFromFragments(MModelFragments fragments, String contributorURI) {
		for (MModelFragment fragment : fragments.getFragments()) {
			if (fragment instanceof MStringModelFragment stringFragment) {
				addFragment(stringFragment, contributorURI);
			}
		}
		return this;
	}

	/** Points the copies' references at the saved model; call once after the add methods. */
	public MissingElements resolveReferences() {
		for (EObject copy : copies) {
			resolve(copy);
			for (TreeIterator<EObject> it = copy.eAllContents(); it.hasNext();) {
				resolve(it.next());
			}
		}
		copies.clear();
		return this;
	}

	/** The elementIds added, each with the elementId of the parent it went into. */
	public List<String> added() {
		return List.copyOf(added);
	}

	/** What could not be added, and why. */
	public List<String> skipped() {
		return List.copyOf(skipped);
	}

	private void addFragment(MStringModelFragment fragment, String contributorURI) {
		String parentId = fragment.getParentElementId();
		EObject parent = APPLICATION_XPATH.equals(parentId) ? (EObject) application : byId.get(parentId);
		for (MApplicationElement element : fragment.getElements()) {
			EObject source = (EObject) element;
			EObject existing = byId.get(element.getElementId());
			if (element.getTags().contains(ShellContract.NEW_LAYOUT_ONLY_TAG)) {
				continue; // the person may have closed it for good
			}
			if (existing != null) {
				addMissingChildren(source, existing);
			} else if (parent == null) {
				skipped.add(element.getElementId() + ": parent " + parentId + " is not in the model"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				EStructuralFeature feature = parent.eClass().getEStructuralFeature(fragment.getFeaturename());
				if (feature instanceof EReference reference && reference.isContainment()) {
					copyInto(source, parent, reference, Integer.MAX_VALUE, contributorURI);
				} else {
					skipped.add(element.getElementId() + ": " + parentId + " has no containment " + fragment.getFeaturename()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
	}

	private void addMissingChildren(EObject source, EObject target) {
		for (EObject child : source.eContents()) {
			String id = elementId(child);
			if (id == null) {
				continue;
			}
			EObject existing = byId.get(id);
			if (existing != null) {
				addMissingChildren(child, existing);
			} else {
				EReference feature = child.eContainmentFeature();
				int index = feature.isMany() ? ((List<?>) source.eGet(feature)).indexOf(child) : 0;
				copyInto(child, target, feature, index, null);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void copyInto(EObject source, EObject parent, EReference feature, int index, String contributorURI) {
		String id = elementId(source);
		String parentId = elementId(parent);
		List<String> present = existingIdsBelow(source);
		if (!present.isEmpty()) {
			skipped.add(id + ": its descendants " + present + " already exist elsewhere"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (!feature.isMany() && parent.eGet(feature) != null) {
			skipped.add(id + ": " + parentId + "." + feature.getName() + " is taken"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		EObject copy = EcoreUtil.copy(source);
		if (contributorURI != null && copy instanceof MApplicationElement element) {
			element.setContributorURI(contributorURI);
		}
		if (feature.isMany()) {
			EList<EObject> siblings = (EList<EObject>) parent.eGet(feature);
			siblings.add(Math.min(index, siblings.size()), copy);
		} else {
			parent.eSet(feature, copy);
		}
		index(copy);
		copies.add(copy);
		added.add(id + " -> " + parentId); //$NON-NLS-1$
	}

	/** Replaces references that still point into the shipped model by the saved model's element of that id. */
	@SuppressWarnings("unchecked")
	private void resolve(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
					|| !object.eIsSet(reference)) {
				continue;
			}
			if (reference.isMany()) {
				EList<EObject> values = (EList<EObject>) object.eGet(reference);
				for (int i = values.size() - 1; i >= 0; i--) {
					EObject local = local(values.get(i));
					if (local == null) {
						values.remove(i);
					} else if (local != values.get(i)) {
						values.set(i, local);
					}
				}
			} else {
				EObject value = (EObject) object.eGet(reference);
				EObject local = local(value);
				if (local != value) {
					object.eSet(reference, local);
				}
			}
		}
	}

	/** The saved model's counterpart of {@code value}, or null if it has none. */
	private EObject local(EObject value) {
		if (value == null || EcoreUtil.getRootContainer(value) == application) {
			return value;
		}
		String id = elementId(value);
		EObject local = id == null ? null : byId.get(id);
		if (local == null) {
			skipped.add("reference to " + id + ": not in the model, dropped"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return local;
	}

	private List<String> existingIdsBelow(EObject source) {
		List<String> present = new ArrayList<>();
		for (TreeIterator<EObject> it = source.eAllContents(); it.hasNext();) {
			String id = elementId(it.next());
			if (id != null && byId.containsKey(id)) {
				present.add(id);
			}
		}
		return present;
	}

	private void index(EObject root) {
		register(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			register(it.next());
		}
	}

	private void register(EObject object) {
		String id = elementId(object);
		if (id != null) {
			byId.putIfAbsent(id, object);
		}
	}

	private static String elementId(EObject object) {
		return object instanceof MApplicationElement element && element.getElementId() != null
				&& !element.getElementId().isEmpty() ? element.getElementId() : null;
	}
}
