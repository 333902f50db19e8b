/**
 */
package org.minewatch.model.base.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minewatch.model.base.BasePackage;
import org.minewatch.model.base.LegalRecord;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Legal Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.base.impl.LegalRecordImpl#getVoidedAt <em>Voided At</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.LegalRecordImpl#getVoidedBy <em>Voided By</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.LegalRecordImpl#getVoidReason <em>Void Reason</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.LegalRecordImpl#getSupersededBy <em>Superseded By</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.LegalRecordImpl#getSupersedeReason <em>Supersede Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class LegalRecordImpl extends RecordImpl implements LegalRecord {
	/**
	 * The default value of the '{@link #getVoidedAt() <em>Voided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoidedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant VOIDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVoidedAt() <em>Voided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoidedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant voidedAt = VOIDED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVoidedBy() <em>Voided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoidedBy()
	 * @generated
	 * @ordered
	 */
	protected Person voidedBy;

	/**
	 * The default value of the '{@link #getVoidReason() <em>Void Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoidReason()
	 * @generated
	 * @ordered
	 */
	protected static final String VOID_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVoidReason() <em>Void Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoidReason()
	 * @generated
	 * @ordered
	 */
	protected String voidReason = VOID_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupersededBy() <em>Superseded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersededBy()
	 * @generated
	 * @ordered
	 */
	protected LegalRecord supersededBy;

	/**
	 * The default value of the '{@link #getSupersedeReason() <em>Supersede Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedeReason()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERSEDE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupersedeReason() <em>Supersede Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedeReason()
	 * @generated
	 * @ordered
	 */
	protected String supersedeReason = SUPERSEDE_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LegalRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BasePackage.Literals.LEGAL_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getVoidedAt() {
		return voidedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoidedAt(Instant newVoidedAt) {
		Instant oldVoidedAt = voidedAt;
		voidedAt = newVoidedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.LEGAL_RECORD__VOIDED_AT, oldVoidedAt, voidedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getVoidedBy() {
		if (voidedBy != null && voidedBy.eIsProxy()) {
			InternalEObject oldVoidedBy = (InternalEObject)voidedBy;
			voidedBy = (Person)eResolveProxy(oldVoidedBy);
			if (voidedBy != oldVoidedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BasePackage.LEGAL_RECORD__VOIDED_BY, oldVoidedBy, voidedBy));
			}
		}
		return voidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetVoidedBy() {
		return voidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoidedBy(Person newVoidedBy) {
		Person oldVoidedBy = voidedBy;
		voidedBy = newVoidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.LEGAL_RECORD__VOIDED_BY, oldVoidedBy, voidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVoidReason() {
		return voidReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoidReason(String newVoidReason) {
		String oldVoidReason = voidReason;
		voidReason = newVoidReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.LEGAL_RECORD__VOID_REASON, oldVoidReason, voidReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalRecord getSupersededBy() {
		if (supersededBy != null && supersededBy.eIsProxy()) {
			InternalEObject oldSupersededBy = (InternalEObject)supersededBy;
			supersededBy = (LegalRecord)eResolveProxy(oldSupersededBy);
			if (supersededBy != oldSupersededBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BasePackage.LEGAL_RECORD__SUPERSEDED_BY, oldSupersededBy, supersededBy));
			}
		}
		return supersededBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalRecord basicGetSupersededBy() {
		return supersededBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersededBy(LegalRecord newSupersededBy) {
		LegalRecord oldSupersededBy = supersededBy;
		supersededBy = newSupersededBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.LEGAL_RECORD__SUPERSEDED_BY, oldSupersededBy, supersededBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupersedeReason() {
		return supersedeReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersedeReason(String newSupersedeReason) {
		String oldSupersedeReason = supersedeReason;
		supersedeReason = newSupersedeReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.LEGAL_RECORD__SUPERSEDE_REASON, oldSupersedeReason, supersedeReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVoided() {
		return getVoidedAt() != null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuperseded() {
		return getSupersededBy() != null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BasePackage.LEGAL_RECORD__VOIDED_AT:
				return getVoidedAt();
			case BasePackage.LEGAL_RECORD__VOIDED_BY:
				if (resolve) return getVoidedBy();
				return basicGetVoidedBy();
			case BasePackage.LEGAL_RECORD__VOID_REASON:
				return getVoidReason();
			case BasePackage.LEGAL_RECORD__SUPERSEDED_BY:
				if (resolve) return getSupersededBy();
				return basicGetSupersededBy();
			case BasePackage.LEGAL_RECORD__SUPERSEDE_REASON:
				return getSupersedeReason();
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
			case BasePackage.LEGAL_RECORD__VOIDED_AT:
				setVoidedAt((Instant)newValue);
				return;
			case BasePackage.LEGAL_RECORD__VOIDED_BY:
				setVoidedBy((Person)newValue);
				return;
			case BasePackage.LEGAL_RECORD__VOID_REASON:
				setVoidReason((String)newValue);
				return;
			case BasePackage.LEGAL_RECORD__SUPERSEDED_BY:
				setSupersededBy((LegalRecord)newValue);
				return;
			case BasePackage.LEGAL_RECORD__SUPERSEDE_REASON:
				setSupersedeReason((String)newValue);
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
			case BasePackage.LEGAL_RECORD__VOIDED_AT:
				setVoidedAt(VOIDED_AT_EDEFAULT);
				return;
			case BasePackage.LEGAL_RECORD__VOIDED_BY:
				setVoidedBy((Person)null);
				return;
			case BasePackage.LEGAL_RECORD__VOID_REASON:
				setVoidReason(VOID_REASON_EDEFAULT);
				return;
			case BasePackage.LEGAL_RECORD__SUPERSEDED_BY:
				setSupersededBy((LegalRecord)null);
				return;
			case BasePackage.LEGAL_RECORD__SUPERSEDE_REASON:
				setSupersedeReason(SUPERSEDE_REASON_EDEFAULT);
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
			case BasePackage.LEGAL_RECORD__VOIDED_AT:
				return VOIDED_AT_EDEFAULT == null ? voidedAt != null : !VOIDED_AT_EDEFAULT.equals(voidedAt);
			case BasePackage.LEGAL_RECORD__VOIDED_BY:
				return voidedBy != null;
			case BasePackage.LEGAL_RECORD__VOID_REASON:
				return VOID_REASON_EDEFAULT == null ? voidReason != null : !VOID_REASON_EDEFAULT.equals(voidReason);
			case BasePackage.LEGAL_RECORD__SUPERSEDED_BY:
				return supersededBy != null;
			case BasePackage.LEGAL_RECORD__SUPERSEDE_REASON:
				return SUPERSEDE_REASON_EDEFAULT == null ? supersedeReason != null : !SUPERSEDE_REASON_EDEFAULT.equals(supersedeReason);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case BasePackage.LEGAL_RECORD___IS_VOIDED:
				return isVoided();
			case BasePackage.LEGAL_RECORD___IS_SUPERSEDED:
				return isSuperseded();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (voidedAt: ");
		result.append(voidedAt);
		result.append(", voidReason: ");
		result.append(voidReason);
		result.append(", supersedeReason: ");
		result.append(supersedeReason);
		result.append(')');
		return result.toString();
	}

} //LegalRecordImpl
