/**
 */
package org.minewatch.model.jurisdiction;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A supervising body: the national bureau, a provincial supervision bureau or sub-bureau, or a local regulator at province, city or county level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.jurisdiction.Agency#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Agency#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Agency#getLevel <em>Level</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Agency#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Agency#getCovers <em>Covers</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Agency#getNames <em>Names</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgency()
 * @model
 * @generated
 */
public interface Agency extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.jurisdiction.AgencyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.AgencyKind
	 * @see #setKind(AgencyKind)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgency_Kind()
	 * @model
	 * @generated
	 */
	AgencyKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Agency#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.AgencyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AgencyKind value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.jurisdiction.RegulatorDepartment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a local regulator: the department of the local government it belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.RegulatorDepartment
	 * @see #setDepartment(RegulatorDepartment)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgency_Department()
	 * @model
	 * @generated
	 */
	RegulatorDepartment getDepartment();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Agency#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.RegulatorDepartment
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(RegulatorDepartment value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.jurisdiction.JurisdictionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @see #setLevel(JurisdictionLevel)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgency_Level()
	 * @model
	 * @generated
	 */
	JurisdictionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Agency#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(JurisdictionLevel value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Agency)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgency_Parent()
	 * @model
	 * @generated
	 */
	Agency getParent();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Agency#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Agency value);

	/**
	 * Returns the value of the '<em><b>Covers</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.jurisdiction.Jurisdiction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The jurisdictions the agency supervises.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covers</em>' reference list.
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgency_Covers()
	 * @model
	 * @generated
	 */
	EList<Jurisdiction> getCovers();

	/**
	 * Returns the value of the '<em><b>Names</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.jurisdiction.AgencyName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agencies are renamed: each name with the dates it was used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Names</em>' containment reference list.
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgency_Names()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgencyName> getNames();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model dateDataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	String nameOn(LocalDate date);

} // Agency
