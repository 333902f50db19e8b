/**
 */
package org.minewatch.model.hazard;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.base.Edition;

import org.minewatch.model.registry.MineKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criteria Edition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One edition of a major-hazard determination standard, e.g. Order No. 4 (2020) for coal mines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.CriteriaEdition#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.CriteriaEdition#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.CriteriaEdition#getDeclaredSituations <em>Declared Situations</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.CriteriaEdition#getMissingNote <em>Missing Note</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.CriteriaEdition#getCategories <em>Categories</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getCriteriaEdition()
 * @model
 * @generated
 */
public interface CriteriaEdition extends Edition {
	/**
	 * Returns the value of the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standard</em>' attribute.
	 * @see #setStandard(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCriteriaEdition_Standard()
	 * @model required="true"
	 * @generated
	 */
	String getStandard();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.CriteriaEdition#getStandard <em>Standard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' attribute.
	 * @see #getStandard()
	 * @generated
	 */
	void setStandard(String value);

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' attribute list.
	 * The list contents are of type {@link org.minewatch.model.registry.MineKind}.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.MineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applies To</em>' attribute list.
	 * @see org.minewatch.model.registry.MineKind
	 * @see org.minewatch.model.hazard.HazardPackage#getCriteriaEdition_AppliesTo()
	 * @model
	 * @generated
	 */
	EList<MineKind> getAppliesTo();

	/**
	 * Returns the value of the '<em><b>Declared Situations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declared Situations</em>' attribute.
	 * @see #setDeclaredSituations(int)
	 * @see org.minewatch.model.hazard.HazardPackage#getCriteriaEdition_DeclaredSituations()
	 * @model
	 * @generated
	 */
	int getDeclaredSituations();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.CriteriaEdition#getDeclaredSituations <em>Declared Situations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declared Situations</em>' attribute.
	 * @see #getDeclaredSituations()
	 * @generated
	 */
	void setDeclaredSituations(int value);

	/**
	 * Returns the value of the '<em><b>Missing Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Note</em>' attribute.
	 * @see #setMissingNote(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getCriteriaEdition_MissingNote()
	 * @model
	 * @generated
	 */
	String getMissingNote();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.CriteriaEdition#getMissingNote <em>Missing Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Note</em>' attribute.
	 * @see #getMissingNote()
	 * @generated
	 */
	void setMissingNote(String value);

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.hazard.CriterionCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see org.minewatch.model.hazard.HazardPackage#getCriteriaEdition_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriterionCategory> getCategories();

} // CriteriaEdition
