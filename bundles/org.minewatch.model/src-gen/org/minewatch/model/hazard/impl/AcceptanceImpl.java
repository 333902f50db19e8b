/**
 */
package org.minewatch.model.hazard.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.HazardPackage;

import org.minewatch.model.inspection.Attachment;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Acceptance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.impl.AcceptanceImpl#getCheckedBy <em>Checked By</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.AcceptanceImpl#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.AcceptanceImpl#isPassed <em>Passed</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.AcceptanceImpl#getRemarks <em>Remarks</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.AcceptanceImpl#getPhotosBefore <em>Photos Before</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.AcceptanceImpl#getPhotosAfter <em>Photos After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AcceptanceImpl extends MinimalEObjectImpl.Container implements Acceptance {
	/**
	 * The cached value of the '{@link #getCheckedBy() <em>Checked By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedBy()
	 * @generated
	 * @ordered
	 */
	protected Person checkedBy;

	/**
	 * The default value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CHECKED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant checkedAt = CHECKED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isPassed() <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPassed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PASSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPassed() <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPassed()
	 * @generated
	 * @ordered
	 */
	protected boolean passed = PASSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected String remarks = REMARKS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhotosBefore() <em>Photos Before</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotosBefore()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> photosBefore;

	/**
	 * The cached value of the '{@link #getPhotosAfter() <em>Photos After</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotosAfter()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> photosAfter;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AcceptanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HazardPackage.Literals.ACCEPTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getCheckedBy() {
		if (checkedBy != null && checkedBy.eIsProxy()) {
			InternalEObject oldCheckedBy = (InternalEObject)checkedBy;
			checkedBy = (Person)eResolveProxy(oldCheckedBy);
			if (checkedBy != oldCheckedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.ACCEPTANCE__CHECKED_BY, oldCheckedBy, checkedBy));
			}
		}
		return checkedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetCheckedBy() {
		return checkedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckedBy(Person newCheckedBy) {
		Person oldCheckedBy = checkedBy;
		checkedBy = newCheckedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.ACCEPTANCE__CHECKED_BY, oldCheckedBy, checkedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCheckedAt() {
		return checkedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckedAt(Instant newCheckedAt) {
		Instant oldCheckedAt = checkedAt;
		checkedAt = newCheckedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.ACCEPTANCE__CHECKED_AT, oldCheckedAt, checkedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPassed() {
		return passed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassed(boolean newPassed) {
		boolean oldPassed = passed;
		passed = newPassed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.ACCEPTANCE__PASSED, oldPassed, passed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemarks() {
		return remarks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemarks(String newRemarks) {
		String oldRemarks = remarks;
		remarks = newRemarks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.ACCEPTANCE__REMARKS, oldRemarks, remarks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getPhotosBefore() {
		if (photosBefore == null) {
			photosBefore = new EObjectResolvingEList<Attachment>(Attachment.class, this, HazardPackage.ACCEPTANCE__PHOTOS_BEFORE);
		}
		return photosBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getPhotosAfter() {
		if (photosAfter == null) {
			photosAfter = new EObjectResolvingEList<Attachment>(Attachment.class, this, HazardPackage.ACCEPTANCE__PHOTOS_AFTER);
		}
		return photosAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HazardPackage.ACCEPTANCE__CHECKED_BY:
				if (resolve) return getCheckedBy();
				return basicGetCheckedBy();
			case HazardPackage.ACCEPTANCE__CHECKED_AT:
				return getCheckedAt();
			case HazardPackage.ACCEPTANCE__PASSED:
				return isPassed();
			case HazardPackage.ACCEPTANCE__REMARKS:
				return getRemarks();
			case HazardPackage.ACCEPTANCE__PHOTOS_BEFORE:
				return getPhotosBefore();
			case HazardPackage.ACCEPTANCE__PHOTOS_AFTER:
				return getPhotosAfter();
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
			case HazardPackage.ACCEPTANCE__CHECKED_BY:
				setCheckedBy((Person)newValue);
				return;
			case HazardPackage.ACCEPTANCE__CHECKED_AT:
				setCheckedAt((Instant)newValue);
				return;
			case HazardPackage.ACCEPTANCE__PASSED:
				setPassed((Boolean)newValue);
				return;
			case HazardPackage.ACCEPTANCE__REMARKS:
				setRemarks((String)newValue);
				return;
			case HazardPackage.ACCEPTANCE__PHOTOS_BEFORE:
				getPhotosBefore().clear();
				getPhotosBefore().addAll((Collection<? extends Attachment>)newValue);
				return;
			case HazardPackage.ACCEPTANCE__PHOTOS_AFTER:
				getPhotosAfter().clear();
				getPhotosAfter().addAll((Collection<? extends Attachment>)newValue);
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
			case HazardPackage.ACCEPTANCE__CHECKED_BY:
				setCheckedBy((Person)null);
				return;
			case HazardPackage.ACCEPTANCE__CHECKED_AT:
				setCheckedAt(CHECKED_AT_EDEFAULT);
				return;
			case HazardPackage.ACCEPTANCE__PASSED:
				setPassed(PASSED_EDEFAULT);
				return;
			case HazardPackage.ACCEPTANCE__REMARKS:
				setRemarks(REMARKS_EDEFAULT);
				return;
			case HazardPackage.ACCEPTANCE__PHOTOS_BEFORE:
				getPhotosBefore().clear();
				return;
			case HazardPackage.ACCEPTANCE__PHOTOS_AFTER:
				getPhotosAfter().clear();
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
			case HazardPackage.ACCEPTANCE__CHECKED_BY:
				return checkedBy != null;
			case HazardPackage.ACCEPTANCE__CHECKED_AT:
				return CHECKED_AT_EDEFAULT == null ? checkedAt != null : !CHECKED_AT_EDEFAULT.equals(checkedAt);
			case HazardPackage.ACCEPTANCE__PASSED:
				return passed != PASSED_EDEFAULT;
			case HazardPackage.ACCEPTANCE__REMARKS:
				return REMARKS_EDEFAULT == null ? remarks != null : !REMARKS_EDEFAULT.equals(remarks);
			case HazardPackage.ACCEPTANCE__PHOTOS_BEFORE:
				return photosBefore != null && !photosBefore.isEmpty();
			case HazardPackage.ACCEPTANCE__PHOTOS_AFTER:
				return photosAfter != null && !photosAfter.isEmpty();
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
		result.append(" (checkedAt: ");
		result.append(checkedAt);
		result.append(", passed: ");
		result.append(passed);
		result.append(", remarks: ");
		result.append(remarks);
		result.append(')');
		return result.toString();
	}

} //AcceptanceImpl
