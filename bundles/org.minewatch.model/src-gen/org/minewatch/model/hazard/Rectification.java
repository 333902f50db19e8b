/**
 */
package org.minewatch.model.hazard;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rectification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 五落实: responsibility, measures, funds, time limit, contingency plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.Rectification#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Rectification#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Rectification#getResponsiblePersonName <em>Responsible Person Name</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Rectification#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Rectification#getFunds <em>Funds</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Rectification#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.Rectification#getContingencyPlan <em>Contingency Plan</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getRectification()
 * @model
 * @generated
 */
public interface Rectification extends EObject {
	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' attribute.
	 * @see #setResponsibleUnit(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectification_ResponsibleUnit()
	 * @model
	 * @generated
	 */
	String getResponsibleUnit();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Rectification#getResponsibleUnit <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' attribute.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Person</em>' reference.
	 * @see #setResponsiblePerson(Person)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectification_ResponsiblePerson()
	 * @model
	 * @generated
	 */
	Person getResponsiblePerson();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Rectification#getResponsiblePerson <em>Responsible Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Person</em>' reference.
	 * @see #getResponsiblePerson()
	 * @generated
	 */
	void setResponsiblePerson(Person value);

	/**
	 * Returns the value of the '<em><b>Responsible Person Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Person Name</em>' attribute.
	 * @see #setResponsiblePersonName(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectification_ResponsiblePersonName()
	 * @model
	 * @generated
	 */
	String getResponsiblePersonName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Rectification#getResponsiblePersonName <em>Responsible Person Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Person Name</em>' attribute.
	 * @see #getResponsiblePersonName()
	 * @generated
	 */
	void setResponsiblePersonName(String value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' attribute.
	 * @see #setMeasures(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectification_Measures()
	 * @model
	 * @generated
	 */
	String getMeasures();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Rectification#getMeasures <em>Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measures</em>' attribute.
	 * @see #getMeasures()
	 * @generated
	 */
	void setMeasures(String value);

	/**
	 * Returns the value of the '<em><b>Funds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funds</em>' attribute.
	 * @see #setFunds(BigDecimal)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectification_Funds()
	 * @model
	 * @generated
	 */
	BigDecimal getFunds();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Rectification#getFunds <em>Funds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funds</em>' attribute.
	 * @see #getFunds()
	 * @generated
	 */
	void setFunds(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectification_Deadline()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Rectification#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Contingency Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contingency Plan</em>' attribute.
	 * @see #setContingencyPlan(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectification_ContingencyPlan()
	 * @model
	 * @generated
	 */
	String getContingencyPlan();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.Rectification#getContingencyPlan <em>Contingency Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contingency Plan</em>' attribute.
	 * @see #getContingencyPlan()
	 * @generated
	 */
	void setContingencyPlan(String value);

} // Rectification
