/**
 */
package org.minewatch.model.inspection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.hazard.Hazard;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.Finding#getText <em>Text</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Finding#getResult <em>Result</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Finding#getHazards <em>Hazards</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.inspection.InspectionPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getFinding_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Finding#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' reference.
	 * @see #setResult(ItemResult)
	 * @see org.minewatch.model.inspection.InspectionPackage#getFinding_Result()
	 * @model
	 * @generated
	 */
	ItemResult getResult();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Finding#getResult <em>Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' reference.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(ItemResult value);

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.hazard.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' reference list.
	 * @see org.minewatch.model.inspection.InspectionPackage#getFinding_Hazards()
	 * @model
	 * @generated
	 */
	EList<Hazard> getHazards();

} // Finding
