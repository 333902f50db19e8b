/**
 */
package org.minewatch.model.schedule;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.campaign.Campaign;

import org.minewatch.model.jurisdiction.Agency;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Investigation Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.InvestigationPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.InvestigationPlan#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.InvestigationPlan#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.InvestigationPlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.InvestigationPlan#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.InvestigationPlan#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.InvestigationPlan#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan()
 * @model
 * @generated
 */
public interface InvestigationPlan extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.InvestigationPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' reference.
	 * @see #setAgency(Agency)
	 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan_Agency()
	 * @model
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.InvestigationPlan#getAgency <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.InvestigationPlan#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan_StartDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.InvestigationPlan#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan_EndDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.InvestigationPlan#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.schedule.PlanTeam}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teams</em>' containment reference list.
	 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan_Teams()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanTeam> getTeams();

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.schedule.PlanTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.minewatch.model.schedule.SchedulePackage#getInvestigationPlan_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanTarget> getTargets();

} // InvestigationPlan
