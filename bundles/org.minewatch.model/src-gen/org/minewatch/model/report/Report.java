/**
 */
package org.minewatch.model.report;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.base.LegalRecord;

import org.minewatch.model.campaign.Campaign;

import org.minewatch.model.inspection.Inspection;

import org.minewatch.model.jurisdiction.Jurisdiction;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.report.Report#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getStatus <em>Status</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getInspection <em>Inspection</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getRejectionReason <em>Rejection Reason</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getRedoOf <em>Redo Of</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getSections <em>Sections</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getChainHead <em>Chain Head</em>}</li>
 *   <li>{@link org.minewatch.model.report.Report#getFigures <em>Figures</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.report.ReportPackage#getReport()
 * @model
 * @generated
 */
public interface Report extends LegalRecord {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.report.ReportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.report.ReportKind
	 * @see #setKind(ReportKind)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Kind()
	 * @model
	 * @generated
	 */
	ReportKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.report.ReportKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReportKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.report.ReportStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.minewatch.model.report.ReportStatus
	 * @see #setStatus(ReportStatus)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Status()
	 * @model
	 * @generated
	 */
	ReportStatus getStatus();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.minewatch.model.report.ReportStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReportStatus value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see org.minewatch.model.report.ReportPackage#getReport_PeriodStart()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see org.minewatch.model.report.ReportPackage#getReport_PeriodEnd()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.minewatch.model.report.ReportPackage#getReport_DueDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Person)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Author()
	 * @model
	 * @generated
	 */
	Person getAuthor();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Person value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Mine()
	 * @model
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspection</em>' reference.
	 * @see #setInspection(Inspection)
	 * @see org.minewatch.model.report.ReportPackage#getReport_Inspection()
	 * @model
	 * @generated
	 */
	Inspection getInspection();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getInspection <em>Inspection</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection</em>' reference.
	 * @see #getInspection()
	 * @generated
	 */
	void setInspection(Inspection value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Instant)
	 * @see org.minewatch.model.report.ReportPackage#getReport_SubmittedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rejection Reason</em>' attribute.
	 * @see #setRejectionReason(String)
	 * @see org.minewatch.model.report.ReportPackage#getReport_RejectionReason()
	 * @model
	 * @generated
	 */
	String getRejectionReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getRejectionReason <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejection Reason</em>' attribute.
	 * @see #getRejectionReason()
	 * @generated
	 */
	void setRejectionReason(String value);

	/**
	 * Returns the value of the '<em><b>Redo Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Redo Of</em>' reference.
	 * @see #setRedoOf(Report)
	 * @see org.minewatch.model.report.ReportPackage#getReport_RedoOf()
	 * @model
	 * @generated
	 */
	Report getRedoOf();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getRedoOf <em>Redo Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Redo Of</em>' reference.
	 * @see #getRedoOf()
	 * @generated
	 */
	void setRedoOf(Report value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.report.ReportSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.minewatch.model.report.ReportPackage#getReport_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportSection> getSections();

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the report's figures were read from the store (frozen then).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(Instant)
	 * @see org.minewatch.model.report.ReportPackage#getReport_AsOf()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getAsOf();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(Instant value);

	/**
	 * Returns the value of the '<em><b>Chain Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The audit chain's head (sequence:hash) when the figures were read, so that a reader can verify them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chain Head</em>' attribute.
	 * @see #setChainHead(String)
	 * @see org.minewatch.model.report.ReportPackage#getReport_ChainHead()
	 * @model
	 * @generated
	 */
	String getChainHead();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.Report#getChainHead <em>Chain Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Head</em>' attribute.
	 * @see #getChainHead()
	 * @generated
	 */
	void setChainHead(String value);

	/**
	 * Returns the value of the '<em><b>Figures</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.report.ReportFigure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Figures</em>' containment reference list.
	 * @see org.minewatch.model.report.ReportPackage#getReport_Figures()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportFigure> getFigures();

} // Report
