/**
 */
package org.minewatch.model.hazard;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Term;

import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.ItemResult;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hazard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hazard found at a mine, tracked to closure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getArea <em>Area</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getPlace <em>Place</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getDescription <em>Description</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getMineGrade <em>Mine Grade</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getCategory <em>Category</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getCitation <em>Citation</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getSource <em>Source</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getSourceInspection <em>Source Inspection</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getSourceResult <em>Source Result</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getFoundBy <em>Found By</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getFoundAt <em>Found At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getState <em>State</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#isFixedOnSpot <em>Fixed On Spot</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#isAreaStopped <em>Area Stopped</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#isPeopleWithdrawn <em>People Withdrawn</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getReportedAt <em>Reported At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getUncitedReason <em>Uncited Reason</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getAcceptanceRequestedAt <em>Acceptance Requested At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getRectification <em>Rectification</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getSupervision <em>Supervision</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getExtensions <em>Extensions</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getAcceptances <em>Acceptances</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getRepeatOf <em>Repeat Of</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Hazard#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getHazard()
 * @model
 * @generated
 */
public interface Hazard extends LegalRecord {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Mine()
	 * @model required="true"
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(MineArea)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Area()
	 * @model
	 * @generated
	 */
	MineArea getArea();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(MineArea value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.hazard.HazardGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardGrade
	 * @see #setGrade(HazardGrade)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Grade()
	 * @model
	 * @generated
	 */
	HazardGrade getGrade();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardGrade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(HazardGrade value);

	/**
	 * Returns the value of the '<em><b>Mine Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.hazard.MineHazardGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine Grade</em>' attribute.
	 * @see org.minewatch.model.hazard.MineHazardGrade
	 * @see #setMineGrade(MineHazardGrade)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_MineGrade()
	 * @model
	 * @generated
	 */
	MineHazardGrade getMineGrade();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getMineGrade <em>Mine Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine Grade</em>' attribute.
	 * @see org.minewatch.model.hazard.MineHazardGrade
	 * @see #getMineGrade()
	 * @generated
	 */
	void setMineGrade(MineHazardGrade value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A term of the hazard-category vocabulary (class or subclass).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' reference.
	 * @see #setCategory(Term)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Category()
	 * @model
	 * @generated
	 */
	Term getCategory();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getCategory <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' reference.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(Term value);

	/**
	 * Returns the value of the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citation</em>' containment reference.
	 * @see #setCitation(Citation)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Citation()
	 * @model containment="true"
	 * @generated
	 */
	Citation getCitation();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getCitation <em>Citation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation</em>' containment reference.
	 * @see #getCitation()
	 * @generated
	 */
	void setCitation(Citation value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.hazard.HazardSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardSource
	 * @see #setSource(HazardSource)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Source()
	 * @model
	 * @generated
	 */
	HazardSource getSource();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(HazardSource value);

	/**
	 * Returns the value of the '<em><b>Source Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Inspection</em>' reference.
	 * @see #setSourceInspection(Inspection)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_SourceInspection()
	 * @model
	 * @generated
	 */
	Inspection getSourceInspection();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getSourceInspection <em>Source Inspection</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Inspection</em>' reference.
	 * @see #getSourceInspection()
	 * @generated
	 */
	void setSourceInspection(Inspection value);

	/**
	 * Returns the value of the '<em><b>Source Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Result</em>' reference.
	 * @see #setSourceResult(ItemResult)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_SourceResult()
	 * @model
	 * @generated
	 */
	ItemResult getSourceResult();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getSourceResult <em>Source Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Result</em>' reference.
	 * @see #getSourceResult()
	 * @generated
	 */
	void setSourceResult(ItemResult value);

	/**
	 * Returns the value of the '<em><b>Found By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Found By</em>' reference.
	 * @see #setFoundBy(Person)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_FoundBy()
	 * @model
	 * @generated
	 */
	Person getFoundBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getFoundBy <em>Found By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Found By</em>' reference.
	 * @see #getFoundBy()
	 * @generated
	 */
	void setFoundBy(Person value);

	/**
	 * Returns the value of the '<em><b>Found At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Found At</em>' attribute.
	 * @see #setFoundAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_FoundAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getFoundAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getFoundAt <em>Found At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Found At</em>' attribute.
	 * @see #getFoundAt()
	 * @generated
	 */
	void setFoundAt(Instant value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.hazard.HazardState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardState
	 * @see #setState(HazardState)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_State()
	 * @model
	 * @generated
	 */
	HazardState getState();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardState
	 * @see #getState()
	 * @generated
	 */
	void setState(HazardState value);

	/**
	 * Returns the value of the '<em><b>Fixed On Spot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed On Spot</em>' attribute.
	 * @see #setFixedOnSpot(boolean)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_FixedOnSpot()
	 * @model
	 * @generated
	 */
	boolean isFixedOnSpot();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#isFixedOnSpot <em>Fixed On Spot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed On Spot</em>' attribute.
	 * @see #isFixedOnSpot()
	 * @generated
	 */
	void setFixedOnSpot(boolean value);

	/**
	 * Returns the value of the '<em><b>Area Stopped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area Stopped</em>' attribute.
	 * @see #setAreaStopped(boolean)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_AreaStopped()
	 * @model
	 * @generated
	 */
	boolean isAreaStopped();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#isAreaStopped <em>Area Stopped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Stopped</em>' attribute.
	 * @see #isAreaStopped()
	 * @generated
	 */
	void setAreaStopped(boolean value);

	/**
	 * Returns the value of the '<em><b>People Withdrawn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A major hazard: the people withdrawn from the threatened area, recorded at registration with the stop.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People Withdrawn</em>' attribute.
	 * @see #setPeopleWithdrawn(boolean)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_PeopleWithdrawn()
	 * @model
	 * @generated
	 */
	boolean isPeopleWithdrawn();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#isPeopleWithdrawn <em>People Withdrawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>People Withdrawn</em>' attribute.
	 * @see #isPeopleWithdrawn()
	 * @generated
	 */
	void setPeopleWithdrawn(boolean value);

	/**
	 * Returns the value of the '<em><b>Reported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A major hazard: when it was reported in writing to the regulator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reported At</em>' attribute.
	 * @see #setReportedAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_ReportedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getReportedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getReportedAt <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported At</em>' attribute.
	 * @see #getReportedAt()
	 * @generated
	 */
	void setReportedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Uncited Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why a major hazard cites no situation of a loaded standard (a mine kind without one, a situation missing from the data), in the person's words; such a hazard is for the regulator's review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uncited Reason</em>' attribute.
	 * @see #setUncitedReason(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_UncitedReason()
	 * @model
	 * @generated
	 */
	String getUncitedReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getUncitedReason <em>Uncited Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uncited Reason</em>' attribute.
	 * @see #getUncitedReason()
	 * @generated
	 */
	void setUncitedReason(String value);

	/**
	 * Returns the value of the '<em><b>Acceptance Requested At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A listed major hazard: when the mine asked the listing regulator to verify the rectification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acceptance Requested At</em>' attribute.
	 * @see #setAcceptanceRequestedAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_AcceptanceRequestedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getAcceptanceRequestedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getAcceptanceRequestedAt <em>Acceptance Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acceptance Requested At</em>' attribute.
	 * @see #getAcceptanceRequestedAt()
	 * @generated
	 */
	void setAcceptanceRequestedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Rectification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rectification</em>' containment reference.
	 * @see #setRectification(Rectification)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Rectification()
	 * @model containment="true"
	 * @generated
	 */
	Rectification getRectification();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getRectification <em>Rectification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rectification</em>' containment reference.
	 * @see #getRectification()
	 * @generated
	 */
	void setRectification(Rectification value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' containment reference.
	 * @see #setPlan(RectificationPlan)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Plan()
	 * @model containment="true"
	 * @generated
	 */
	RectificationPlan getPlan();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getPlan <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' containment reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(RectificationPlan value);

	/**
	 * Returns the value of the '<em><b>Supervision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervision</em>' containment reference.
	 * @see #setSupervision(Supervision)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Supervision()
	 * @model containment="true"
	 * @generated
	 */
	Supervision getSupervision();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getSupervision <em>Supervision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervision</em>' containment reference.
	 * @see #getSupervision()
	 * @generated
	 */
	void setSupervision(Supervision value);

	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.hazard.DeadlineExtension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extensions</em>' containment reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Extensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeadlineExtension> getExtensions();

	/**
	 * Returns the value of the '<em><b>Acceptances</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.hazard.Acceptance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acceptances</em>' containment reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Acceptances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Acceptance> getAcceptances();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.hazard.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transition> getTransitions();

	/**
	 * Returns the value of the '<em><b>Repeat Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The closed hazard this one repeats (屡查屡犯).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repeat Of</em>' reference.
	 * @see #setRepeatOf(Hazard)
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_RepeatOf()
	 * @model
	 * @generated
	 */
	Hazard getRepeatOf();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Hazard#getRepeatOf <em>Repeat Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeat Of</em>' reference.
	 * @see #getRepeatOf()
	 * @generated
	 */
	void setRepeatOf(Hazard value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Photos and documents of the hazard and its rectification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getHazard_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

} // Hazard
