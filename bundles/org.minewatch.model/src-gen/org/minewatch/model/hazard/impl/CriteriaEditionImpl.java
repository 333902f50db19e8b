/**
 */
package org.minewatch.model.hazard.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.impl.EditionImpl;

import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.CriterionCategory;
import org.minewatch.model.hazard.HazardPackage;

import org.minewatch.model.registry.MineKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criteria Edition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.impl.CriteriaEditionImpl#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.CriteriaEditionImpl#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.CriteriaEditionImpl#getDeclaredSituations <em>Declared Situations</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.CriteriaEditionImpl#getMissingNote <em>Missing Note</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.CriteriaEditionImpl#getCategories <em>Categories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriteriaEditionImpl extends EditionImpl implements CriteriaEdition {
	/**
	 * The default value of the '{@link #getStandard() <em>Standard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandard()
	 * @generated
	 * @ordered
	 */
	protected static final String STANDARD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStandard() <em>Standard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandard()
	 * @generated
	 * @ordered
	 */
	protected String standard = STANDARD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppliesTo() <em>Applies To</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<MineKind> appliesTo;

	/**
	 * The default value of the '{@link #getDeclaredSituations() <em>Declared Situations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredSituations()
	 * @generated
	 * @ordered
	 */
	protected static final int DECLARED_SITUATIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeclaredSituations() <em>Declared Situations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredSituations()
	 * @generated
	 * @ordered
	 */
	protected int declaredSituations = DECLARED_SITUATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingNote() <em>Missing Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingNote()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSING_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMissingNote() <em>Missing Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingNote()
	 * @generated
	 * @ordered
	 */
	protected String missingNote = MISSING_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<CriterionCategory> categories;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriteriaEditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HazardPackage.Literals.CRITERIA_EDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStandard() {
		return standard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandard(String newStandard) {
		String oldStandard = standard;
		standard = newStandard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.CRITERIA_EDITION__STANDARD, oldStandard, standard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MineKind> getAppliesTo() {
		if (appliesTo == null) {
			appliesTo = new EDataTypeUniqueEList<MineKind>(MineKind.class, this, HazardPackage.CRITERIA_EDITION__APPLIES_TO);
		}
		return appliesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeclaredSituations() {
		return declaredSituations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclaredSituations(int newDeclaredSituations) {
		int oldDeclaredSituations = declaredSituations;
		declaredSituations = newDeclaredSituations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.CRITERIA_EDITION__DECLARED_SITUATIONS, oldDeclaredSituations, declaredSituations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMissingNote() {
		return missingNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingNote(String newMissingNote) {
		String oldMissingNote = missingNote;
		missingNote = newMissingNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.CRITERIA_EDITION__MISSING_NOTE, oldMissingNote, missingNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriterionCategory> getCategories() {
		if (categories == null) {
			categories = new EObjectContainmentEList<CriterionCategory>(CriterionCategory.class, this, HazardPackage.CRITERIA_EDITION__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HazardPackage.CRITERIA_EDITION__CATEGORIES:
				return ((InternalEList<?>)getCategories()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HazardPackage.CRITERIA_EDITION__STANDARD:
				return getStandard();
			case HazardPackage.CRITERIA_EDITION__APPLIES_TO:
				return getAppliesTo();
			case HazardPackage.CRITERIA_EDITION__DECLARED_SITUATIONS:
				return getDeclaredSituations();
			case HazardPackage.CRITERIA_EDITION__MISSING_NOTE:
				return getMissingNote();
			case HazardPackage.CRITERIA_EDITION__CATEGORIES:
				return getCategories();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HazardPackage.CRITERIA_EDITION__STANDARD:
				setStandard((String)newValue);
				return;
			case HazardPackage.CRITERIA_EDITION__APPLIES_TO:
				getAppliesTo().clear();
				getAppliesTo().addAll((Collection<? extends MineKind>)newValue);
				return;
			case HazardPackage.CRITERIA_EDITION__DECLARED_SITUATIONS:
				setDeclaredSituations((Integer)newValue);
				return;
			case HazardPackage.CRITERIA_EDITION__MISSING_NOTE:
				setMissingNote((String)newValue);
				return;
			case HazardPackage.CRITERIA_EDITION__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends CriterionCategory>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HazardPackage.CRITERIA_EDITION__STANDARD:
				setStandard(STANDARD_EDEFAULT);
				return;
			case HazardPackage.CRITERIA_EDITION__APPLIES_TO:
				getAppliesTo().clear();
				return;
			case HazardPackage.CRITERIA_EDITION__DECLARED_SITUATIONS:
				setDeclaredSituations(DECLARED_SITUATIONS_EDEFAULT);
				return;
			case HazardPackage.CRITERIA_EDITION__MISSING_NOTE:
				setMissingNote(MISSING_NOTE_EDEFAULT);
				return;
			case HazardPackage.CRITERIA_EDITION__CATEGORIES:
				getCategories().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HazardPackage.CRITERIA_EDITION__STANDARD:
				return STANDARD_EDEFAULT == null ? standard != null : !STANDARD_EDEFAULT.equals(standard);
			case HazardPackage.CRITERIA_EDITION__APPLIES_TO:
				return appliesTo != null && !appliesTo.isEmpty();
			case HazardPackage.CRITERIA_EDITION__DECLARED_SITUATIONS:
				return declaredSituations != DECLARED_SITUATIONS_EDEFAULT;
			case HazardPackage.CRITERIA_EDITION__MISSING_NOTE:
				return MISSING_NOTE_EDEFAULT == null ? missingNote != null : !MISSING_NOTE_EDEFAULT.equals(missingNote);
			case HazardPackage.CRITERIA_EDITION__CATEGORIES:
				return categories != null && !categories.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (standard: ");
		result.append(standard);
		result.append(", appliesTo: ");
		result.append(appliesTo);
		result.append(", declaredSituations: ");
		result.append(declaredSituations);
		result.append(", missingNote: ");
		result.append(missingNote);
		result.append(')');
		return result.toString();
	}

} //CriteriaEditionImpl
