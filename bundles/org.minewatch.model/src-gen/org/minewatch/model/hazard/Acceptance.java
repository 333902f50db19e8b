/**
 */
package org.minewatch.model.hazard;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.inspection.Attachment;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Acceptance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An on-site re-check by a person other than the rectifier.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.Acceptance#getCheckedBy <em>Checked By</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Acceptance#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Acceptance#isPassed <em>Passed</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Acceptance#getRemarks <em>Remarks</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Acceptance#getPhotosBefore <em>Photos Before</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Acceptance#getPhotosAfter <em>Photos After</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getAcceptance()
 * @model
 * @generated
 */
public interface Acceptance extends EObject {
	/**
	 * Returns the value of the '<em><b>Checked By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checked By</em>' reference.
	 * @see #setCheckedBy(Person)
	 * @see org.minewatch.model.hazard.HazardPackage#getAcceptance_CheckedBy()
	 * @model
	 * @generated
	 */
	Person getCheckedBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Acceptance#getCheckedBy <em>Checked By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked By</em>' reference.
	 * @see #getCheckedBy()
	 * @generated
	 */
	void setCheckedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checked At</em>' attribute.
	 * @see #setCheckedAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getAcceptance_CheckedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getCheckedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Acceptance#getCheckedAt <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked At</em>' attribute.
	 * @see #getCheckedAt()
	 * @generated
	 */
	void setCheckedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passed</em>' attribute.
	 * @see #setPassed(boolean)
	 * @see org.minewatch.model.hazard.HazardPackage#getAcceptance_Passed()
	 * @model
	 * @generated
	 */
	boolean isPassed();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Acceptance#isPassed <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passed</em>' attribute.
	 * @see #isPassed()
	 * @generated
	 */
	void setPassed(boolean value);

	/**
	 * Returns the value of the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remarks</em>' attribute.
	 * @see #setRemarks(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getAcceptance_Remarks()
	 * @model
	 * @generated
	 */
	String getRemarks();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Acceptance#getRemarks <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remarks</em>' attribute.
	 * @see #getRemarks()
	 * @generated
	 */
	void setRemarks(String value);

	/**
	 * Returns the value of the '<em><b>Photos Before</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Photos Before</em>' reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getAcceptance_PhotosBefore()
	 * @model
	 * @generated
	 */
	EList<Attachment> getPhotosBefore();

	/**
	 * Returns the value of the '<em><b>Photos After</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.inspection.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Photos After</em>' reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getAcceptance_PhotosAfter()
	 * @model
	 * @generated
	 */
	EList<Attachment> getPhotosAfter();

} // Acceptance
