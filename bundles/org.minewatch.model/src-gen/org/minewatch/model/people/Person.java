/**
 */
package org.minewatch.model.people;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.base.Term;

import org.minewatch.model.jurisdiction.Agency;

import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.people.Person#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getSpecialities <em>Specialities</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getCertificateNumber <em>Certificate Number</em>}</li>
 *   <li>{@link org.minewatch.model.people.Person#getAccount <em>Account</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.people.PeoplePackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' reference.
	 * @see #setAgency(Agency)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Agency()
	 * @model
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getAgency <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Mine()
	 * @model
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Specialities</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.base.Term}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Terms of the speciality vocabulary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specialities</em>' reference list.
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Specialities()
	 * @model
	 * @generated
	 */
	EList<Term> getSpecialities();

	/**
	 * Returns the value of the '<em><b>Certificate Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certificate Number</em>' attribute.
	 * @see #setCertificateNumber(String)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_CertificateNumber()
	 * @model
	 * @generated
	 */
	String getCertificateNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getCertificateNumber <em>Certificate Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Number</em>' attribute.
	 * @see #getCertificateNumber()
	 * @generated
	 */
	void setCertificateNumber(String value);

	/**
	 * Returns the value of the '<em><b>Account</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account</em>' containment reference.
	 * @see #setAccount(Account)
	 * @see org.minewatch.model.people.PeoplePackage#getPerson_Account()
	 * @model containment="true"
	 * @generated
	 */
	Account getAccount();

	/**
	 * Sets the value of the '{@link org.minewatch.model.people.Person#getAccount <em>Account</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account</em>' containment reference.
	 * @see #getAccount()
	 * @generated
	 */
	void setAccount(Account value);

} // Person
