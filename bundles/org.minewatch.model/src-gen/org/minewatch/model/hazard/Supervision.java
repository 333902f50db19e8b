/**
 */
package org.minewatch.model.hazard;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.jurisdiction.Agency;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.Supervision#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Supervision#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Supervision#getListedAt <em>Listed At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Supervision#getLiftedAt <em>Lifted At</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getSupervision()
 * @model
 * @generated
 */
public interface Supervision extends EObject {
	/**
	 * Returns the value of the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' reference.
	 * @see #setAgency(Agency)
	 * @see org.minewatch.model.hazard.HazardPackage#getSupervision_Agency()
	 * @model
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Supervision#getAgency <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getSupervision_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Supervision#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Listed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listed At</em>' attribute.
	 * @see #setListedAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getSupervision_ListedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getListedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Supervision#getListedAt <em>Listed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listed At</em>' attribute.
	 * @see #getListedAt()
	 * @generated
	 */
	void setListedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Lifted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lifted At</em>' attribute.
	 * @see #setLiftedAt(Instant)
	 * @see org.minewatch.model.hazard.HazardPackage#getSupervision_LiftedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getLiftedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Supervision#getLiftedAt <em>Lifted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifted At</em>' attribute.
	 * @see #getLiftedAt()
	 * @generated
	 */
	void setLiftedAt(Instant value);

} // Supervision
