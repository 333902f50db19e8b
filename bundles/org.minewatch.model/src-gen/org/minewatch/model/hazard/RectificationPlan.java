/**
 */
package org.minewatch.model.hazard;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rectification Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The plan a major hazard needs before rectification starts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.RectificationPlan#getGoalsAndTasks <em>Goals And Tasks</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.RectificationPlan#getMethodsAndMeasures <em>Methods And Measures</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.RectificationPlan#getFundsAndMaterials <em>Funds And Materials</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.RectificationPlan#getResponsibleBodies <em>Responsible Bodies</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.RectificationPlan#getTimeLimit <em>Time Limit</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.RectificationPlan#getSafetyMeasures <em>Safety Measures</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.hazard.HazardPackage#getRectificationPlan()
 * @model
 * @generated
 */
public interface RectificationPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Goals And Tasks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals And Tasks</em>' attribute.
	 * @see #setGoalsAndTasks(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectificationPlan_GoalsAndTasks()
	 * @model
	 * @generated
	 */
	String getGoalsAndTasks();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.RectificationPlan#getGoalsAndTasks <em>Goals And Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goals And Tasks</em>' attribute.
	 * @see #getGoalsAndTasks()
	 * @generated
	 */
	void setGoalsAndTasks(String value);

	/**
	 * Returns the value of the '<em><b>Methods And Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Methods And Measures</em>' attribute.
	 * @see #setMethodsAndMeasures(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectificationPlan_MethodsAndMeasures()
	 * @model
	 * @generated
	 */
	String getMethodsAndMeasures();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.RectificationPlan#getMethodsAndMeasures <em>Methods And Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Methods And Measures</em>' attribute.
	 * @see #getMethodsAndMeasures()
	 * @generated
	 */
	void setMethodsAndMeasures(String value);

	/**
	 * Returns the value of the '<em><b>Funds And Materials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funds And Materials</em>' attribute.
	 * @see #setFundsAndMaterials(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectificationPlan_FundsAndMaterials()
	 * @model
	 * @generated
	 */
	String getFundsAndMaterials();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.RectificationPlan#getFundsAndMaterials <em>Funds And Materials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funds And Materials</em>' attribute.
	 * @see #getFundsAndMaterials()
	 * @generated
	 */
	void setFundsAndMaterials(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Bodies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Bodies</em>' attribute.
	 * @see #setResponsibleBodies(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectificationPlan_ResponsibleBodies()
	 * @model
	 * @generated
	 */
	String getResponsibleBodies();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.RectificationPlan#getResponsibleBodies <em>Responsible Bodies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Bodies</em>' attribute.
	 * @see #getResponsibleBodies()
	 * @generated
	 */
	void setResponsibleBodies(String value);

	/**
	 * Returns the value of the '<em><b>Time Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Limit</em>' attribute.
	 * @see #setTimeLimit(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectificationPlan_TimeLimit()
	 * @model
	 * @generated
	 */
	String getTimeLimit();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.RectificationPlan#getTimeLimit <em>Time Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Limit</em>' attribute.
	 * @see #getTimeLimit()
	 * @generated
	 */
	void setTimeLimit(String value);

	/**
	 * Returns the value of the '<em><b>Safety Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Safety Measures</em>' attribute.
	 * @see #setSafetyMeasures(String)
	 * @see org.minewatch.model.hazard.HazardPackage#getRectificationPlan_SafetyMeasures()
	 * @model
	 * @generated
	 */
	String getSafetyMeasures();

	/**
	 * Sets the value of the '{@link org.minewatch.model.hazard.RectificationPlan#getSafetyMeasures <em>Safety Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safety Measures</em>' attribute.
	 * @see #getSafetyMeasures()
	 * @generated
	 */
	void setSafetyMeasures(String value);

} // RectificationPlan
