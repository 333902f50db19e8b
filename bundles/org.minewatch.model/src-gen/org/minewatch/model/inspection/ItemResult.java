/**
 */
package org.minewatch.model.inspection;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.checklist.ChecklistItem;

import org.minewatch.model.hazard.Hazard;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getItem <em>Item</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getStateAsFound <em>State As Found</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#isFixedOnSpot <em>Fixed On Spot</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getHazard <em>Hazard</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getAnsweredBy <em>Answered By</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.ItemResult#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult()
 * @model
 * @generated
 */
public interface ItemResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ChecklistItem)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_Item()
	 * @model required="true"
	 * @generated
	 */
	ChecklistItem getItem();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ChecklistItem value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.inspection.ItemOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.minewatch.model.inspection.ItemOutcome
	 * @see #setOutcome(ItemOutcome)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_Outcome()
	 * @model
	 * @generated
	 */
	ItemOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.minewatch.model.inspection.ItemOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(ItemOutcome value);

	/**
	 * Returns the value of the '<em><b>State As Found</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state found, written out (写实).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State As Found</em>' attribute.
	 * @see #setStateAsFound(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_StateAsFound()
	 * @model
	 * @generated
	 */
	String getStateAsFound();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#getStateAsFound <em>State As Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State As Found</em>' attribute.
	 * @see #getStateAsFound()
	 * @generated
	 */
	void setStateAsFound(String value);

	/**
	 * Returns the value of the '<em><b>Fixed On Spot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed On Spot</em>' attribute.
	 * @see #setFixedOnSpot(boolean)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_FixedOnSpot()
	 * @model
	 * @generated
	 */
	boolean isFixedOnSpot();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#isFixedOnSpot <em>Fixed On Spot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed On Spot</em>' attribute.
	 * @see #isFixedOnSpot()
	 * @generated
	 */
	void setFixedOnSpot(boolean value);

	/**
	 * Returns the value of the '<em><b>Hazard</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazard</em>' reference.
	 * @see #setHazard(Hazard)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_Hazard()
	 * @model
	 * @generated
	 */
	Hazard getHazard();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#getHazard <em>Hazard</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hazard</em>' reference.
	 * @see #getHazard()
	 * @generated
	 */
	void setHazard(Hazard value);

	/**
	 * Returns the value of the '<em><b>Answered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered By</em>' reference.
	 * @see #setAnsweredBy(Person)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_AnsweredBy()
	 * @model
	 * @generated
	 */
	Person getAnsweredBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#getAnsweredBy <em>Answered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered By</em>' reference.
	 * @see #getAnsweredBy()
	 * @generated
	 */
	void setAnsweredBy(Person value);

	/**
	 * Returns the value of the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered At</em>' attribute.
	 * @see #setAnsweredAt(Instant)
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_AnsweredAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getAnsweredAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.ItemResult#getAnsweredAt <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered At</em>' attribute.
	 * @see #getAnsweredAt()
	 * @generated
	 */
	void setAnsweredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' reference list.
	 * @see org.minewatch.model.inspection.InspectionPackage#getItemResult_Attachments()
	 * @model
	 * @generated
	 */
	EList<Attachment> getAttachments();

} // ItemResult
