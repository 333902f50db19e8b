/**
 */
package org.minewatch.model.schedule.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.campaign.Campaign;

import org.minewatch.model.jurisdiction.Agency;

import org.minewatch.model.schedule.InvestigationPlan;
import org.minewatch.model.schedule.PlanTarget;
import org.minewatch.model.schedule.PlanTeam;
import org.minewatch.model.schedule.SchedulePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Investigation Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InvestigationPlanImpl extends RecordImpl implements InvestigationPlan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

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
	 * The cached value of the '{@link #getTeams() <em>Teams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeams()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanTeam> teams;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanTarget> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InvestigationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.INVESTIGATION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.INVESTIGATION_PLAN__NAME, oldName, name));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.INVESTIGATION_PLAN__AGENCY, oldAgency, agency));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.INVESTIGATION_PLAN__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		if (campaign != null && campaign.eIsProxy()) {
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.INVESTIGATION_PLAN__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.INVESTIGATION_PLAN__CAMPAIGN, oldCampaign, campaign));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.INVESTIGATION_PLAN__START_DATE, oldStartDate, startDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.INVESTIGATION_PLAN__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanTeam> getTeams() {
		if (teams == null) {
			teams = new EObjectContainmentEList<PlanTeam>(PlanTeam.class, this, SchedulePackage.INVESTIGATION_PLAN__TEAMS);
		}
		return teams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanTarget> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<PlanTarget>(PlanTarget.class, this, SchedulePackage.INVESTIGATION_PLAN__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulePackage.INVESTIGATION_PLAN__TEAMS:
				return ((InternalEList<?>)getTeams()).basicRemove(otherEnd, msgs);
			case SchedulePackage.INVESTIGATION_PLAN__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
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
			case SchedulePackage.INVESTIGATION_PLAN__NAME:
				return getName();
			case SchedulePackage.INVESTIGATION_PLAN__AGENCY:
				if (resolve) return getAgency();
				return basicGetAgency();
			case SchedulePackage.INVESTIGATION_PLAN__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case SchedulePackage.INVESTIGATION_PLAN__START_DATE:
				return getStartDate();
			case SchedulePackage.INVESTIGATION_PLAN__END_DATE:
				return getEndDate();
			case SchedulePackage.INVESTIGATION_PLAN__TEAMS:
				return getTeams();
			case SchedulePackage.INVESTIGATION_PLAN__TARGETS:
				return getTargets();
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
			case SchedulePackage.INVESTIGATION_PLAN__NAME:
				setName((String)newValue);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__AGENCY:
				setAgency((Agency)newValue);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__TEAMS:
				getTeams().clear();
				getTeams().addAll((Collection<? extends PlanTeam>)newValue);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends PlanTarget>)newValue);
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
			case SchedulePackage.INVESTIGATION_PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__AGENCY:
				setAgency((Agency)null);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case SchedulePackage.INVESTIGATION_PLAN__TEAMS:
				getTeams().clear();
				return;
			case SchedulePackage.INVESTIGATION_PLAN__TARGETS:
				getTargets().clear();
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
			case SchedulePackage.INVESTIGATION_PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedulePackage.INVESTIGATION_PLAN__AGENCY:
				return agency != null;
			case SchedulePackage.INVESTIGATION_PLAN__CAMPAIGN:
				return campaign != null;
			case SchedulePackage.INVESTIGATION_PLAN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case SchedulePackage.INVESTIGATION_PLAN__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case SchedulePackage.INVESTIGATION_PLAN__TEAMS:
				return teams != null && !teams.isEmpty();
			case SchedulePackage.INVESTIGATION_PLAN__TARGETS:
				return targets != null && !targets.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //InvestigationPlanImpl
