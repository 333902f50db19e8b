/**
 */
package org.minewatch.model.enforcement;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.enforcement.Signature#getRole <em>Role</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Signature#getPerson <em>Person</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Signature#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Signature#getSignedAt <em>Signed At</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.enforcement.EnforcementPackage#getSignature()
 * @model
 * @generated
 */
public interface Signature extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.enforcement.SignerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.minewatch.model.enforcement.SignerRole
	 * @see #setRole(SignerRole)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getSignature_Role()
	 * @model
	 * @generated
	 */
	SignerRole getRole();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Signature#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.minewatch.model.enforcement.SignerRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(SignerRole value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getSignature_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Signature#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getSignature_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Signature#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(Instant)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getSignature_SignedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getSignedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Signature#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(Instant value);

} // Signature
