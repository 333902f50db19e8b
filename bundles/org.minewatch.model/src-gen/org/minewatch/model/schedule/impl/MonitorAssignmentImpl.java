/**
 */
package org.minewatch.model.schedule.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.MonitorReason;
import org.minewatch.model.schedule.SchedulePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monitor Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.impl.MonitorAssignmentImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.MonitorAssignmentImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.MonitorAssignmentImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.MonitorAssignmentImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.MonitorAssignmentImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonitorAssignmentImpl extends RecordImpl implements MonitorAssignment {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The cached value of the '{@link #getMine() <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMine()
	 * @generated
	 * @ordered
	 */
	protected Mine mine;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final MonitorReason REASON_EDEFAULT = MonitorReason.HIGH_RISK;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected MonitorReason reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonitorAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.MONITOR_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.MONITOR_ASSIGNMENT__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.MONITOR_ASSIGNMENT__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mine getMine() {
		if (mine != null && mine.eIsProxy()) {
			InternalEObject oldMine = (InternalEObject)mine;
			mine = (Mine)eResolveProxy(oldMine);
			if (mine != oldMine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.MONITOR_ASSIGNMENT__MINE, oldMine, mine));
			}
		}
		return mine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Mine basicGetMine() {
		return mine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMine(Mine newMine) {
		Mine oldMine = mine;
		mine = newMine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.MONITOR_ASSIGNMENT__MINE, oldMine, mine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.MONITOR_ASSIGNMENT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.MONITOR_ASSIGNMENT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitorReason getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(MonitorReason newReason) {
		MonitorReason oldReason = reason;
		reason = newReason == null ? REASON_EDEFAULT : newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.MONITOR_ASSIGNMENT__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulePackage.MONITOR_ASSIGNMENT__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case SchedulePackage.MONITOR_ASSIGNMENT__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case SchedulePackage.MONITOR_ASSIGNMENT__START_DATE:
				return getStartDate();
			case SchedulePackage.MONITOR_ASSIGNMENT__END_DATE:
				return getEndDate();
			case SchedulePackage.MONITOR_ASSIGNMENT__REASON:
				return getReason();
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
			case SchedulePackage.MONITOR_ASSIGNMENT__PERSON:
				setPerson((Person)newValue);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__MINE:
				setMine((Mine)newValue);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__REASON:
				setReason((MonitorReason)newValue);
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
			case SchedulePackage.MONITOR_ASSIGNMENT__PERSON:
				setPerson((Person)null);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__MINE:
				setMine((Mine)null);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case SchedulePackage.MONITOR_ASSIGNMENT__REASON:
				setReason(REASON_EDEFAULT);
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
			case SchedulePackage.MONITOR_ASSIGNMENT__PERSON:
				return person != null;
			case SchedulePackage.MONITOR_ASSIGNMENT__MINE:
				return mine != null;
			case SchedulePackage.MONITOR_ASSIGNMENT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case SchedulePackage.MONITOR_ASSIGNMENT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case SchedulePackage.MONITOR_ASSIGNMENT__REASON:
				return reason != REASON_EDEFAULT;
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
		result.append(" (startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //MonitorAssignmentImpl
