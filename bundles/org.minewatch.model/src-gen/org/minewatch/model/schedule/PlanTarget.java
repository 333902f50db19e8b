/**
 */
package org.minewatch.model.schedule;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.PlanTarget#getOrder <em>Order</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.PlanTarget#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.PlanTarget#getTeam <em>Team</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.PlanTarget#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.PlanTarget#getDays <em>Days</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.schedule.SchedulePackage#getPlanTarget()
 * @model
 * @generated
 */
public interface PlanTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.minewatch.model.schedule.SchedulePackage#getPlanTarget_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.PlanTarget#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.schedule.SchedulePackage#getPlanTarget_Mine()
	 * @model required="true"
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.PlanTarget#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference.
	 * @see #setTeam(PlanTeam)
	 * @see org.minewatch.model.schedule.SchedulePackage#getPlanTarget_Team()
	 * @model
	 * @generated
	 */
	PlanTeam getTeam();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.PlanTarget#getTeam <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(PlanTeam value);

	/**
	 * Returns the value of the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Start</em>' attribute.
	 * @see #setPlannedStart(LocalDate)
	 * @see org.minewatch.model.schedule.SchedulePackage#getPlanTarget_PlannedStart()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedStart();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.PlanTarget#getPlannedStart <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Start</em>' attribute.
	 * @see #getPlannedStart()
	 * @generated
	 */
	void setPlannedStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days</em>' attribute.
	 * @see #setDays(int)
	 * @see org.minewatch.model.schedule.SchedulePackage#getPlanTarget_Days()
	 * @model
	 * @generated
	 */
	int getDays();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.PlanTarget#getDays <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days</em>' attribute.
	 * @see #getDays()
	 * @generated
	 */
	void setDays(int value);

} // PlanTarget
