/**
 */
package org.minewatch.model.registry;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Licence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.Licence#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Licence#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Licence#getIssuedBy <em>Issued By</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Licence#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Licence#getValidTo <em>Valid To</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.registry.RegistryPackage#getLicence()
 * @model
 * @generated
 */
public interface Licence extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.LicenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.registry.LicenceKind
	 * @see #setKind(LicenceKind)
	 * @see org.minewatch.model.registry.RegistryPackage#getLicence_Kind()
	 * @model
	 * @generated
	 */
	LicenceKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Licence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.registry.LicenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LicenceKind value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getLicence_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Licence#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Issued By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued By</em>' attribute.
	 * @see #setIssuedBy(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getLicence_IssuedBy()
	 * @model
	 * @generated
	 */
	String getIssuedBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Licence#getIssuedBy <em>Issued By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued By</em>' attribute.
	 * @see #getIssuedBy()
	 * @generated
	 */
	void setIssuedBy(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.minewatch.model.registry.RegistryPackage#getLicence_ValidFrom()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Licence#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(LocalDate)
	 * @see org.minewatch.model.registry.RegistryPackage#getLicence_ValidTo()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getValidTo();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Licence#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(LocalDate value);

} // Licence
