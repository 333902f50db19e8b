/**
 */
package org.minewatch.model.registry;

import org.minewatch.model.jurisdiction.Jurisdiction;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mining enterprise; a group company is the parent of others.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.Enterprise#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Enterprise#getCreditCode <em>Credit Code</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Enterprise#isGroup <em>Group</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Enterprise#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Enterprise#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Enterprise#getAddress <em>Address</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.registry.RegistryPackage#getEnterprise()
 * @model
 * @generated
 */
public interface Enterprise extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getEnterprise_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Enterprise#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credit Code</em>' attribute.
	 * @see #setCreditCode(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getEnterprise_CreditCode()
	 * @model
	 * @generated
	 */
	String getCreditCode();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Enterprise#getCreditCode <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Code</em>' attribute.
	 * @see #getCreditCode()
	 * @generated
	 */
	void setCreditCode(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(boolean)
	 * @see org.minewatch.model.registry.RegistryPackage#getEnterprise_Group()
	 * @model
	 * @generated
	 */
	boolean isGroup();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Enterprise#isGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #isGroup()
	 * @generated
	 */
	void setGroup(boolean value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Enterprise)
	 * @see org.minewatch.model.registry.RegistryPackage#getEnterprise_Parent()
	 * @model
	 * @generated
	 */
	Enterprise getParent();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Enterprise#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.minewatch.model.registry.RegistryPackage#getEnterprise_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Enterprise#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getEnterprise_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Enterprise#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

} // Enterprise
