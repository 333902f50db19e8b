/**
 */
package org.minewatch.model.registry;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The production status from a date on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.StatusChange#getStatus <em>Status</em>}</li>
 *   <li>{@link org.minewatch.model.registry.StatusChange#getSince <em>Since</em>}</li>
 *   <li>{@link org.minewatch.model.registry.StatusChange#getReason <em>Reason</em>}</li>
 *   <li>{@link org.minewatch.model.registry.StatusChange#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.registry.RegistryPackage#getStatusChange()
 * @model
 * @generated
 */
public interface StatusChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.ProductionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.minewatch.model.registry.ProductionStatus
	 * @see #setStatus(ProductionStatus)
	 * @see org.minewatch.model.registry.RegistryPackage#getStatusChange_Status()
	 * @model
	 * @generated
	 */
	ProductionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.StatusChange#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.minewatch.model.registry.ProductionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProductionStatus value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(LocalDate)
	 * @see org.minewatch.model.registry.RegistryPackage#getStatusChange_Since()
	 * @model dataType="org.minewatch.model.base.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getSince();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.StatusChange#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getStatusChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.StatusChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded By</em>' reference.
	 * @see #setRecordedBy(Person)
	 * @see org.minewatch.model.registry.RegistryPackage#getStatusChange_RecordedBy()
	 * @model
	 * @generated
	 */
	Person getRecordedBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.StatusChange#getRecordedBy <em>Recorded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' reference.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(Person value);

} // StatusChange
