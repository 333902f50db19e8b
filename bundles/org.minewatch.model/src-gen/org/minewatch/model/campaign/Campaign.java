/**
 */
package org.minewatch.model.campaign;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.checklist.ChecklistTemplate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.campaign.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.Campaign#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.Campaign#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.Campaign#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.Campaign#getRequiredTemplates <em>Required Templates</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.Campaign#getRounds <em>Rounds</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.Campaign#getReportCalendar <em>Report Calendar</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.Campaign#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign_StartDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.Campaign#getStartDate <em>Start Date</em>}' attribute.
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
	 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign_EndDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.Campaign#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Required Templates</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.checklist.ChecklistTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Templates</em>' reference list.
	 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign_RequiredTemplates()
	 * @model
	 * @generated
	 */
	EList<ChecklistTemplate> getRequiredTemplates();

	/**
	 * Returns the value of the '<em><b>Rounds</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.campaign.CampaignRound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounds</em>' containment reference list.
	 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign_Rounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<CampaignRound> getRounds();

	/**
	 * Returns the value of the '<em><b>Report Calendar</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.campaign.ReportDeadline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Report Calendar</em>' containment reference list.
	 * @see org.minewatch.model.campaign.CampaignPackage#getCampaign_ReportCalendar()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportDeadline> getReportCalendar();

} // Campaign
