/**
 */
package org.minewatch.model.jurisdiction;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Jurisdiction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node of the division tree: nation, province, prefecture or county-level area, with its six-digit code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#getKey <em>Key</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#getCode <em>Code</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#getLevel <em>Level</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#isFunctionalZone <em>Functional Zone</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.Jurisdiction#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction()
 * @model
 * @generated
 */
public interface Jurisdiction extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code as the data set gives it (2 digits for a province, 4 for a prefecture, 6 for a county; CN for the nation): unique, where six-digit codes repeat because a prefecture-level city without counties is listed again as its own county-level area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_Key()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Jurisdiction#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The six-digit code of the statistical division code list (统计用区划代码): GB/T 2260's code for an administrative division, a code of the list's own for a development zone (see functionalZone).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Jurisdiction#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Jurisdiction#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Jurisdiction#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.jurisdiction.JurisdictionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @see #setLevel(JurisdictionLevel)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_Level()
	 * @model
	 * @generated
	 */
	JurisdictionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Jurisdiction#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(JurisdictionLevel value);

	/**
	 * Returns the value of the '<em><b>Functional Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A development zone, management district or similar area to which the statistical code list gives a county-level code (fifth digit 7, e.g. 130171, 152571): not an administrative division of GB/T 2260. Kept, since mines lie in them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Functional Zone</em>' attribute.
	 * @see #setFunctionalZone(boolean)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_FunctionalZone()
	 * @model
	 * @generated
	 */
	boolean isFunctionalZone();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Jurisdiction#isFunctionalZone <em>Functional Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Functional Zone</em>' attribute.
	 * @see #isFunctionalZone()
	 * @generated
	 */
	void setFunctionalZone(boolean value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.minewatch.model.jurisdiction.Jurisdiction#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Jurisdiction)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_Parent()
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getChildren
	 * @model opposite="children" transient="false"
	 * @generated
	 */
	Jurisdiction getParent();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.Jurisdiction#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.jurisdiction.Jurisdiction}.
	 * It is bidirectional and its opposite is '{@link org.minewatch.model.jurisdiction.Jurisdiction#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getJurisdiction_Children()
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Jurisdiction> getChildren();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean contains(Jurisdiction other);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	Jurisdiction province();

} // Jurisdiction
