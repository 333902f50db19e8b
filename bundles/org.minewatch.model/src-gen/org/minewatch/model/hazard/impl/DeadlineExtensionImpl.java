/**
 */
package org.minewatch.model.hazard.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.hazard.DeadlineExtension;
import org.minewatch.model.hazard.HazardPackage;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deadline Extension</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.impl.DeadlineExtensionImpl#getPreviousDeadline <em>Previous Deadline</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.DeadlineExtensionImpl#getNewDeadline <em>New Deadline</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.DeadlineExtensionImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.DeadlineExtensionImpl#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.DeadlineExtensionImpl#getApprovedAt <em>Approved At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeadlineExtensionImpl extends MinimalEObjectImpl.Container implements DeadlineExtension {
	/**
	 * The default value of the '{@link #getPreviousDeadline() <em>Previous Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PREVIOUS_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousDeadline() <em>Previous Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate previousDeadline = PREVIOUS_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewDeadline() <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEW_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewDeadline() <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate newDeadline = NEW_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApprovedBy() <em>Approved By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected Person approvedBy;

	/**
	 * The default value of the '{@link #getApprovedAt() <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant APPROVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedAt() <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant approvedAt = APPROVED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeadlineExtensionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HazardPackage.Literals.DEADLINE_EXTENSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPreviousDeadline() {
		return previousDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousDeadline(LocalDate newPreviousDeadline) {
		LocalDate oldPreviousDeadline = previousDeadline;
		previousDeadline = newPreviousDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.DEADLINE_EXTENSION__PREVIOUS_DEADLINE, oldPreviousDeadline, previousDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNewDeadline() {
		return newDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewDeadline(LocalDate newNewDeadline) {
		LocalDate oldNewDeadline = newDeadline;
		newDeadline = newNewDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.DEADLINE_EXTENSION__NEW_DEADLINE, oldNewDeadline, newDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.DEADLINE_EXTENSION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getApprovedBy() {
		if (approvedBy != null && approvedBy.eIsProxy()) {
			InternalEObject oldApprovedBy = (InternalEObject)approvedBy;
			approvedBy = (Person)eResolveProxy(oldApprovedBy);
			if (approvedBy != oldApprovedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.DEADLINE_EXTENSION__APPROVED_BY, oldApprovedBy, approvedBy));
			}
		}
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetApprovedBy() {
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedBy(Person newApprovedBy) {
		Person oldApprovedBy = approvedBy;
		approvedBy = newApprovedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.DEADLINE_EXTENSION__APPROVED_BY, oldApprovedBy, approvedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getApprovedAt() {
		return approvedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedAt(Instant newApprovedAt) {
		Instant oldApprovedAt = approvedAt;
		approvedAt = newApprovedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.DEADLINE_EXTENSION__APPROVED_AT, oldApprovedAt, approvedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HazardPackage.DEADLINE_EXTENSION__PREVIOUS_DEADLINE:
				return getPreviousDeadline();
			case HazardPackage.DEADLINE_EXTENSION__NEW_DEADLINE:
				return getNewDeadline();
			case HazardPackage.DEADLINE_EXTENSION__REASON:
				return getReason();
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_BY:
				if (resolve) return getApprovedBy();
				return basicGetApprovedBy();
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_AT:
				return getApprovedAt();
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
			case HazardPackage.DEADLINE_EXTENSION__PREVIOUS_DEADLINE:
				setPreviousDeadline((LocalDate)newValue);
				return;
			case HazardPackage.DEADLINE_EXTENSION__NEW_DEADLINE:
				setNewDeadline((LocalDate)newValue);
				return;
			case HazardPackage.DEADLINE_EXTENSION__REASON:
				setReason((String)newValue);
				return;
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_BY:
				setApprovedBy((Person)newValue);
				return;
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_AT:
				setApprovedAt((Instant)newValue);
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
			case HazardPackage.DEADLINE_EXTENSION__PREVIOUS_DEADLINE:
				setPreviousDeadline(PREVIOUS_DEADLINE_EDEFAULT);
				return;
			case HazardPackage.DEADLINE_EXTENSION__NEW_DEADLINE:
				setNewDeadline(NEW_DEADLINE_EDEFAULT);
				return;
			case HazardPackage.DEADLINE_EXTENSION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_BY:
				setApprovedBy((Person)null);
				return;
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_AT:
				setApprovedAt(APPROVED_AT_EDEFAULT);
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
			case HazardPackage.DEADLINE_EXTENSION__PREVIOUS_DEADLINE:
				return PREVIOUS_DEADLINE_EDEFAULT == null ? previousDeadline != null : !PREVIOUS_DEADLINE_EDEFAULT.equals(previousDeadline);
			case HazardPackage.DEADLINE_EXTENSION__NEW_DEADLINE:
				return NEW_DEADLINE_EDEFAULT == null ? newDeadline != null : !NEW_DEADLINE_EDEFAULT.equals(newDeadline);
			case HazardPackage.DEADLINE_EXTENSION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_BY:
				return approvedBy != null;
			case HazardPackage.DEADLINE_EXTENSION__APPROVED_AT:
				return APPROVED_AT_EDEFAULT == null ? approvedAt != null : !APPROVED_AT_EDEFAULT.equals(approvedAt);
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
		result.append(" (previousDeadline: ");
		result.append(previousDeadline);
		result.append(", newDeadline: ");
		result.append(newDeadline);
		result.append(", reason: ");
		result.append(reason);
		result.append(", approvedAt: ");
		result.append(approvedAt);
		result.append(')');
		return result.toString();
	}

} //DeadlineExtensionImpl
