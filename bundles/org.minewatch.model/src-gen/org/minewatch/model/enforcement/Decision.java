/**
 */
package org.minewatch.model.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.hazard.Hazard;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.enforcement.Decision#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Decision#getText <em>Text</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Decision#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Decision#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Decision#getFine <em>Fine</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.Decision#getHazards <em>Hazards</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.enforcement.DecisionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.enforcement.DecisionKind
	 * @see #setKind(DecisionKind)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecision_Kind()
	 * @model
	 * @generated
	 */
	DecisionKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Decision#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.enforcement.DecisionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DecisionKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecision_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Decision#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecision_Deadline()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Decision#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see #setLegalBasis(String)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecision_LegalBasis()
	 * @model
	 * @generated
	 */
	String getLegalBasis();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Decision#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(String value);

	/**
	 * Returns the value of the '<em><b>Fine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fine</em>' attribute.
	 * @see #setFine(BigDecimal)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecision_Fine()
	 * @model
	 * @generated
	 */
	BigDecimal getFine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.Decision#getFine <em>Fine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fine</em>' attribute.
	 * @see #getFine()
	 * @generated
	 */
	void setFine(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.hazard.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' reference list.
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecision_Hazards()
	 * @model
	 * @generated
	 */
	EList<Hazard> getHazards();

} // Decision
