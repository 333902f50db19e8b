/**
 */
package org.minewatch.model.schedule.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.registry.Mine;

import org.minewatch.model.schedule.PlanTarget;
import org.minewatch.model.schedule.PlanTeam;
import org.minewatch.model.schedule.SchedulePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.impl.PlanTargetImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.PlanTargetImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.PlanTargetImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.PlanTargetImpl#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.PlanTargetImpl#getDays <em>Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanTargetImpl extends MinimalEObjectImpl.Container implements PlanTarget {
	/**
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected int order = ORDER_EDEFAULT;

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
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected PlanTeam team;

	/**
	 * The default value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedStart = PLANNED_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDays() <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDays() <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected int days = DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.PLAN_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(int newOrder) {
		int oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.PLAN_TARGET__ORDER, oldOrder, order));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.PLAN_TARGET__MINE, oldMine, mine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.PLAN_TARGET__MINE, oldMine, mine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanTeam getTeam() {
		if (team != null && team.eIsProxy()) {
			InternalEObject oldTeam = (InternalEObject)team;
			team = (PlanTeam)eResolveProxy(oldTeam);
			if (team != oldTeam) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.PLAN_TARGET__TEAM, oldTeam, team));
			}
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanTeam basicGetTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(PlanTeam newTeam) {
		PlanTeam oldTeam = team;
		team = newTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.PLAN_TARGET__TEAM, oldTeam, team));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedStart(LocalDate newPlannedStart) {
		LocalDate oldPlannedStart = plannedStart;
		plannedStart = newPlannedStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.PLAN_TARGET__PLANNED_START, oldPlannedStart, plannedStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDays() {
		return days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDays(int newDays) {
		int oldDays = days;
		days = newDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.PLAN_TARGET__DAYS, oldDays, days));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulePackage.PLAN_TARGET__ORDER:
				return getOrder();
			case SchedulePackage.PLAN_TARGET__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case SchedulePackage.PLAN_TARGET__TEAM:
				if (resolve) return getTeam();
				return basicGetTeam();
			case SchedulePackage.PLAN_TARGET__PLANNED_START:
				return getPlannedStart();
			case SchedulePackage.PLAN_TARGET__DAYS:
				return getDays();
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
			case SchedulePackage.PLAN_TARGET__ORDER:
				setOrder((Integer)newValue);
				return;
			case SchedulePackage.PLAN_TARGET__MINE:
				setMine((Mine)newValue);
				return;
			case SchedulePackage.PLAN_TARGET__TEAM:
				setTeam((PlanTeam)newValue);
				return;
			case SchedulePackage.PLAN_TARGET__PLANNED_START:
				setPlannedStart((LocalDate)newValue);
				return;
			case SchedulePackage.PLAN_TARGET__DAYS:
				setDays((Integer)newValue);
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
			case SchedulePackage.PLAN_TARGET__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case SchedulePackage.PLAN_TARGET__MINE:
				setMine((Mine)null);
				return;
			case SchedulePackage.PLAN_TARGET__TEAM:
				setTeam((PlanTeam)null);
				return;
			case SchedulePackage.PLAN_TARGET__PLANNED_START:
				setPlannedStart(PLANNED_START_EDEFAULT);
				return;
			case SchedulePackage.PLAN_TARGET__DAYS:
				setDays(DAYS_EDEFAULT);
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
			case SchedulePackage.PLAN_TARGET__ORDER:
				return order != ORDER_EDEFAULT;
			case SchedulePackage.PLAN_TARGET__MINE:
				return mine != null;
			case SchedulePackage.PLAN_TARGET__TEAM:
				return team != null;
			case SchedulePackage.PLAN_TARGET__PLANNED_START:
				return PLANNED_START_EDEFAULT == null ? plannedStart != null : !PLANNED_START_EDEFAULT.equals(plannedStart);
			case SchedulePackage.PLAN_TARGET__DAYS:
				return days != DAYS_EDEFAULT;
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
		result.append(" (order: ");
		result.append(order);
		result.append(", plannedStart: ");
		result.append(plannedStart);
		result.append(", days: ");
		result.append(days);
		result.append(')');
		return result.toString();
	}

} //PlanTargetImpl
