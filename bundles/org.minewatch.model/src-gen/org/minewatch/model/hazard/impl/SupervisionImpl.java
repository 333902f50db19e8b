/**
 */
package org.minewatch.model.hazard.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.hazard.Supervision;

import org.minewatch.model.jurisdiction.Agency;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.impl.SupervisionImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.SupervisionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.SupervisionImpl#getListedAt <em>Listed At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.SupervisionImpl#getLiftedAt <em>Lifted At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionImpl extends MinimalEObjectImpl.Container implements Supervision {
	/**
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected Agency agency;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getListedAt() <em>Listed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LISTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListedAt() <em>Listed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant listedAt = LISTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLiftedAt() <em>Lifted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiftedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LIFTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLiftedAt() <em>Lifted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiftedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant liftedAt = LIFTED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HazardPackage.Literals.SUPERVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getAgency() {
		if (agency != null && agency.eIsProxy()) {
			InternalEObject oldAgency = (InternalEObject)agency;
			agency = (Agency)eResolveProxy(oldAgency);
			if (agency != oldAgency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.SUPERVISION__AGENCY, oldAgency, agency));
			}
		}
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agency basicGetAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(Agency newAgency) {
		Agency oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.SUPERVISION__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.SUPERVISION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getListedAt() {
		return listedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListedAt(Instant newListedAt) {
		Instant oldListedAt = listedAt;
		listedAt = newListedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.SUPERVISION__LISTED_AT, oldListedAt, listedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLiftedAt() {
		return liftedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLiftedAt(Instant newLiftedAt) {
		Instant oldLiftedAt = liftedAt;
		liftedAt = newLiftedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.SUPERVISION__LIFTED_AT, oldLiftedAt, liftedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HazardPackage.SUPERVISION__AGENCY:
				if (resolve) return getAgency();
				return basicGetAgency();
			case HazardPackage.SUPERVISION__NUMBER:
				return getNumber();
			case HazardPackage.SUPERVISION__LISTED_AT:
				return getListedAt();
			case HazardPackage.SUPERVISION__LIFTED_AT:
				return getLiftedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HazardPackage.SUPERVISION__AGENCY:
				setAgency((Agency)newValue);
				return;
			case HazardPackage.SUPERVISION__NUMBER:
				setNumber((String)newValue);
				return;
			case HazardPackage.SUPERVISION__LISTED_AT:
				setListedAt((Instant)newValue);
				return;
			case HazardPackage.SUPERVISION__LIFTED_AT:
				setLiftedAt((Instant)newValue);
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
			case HazardPackage.SUPERVISION__AGENCY:
				setAgency((Agency)null);
				return;
			case HazardPackage.SUPERVISION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case HazardPackage.SUPERVISION__LISTED_AT:
				setListedAt(LISTED_AT_EDEFAULT);
				return;
			case HazardPackage.SUPERVISION__LIFTED_AT:
				setLiftedAt(LIFTED_AT_EDEFAULT);
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
			case HazardPackage.SUPERVISION__AGENCY:
				return agency != null;
			case HazardPackage.SUPERVISION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case HazardPackage.SUPERVISION__LISTED_AT:
				return LISTED_AT_EDEFAULT == null ? listedAt != null : !LISTED_AT_EDEFAULT.equals(listedAt);
			case HazardPackage.SUPERVISION__LIFTED_AT:
				return LIFTED_AT_EDEFAULT == null ? liftedAt != null : !LIFTED_AT_EDEFAULT.equals(liftedAt);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", listedAt: ");
		result.append(listedAt);
		result.append(", liftedAt: ");
		result.append(liftedAt);
		result.append(')');
		return result.toString();
	}

} //SupervisionImpl
