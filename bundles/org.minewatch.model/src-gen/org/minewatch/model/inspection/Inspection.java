/**
 */
package org.minewatch.model.inspection;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.base.LegalRecord;

import org.minewatch.model.campaign.Campaign;

import org.minewatch.model.checklist.ChecklistTemplate;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mine self-inspection, regulatory investigation or state enforcement visit. A self-inspection belongs to the mine (its owner is the agency that supervises the mine); the others to the agency that ran them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getStatus <em>Status</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getRound <em>Round</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getRedoOf <em>Redo Of</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getCompletedAt <em>Completed At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getSignedOffBy <em>Signed Off By</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getSignedOffAt <em>Signed Off At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getRejectionReason <em>Rejection Reason</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#isBeforeResumption <em>Before Resumption</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getTeam <em>Team</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getResults <em>Results</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Inspection#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.inspection.InspectionPackage#getInspection()
 * @model
 * @generated
 */
public interface Inspection extends LegalRecord {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.inspection.InspectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.inspection.InspectionKind
	 * @see #setKind(InspectionKind)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Kind()
	 * @model
	 * @generated
	 */
	InspectionKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.inspection.InspectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InspectionKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.inspection.InspectionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.minewatch.model.inspection.InspectionStatus
	 * @see #setStatus(InspectionStatus)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Status()
	 * @model
	 * @generated
	 */
	InspectionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.minewatch.model.inspection.InspectionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InspectionStatus value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Mine()
	 * @model required="true"
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(ChecklistTemplate)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Template()
	 * @model
	 * @generated
	 */
	ChecklistTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(ChecklistTemplate value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Round</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Round</em>' attribute.
	 * @see #setRound(int)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Round()
	 * @model
	 * @generated
	 */
	int getRound();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getRound <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' attribute.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(int value);

	/**
	 * Returns the value of the '<em><b>Redo Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rejected inspection this round redoes (推倒重来).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Redo Of</em>' reference.
	 * @see #setRedoOf(Inspection)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_RedoOf()
	 * @model
	 * @generated
	 */
	Inspection getRedoOf();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getRedoOf <em>Redo Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Redo Of</em>' reference.
	 * @see #getRedoOf()
	 * @generated
	 */
	void setRedoOf(Inspection value);

	/**
	 * Returns the value of the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Start</em>' attribute.
	 * @see #setPlannedStart(LocalDate)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_PlannedStart()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedStart();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getPlannedStart <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Start</em>' attribute.
	 * @see #getPlannedStart()
	 * @generated
	 */
	void setPlannedStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned End</em>' attribute.
	 * @see #setPlannedEnd(LocalDate)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_PlannedEnd()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedEnd();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getPlannedEnd <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned End</em>' attribute.
	 * @see #getPlannedEnd()
	 * @generated
	 */
	void setPlannedEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_StartedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Completed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed At</em>' attribute.
	 * @see #setCompletedAt(Instant)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_CompletedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getCompletedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getCompletedAt <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed At</em>' attribute.
	 * @see #getCompletedAt()
	 * @generated
	 */
	void setCompletedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Signed Off By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed Off By</em>' reference.
	 * @see #setSignedOffBy(Person)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_SignedOffBy()
	 * @model
	 * @generated
	 */
	Person getSignedOffBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getSignedOffBy <em>Signed Off By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed Off By</em>' reference.
	 * @see #getSignedOffBy()
	 * @generated
	 */
	void setSignedOffBy(Person value);

	/**
	 * Returns the value of the '<em><b>Signed Off At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed Off At</em>' attribute.
	 * @see #setSignedOffAt(Instant)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_SignedOffAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getSignedOffAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getSignedOffAt <em>Signed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed Off At</em>' attribute.
	 * @see #getSignedOffAt()
	 * @generated
	 */
	void setSignedOffAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rejection Reason</em>' attribute.
	 * @see #setRejectionReason(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_RejectionReason()
	 * @model
	 * @generated
	 */
	String getRejectionReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#getRejectionReason <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejection Reason</em>' attribute.
	 * @see #getRejectionReason()
	 * @generated
	 */
	void setRejectionReason(String value);

	/**
	 * Returns the value of the '<em><b>Before Resumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An inspection before a stopped mine resumes (复工复产): completed, it is the resumption check the mine's return to work needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Before Resumption</em>' attribute.
	 * @see #setBeforeResumption(boolean)
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_BeforeResumption()
	 * @model
	 * @generated
	 */
	boolean isBeforeResumption();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Inspection#isBeforeResumption <em>Before Resumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Resumption</em>' attribute.
	 * @see #isBeforeResumption()
	 * @generated
	 */
	void setBeforeResumption(boolean value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.TeamMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' containment reference list.
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Team()
	 * @model containment="true"
	 * @generated
	 */
	EList<TeamMember> getTeam();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.ItemResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemResult> getResults();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.minewatch.model.inspection.InspectionPackage#getInspection_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

} // Inspection
