/**
 */
package org.minewatch.model.people;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.jurisdiction.Jurisdiction;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.people.Account#getUsername <em>Username</em>}</li>
 *   <li>{@link org.minewatch.model.people.Account#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.minewatch.model.people.Account#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.minewatch.model.people.Account#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.people.PeoplePackage#getAccount()
 * @model
 * @generated
 */
public interface Account extends EObject {
	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.minewatch.model.people.PeoplePackage#getAccount_Username()
	 * @model required="true"
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Account#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.minewatch.model.people.PeoplePackage#getAccount_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Account#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link org.minewatch.model.people.Role}.
	 * The literals are from the enumeration {@link org.minewatch.model.people.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.minewatch.model.people.Role
	 * @see org.minewatch.model.people.PeoplePackage#getAccount_Roles()
	 * @model
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access is limited to this jurisdiction and those below it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' reference.
	 * @see #setScope(Jurisdiction)
	 * @see org.minewatch.model.people.PeoplePackage#getAccount_Scope()
	 * @model
	 * @generated
	 */
	Jurisdiction getScope();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Account#getScope <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' reference.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Jurisdiction value);

} // Account
