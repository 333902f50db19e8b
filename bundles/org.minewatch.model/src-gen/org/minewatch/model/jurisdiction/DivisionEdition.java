/**
 */
package org.minewatch.model.jurisdiction;

import org.minewatch.model.base.Edition;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Division Edition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One edition of the administrative divisions, holding the nation as its root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.jurisdiction.DivisionEdition#getNation <em>Nation</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getDivisionEdition()
 * @model
 * @generated
 */
public interface DivisionEdition extends Edition {
	/**
	 * Returns the value of the '<em><b>Nation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nation</em>' containment reference.
	 * @see #setNation(Jurisdiction)
	 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getDivisionEdition_Nation()
	 * @model containment="true"
	 * @generated
	 */
	Jurisdiction getNation();

	/**
	 * Sets the value of the '{@link org.minewatch.model.jurisdiction.DivisionEdition#getNation <em>Nation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nation</em>' containment reference.
	 * @see #getNation()
	 * @generated
	 */
	void setNation(Jurisdiction value);

} // DivisionEdition
