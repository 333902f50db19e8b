/**
 */
package org.minewatch.model.schedule.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.inspection.Inspection;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

import org.minewatch.model.schedule.SchedulePackage;
import org.minewatch.model.schedule.Visit;
import org.minewatch.model.schedule.VisitKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.impl.VisitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.VisitImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.VisitImpl#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.VisitImpl#getDoneDate <em>Done Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.VisitImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.VisitImpl#getInspection <em>Inspection</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VisitImpl extends RecordImpl implements Visit {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final VisitKind KIND_EDEFAULT = VisitKind.PATROL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected VisitKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedDate = PLANNED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoneDate() <em>Done Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DONE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoneDate() <em>Done Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate doneDate = DONE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> team;

	/**
	 * The cached value of the '{@link #getInspection() <em>Inspection</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspection()
	 * @generated
	 * @ordered
	 */
	protected Inspection inspection;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VisitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.VISIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(VisitKind newKind) {
		VisitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.VISIT__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.VISIT__MINE, oldMine, mine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.VISIT__MINE, oldMine, mine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedDate() {
		return plannedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDate(LocalDate newPlannedDate) {
		LocalDate oldPlannedDate = plannedDate;
		plannedDate = newPlannedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.VISIT__PLANNED_DATE, oldPlannedDate, plannedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDoneDate() {
		return doneDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoneDate(LocalDate newDoneDate) {
		LocalDate oldDoneDate = doneDate;
		doneDate = newDoneDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.VISIT__DONE_DATE, oldDoneDate, doneDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getTeam() {
		if (team == null) {
			team = new EObjectResolvingEList<Person>(Person.class, this, SchedulePackage.VISIT__TEAM);
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection getInspection() {
		if (inspection != null && inspection.eIsProxy()) {
			InternalEObject oldInspection = (InternalEObject)inspection;
			inspection = (Inspection)eResolveProxy(oldInspection);
			if (inspection != oldInspection) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.VISIT__INSPECTION, oldInspection, inspection));
			}
		}
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Inspection basicGetInspection() {
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspection(Inspection newInspection) {
		Inspection oldInspection = inspection;
		inspection = newInspection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.VISIT__INSPECTION, oldInspection, inspection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulePackage.VISIT__KIND:
				return getKind();
			case SchedulePackage.VISIT__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case SchedulePackage.VISIT__PLANNED_DATE:
				return getPlannedDate();
			case SchedulePackage.VISIT__DONE_DATE:
				return getDoneDate();
			case SchedulePackage.VISIT__TEAM:
				return getTeam();
			case SchedulePackage.VISIT__INSPECTION:
				if (resolve) return getInspection();
				return basicGetInspection();
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
			case SchedulePackage.VISIT__KIND:
				setKind((VisitKind)newValue);
				return;
			case SchedulePackage.VISIT__MINE:
				setMine((Mine)newValue);
				return;
			case SchedulePackage.VISIT__PLANNED_DATE:
				setPlannedDate((LocalDate)newValue);
				return;
			case SchedulePackage.VISIT__DONE_DATE:
				setDoneDate((LocalDate)newValue);
				return;
			case SchedulePackage.VISIT__TEAM:
				getTeam().clear();
				getTeam().addAll((Collection<? extends Person>)newValue);
				return;
			case SchedulePackage.VISIT__INSPECTION:
				setInspection((Inspection)newValue);
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
			case SchedulePackage.VISIT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SchedulePackage.VISIT__MINE:
				setMine((Mine)null);
				return;
			case SchedulePackage.VISIT__PLANNED_DATE:
				setPlannedDate(PLANNED_DATE_EDEFAULT);
				return;
			case SchedulePackage.VISIT__DONE_DATE:
				setDoneDate(DONE_DATE_EDEFAULT);
				return;
			case SchedulePackage.VISIT__TEAM:
				getTeam().clear();
				return;
			case SchedulePackage.VISIT__INSPECTION:
				setInspection((Inspection)null);
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
			case SchedulePackage.VISIT__KIND:
				return kind != KIND_EDEFAULT;
			case SchedulePackage.VISIT__MINE:
				return mine != null;
			case SchedulePackage.VISIT__PLANNED_DATE:
				return PLANNED_DATE_EDEFAULT == null ? plannedDate != null : !PLANNED_DATE_EDEFAULT.equals(plannedDate);
			case SchedulePackage.VISIT__DONE_DATE:
				return DONE_DATE_EDEFAULT == null ? doneDate != null : !DONE_DATE_EDEFAULT.equals(doneDate);
			case SchedulePackage.VISIT__TEAM:
				return team != null && !team.isEmpty();
			case SchedulePackage.VISIT__INSPECTION:
				return inspection != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", plannedDate: ");
		result.append(plannedDate);
		result.append(", doneDate: ");
		result.append(doneDate);
		result.append(')');
		return result.toString();
	}

} //VisitImpl
