/**
 */
package org.minewatch.model.campaign;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.jurisdiction.JurisdictionLevel;

import org.minewatch.model.report.ReportKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report Deadline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.campaign.ReportDeadline#getReportKind <em>Report Kind</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.ReportDeadline#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.ReportDeadline#getDueDay <em>Due Day</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.ReportDeadline#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.campaign.CampaignPackage#getReportDeadline()
 * @model
 * @generated
 */
public interface ReportDeadline extends EObject {
	/**
	 * Returns the value of the '<em><b>Report Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.report.ReportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Report Kind</em>' attribute.
	 * @see org.minewatch.model.report.ReportKind
	 * @see #setReportKind(ReportKind)
	 * @see org.minewatch.model.campaign.CampaignPackage#getReportDeadline_ReportKind()
	 * @model
	 * @generated
	 */
	ReportKind getReportKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.ReportDeadline#getReportKind <em>Report Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Kind</em>' attribute.
	 * @see org.minewatch.model.report.ReportKind
	 * @see #getReportKind()
	 * @generated
	 */
	void setReportKind(ReportKind value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.campaign.ReportFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.minewatch.model.campaign.ReportFrequency
	 * @see #setFrequency(ReportFrequency)
	 * @see org.minewatch.model.campaign.CampaignPackage#getReportDeadline_Frequency()
	 * @model
	 * @generated
	 */
	ReportFrequency getFrequency();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.ReportDeadline#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.minewatch.model.campaign.ReportFrequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(ReportFrequency value);

	/**
	 * Returns the value of the '<em><b>Due Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Day of the following period, e.g. 5 for "by the 5th".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Day</em>' attribute.
	 * @see #setDueDay(int)
	 * @see org.minewatch.model.campaign.CampaignPackage#getReportDeadline_DueDay()
	 * @model
	 * @generated
	 */
	int getDueDay();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.ReportDeadline#getDueDay <em>Due Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Day</em>' attribute.
	 * @see #getDueDay()
	 * @generated
	 */
	void setDueDay(int value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.jurisdiction.JurisdictionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @see #setLevel(JurisdictionLevel)
	 * @see org.minewatch.model.campaign.CampaignPackage#getReportDeadline_Level()
	 * @model
	 * @generated
	 */
	JurisdictionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.minewatch.model.campaign.ReportDeadline#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(JurisdictionLevel value);

} // ReportDeadline
