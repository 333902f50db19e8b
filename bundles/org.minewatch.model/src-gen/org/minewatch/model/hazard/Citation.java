/**
 */
package org.minewatch.model.hazard;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Citation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Standard, edition and item a major hazard was judged under; the criterion itself when loaded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.Citation#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Citation#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Citation#getItem <em>Item</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Citation#getCriterion <em>Criterion</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getCitation()
 * @model
 * @generated
 */
public interface Citation extends EObject {
	/**
	 * Returns the value of the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standard</em>' attribute.
	 * @see #setStandard(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCitation_Standard()
	 * @model required="true"
	 * @generated
	 */
	String getStandard();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Citation#getStandard <em>Standard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' attribute.
	 * @see #getStandard()
	 * @generated
	 */
	void setStandard(String value);

	/**
	 * Returns the value of the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edition</em>' attribute.
	 * @see #setEdition(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCitation_Edition()
	 * @model required="true"
	 * @generated
	 */
	String getEdition();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Citation#getEdition <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition</em>' attribute.
	 * @see #getEdition()
	 * @generated
	 */
	void setEdition(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCitation_Item()
	 * @model required="true"
	 * @generated
	 */
	String getItem();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Citation#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(String value);

	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' reference.
	 * @see #setCriterion(Criterion)
	 * @see org.minewatch.model.hazard.HazardPackage#getCitation_Criterion()
	 * @model
	 * @generated
	 */
	Criterion getCriterion();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Citation#getCriterion <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(Criterion value);

} // Citation
