/**
 */
package org.minewatch.model.hazard;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.Transition#getFrom <em>From</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Transition#getTo <em>To</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Transition#getAt <em>At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Transition#getBy <em>By</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Transition#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getTransition()
 * @model
 * @generated
 */
public interface Transition extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.hazard.HazardState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardState
	 * @see #setFrom(HazardState)
	 * @see org.minewatch.model.hazard.HazardPackage#getTransition_From()
	 * @model
	 * @generated
	 */
	HazardState getFrom();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Transition#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardState
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(HazardState value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.hazard.HazardState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardState
	 * @see #setTo(HazardState)
	 * @see org.minewatch.model.hazard.HazardPackage#getTransition_To()
	 * @model
	 * @generated
	 */
	HazardState getTo();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Transition#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see org.minewatch.model.hazard.HazardState
	 * @see #getTo()
	 * @generated
	 */
	void setTo(HazardState value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getTransition_At()
	 * @model dataType="org.minewatch.model.base.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Transition#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' reference.
	 * @see #setBy(Person)
	 * @see org.minewatch.model.hazard.HazardPackage#getTransition_By()
	 * @model
	 * @generated
	 */
	Person getBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Transition#getBy <em>By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' reference.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(Person value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getTransition_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Transition#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // Transition
