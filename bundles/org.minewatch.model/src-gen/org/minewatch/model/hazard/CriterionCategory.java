/**
 */
package org.minewatch.model.hazard;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.CriterionCategory#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.CriterionCategory#getArticle <em>Article</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.CriterionCategory#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.CriterionCategory#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getCriterionCategory()
 * @model
 * @generated
 */
public interface CriterionCategory extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCriterionCategory_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.CriterionCategory#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' attribute.
	 * @see #setArticle(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCriterionCategory_Article()
	 * @model
	 * @generated
	 */
	String getArticle();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.CriterionCategory#getArticle <em>Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' attribute.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCriterionCategory_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.CriterionCategory#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.hazard.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getCriterionCategory_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

} // CriterionCategory
