/**
 */
package org.minewatch.model.hazard;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deadline Extension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.DeadlineExtension#getPreviousDeadline <em>Previous Deadline</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.DeadlineExtension#getNewDeadline <em>New Deadline</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.DeadlineExtension#getReason <em>Reason</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.DeadlineExtension#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.DeadlineExtension#getApprovedAt <em>Approved At</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getDeadlineExtension()
 * @model
 * @generated
 */
public interface DeadlineExtension extends EObject {
	/**
	 * Returns the value of the '<em><b>Previous Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Previous Deadline</em>' attribute.
	 * @see #setPreviousDeadline(LocalDate)
	 * @see org.minewatch.model.hazard.HazardPackage#getDeadlineExtension_PreviousDeadline()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getPreviousDeadline();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.DeadlineExtension#getPreviousDeadline <em>Previous Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Deadline</em>' attribute.
	 * @see #getPreviousDeadline()
	 * @generated
	 */
	void setPreviousDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>New Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Deadline</em>' attribute.
	 * @see #setNewDeadline(LocalDate)
	 * @see org.minewatch.model.hazard.HazardPackage#getDeadlineExtension_NewDeadline()
	 * @model dataType="org.minewatch.model.base.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getNewDeadline();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.DeadlineExtension#getNewDeadline <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Deadline</em>' attribute.
	 * @see #getNewDeadline()
	 * @generated
	 */
	void setNewDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getDeadlineExtension_Reason()
	 * @model required="true"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.DeadlineExtension#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved By</em>' reference.
	 * @see #setApprovedBy(Person)
	 * @see org.minewatch.model.hazard.HazardPackage#getDeadlineExtension_ApprovedBy()
	 * @model
	 * @generated
	 */
	Person getApprovedBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.DeadlineExtension#getApprovedBy <em>Approved By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' reference.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Approved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved At</em>' attribute.
	 * @see #setApprovedAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getDeadlineExtension_ApprovedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getApprovedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.DeadlineExtension#getApprovedAt <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved At</em>' attribute.
	 * @see #getApprovedAt()
	 * @generated
	 */
	void setApprovedAt(Instant value);

} // DeadlineExtension
