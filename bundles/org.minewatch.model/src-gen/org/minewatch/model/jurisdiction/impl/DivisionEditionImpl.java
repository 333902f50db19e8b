/**
 */
package org.minewatch.model.jurisdiction.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minewatch.model.base.impl.EditionImpl;

import org.minewatch.model.jurisdiction.DivisionEdition;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Division Edition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.DivisionEditionImpl#getNation <em>Nation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DivisionEditionImpl extends EditionImpl implements DivisionEdition {
	/**
	 * The cached value of the '{@link #getNation() <em>Nation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNation()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction nation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DivisionEditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JurisdictionPackage.Literals.DIVISION_EDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getNation() {
		return nation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNation(Jurisdiction newNation, NotificationChain msgs) {
		Jurisdiction oldNation = nation;
		nation = newNation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JurisdictionPackage.DIVISION_EDITION__NATION, oldNation, newNation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNation(Jurisdiction newNation) {
		if (newNation != nation) {
			NotificationChain msgs = null;
			if (nation != null)
				msgs = ((InternalEObject)nation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JurisdictionPackage.DIVISION_EDITION__NATION, null, msgs);
			if (newNation != null)
				msgs = ((InternalEObject)newNation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JurisdictionPackage.DIVISION_EDITION__NATION, null, msgs);
			msgs = basicSetNation(newNation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.DIVISION_EDITION__NATION, newNation, newNation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JurisdictionPackage.DIVISION_EDITION__NATION:
				return basicSetNation(null, msgs);
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
			case JurisdictionPackage.DIVISION_EDITION__NATION:
				return getNation();
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
			case JurisdictionPackage.DIVISION_EDITION__NATION:
				setNation((Jurisdiction)newValue);
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
			case JurisdictionPackage.DIVISION_EDITION__NATION:
				setNation((Jurisdiction)null);
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
			case JurisdictionPackage.DIVISION_EDITION__NATION:
				return nation != null;
		}
		return super.eIsSet(featureID);
	}

} //DivisionEditionImpl
