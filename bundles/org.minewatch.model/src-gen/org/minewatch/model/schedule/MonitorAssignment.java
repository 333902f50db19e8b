/**
 */
package org.minewatch.model.schedule;

import java.time.LocalDate;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monitor Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.MonitorAssignment#getPerson <em>Person</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.MonitorAssignment#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.MonitorAssignment#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.MonitorAssignment#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.MonitorAssignment#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.schedule.SchedulePackage#getMonitorAssignment()
 * @model
 * @generated
 */
public interface MonitorAssignment extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.minewatch.model.schedule.SchedulePackage#getMonitorAssignment_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.MonitorAssignment#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.schedule.SchedulePackage#getMonitorAssignment_Mine()
	 * @model required="true"
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.MonitorAssignment#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.minewatch.model.schedule.SchedulePackage#getMonitorAssignment_StartDate()
	 * @model dataType="org.minewatch.model.base.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.MonitorAssignment#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.minewatch.model.schedule.SchedulePackage#getMonitorAssignment_EndDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.MonitorAssignment#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.schedule.MonitorReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see org.minewatch.model.schedule.MonitorReason
	 * @see #setReason(MonitorReason)
	 * @see org.minewatch.model.schedule.SchedulePackage#getMonitorAssignment_Reason()
	 * @model
	 * @generated
	 */
	MonitorReason getReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.MonitorAssignment#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see org.minewatch.model.schedule.MonitorReason
	 * @see #getReason()
	 * @generated
	 */
	void setReason(MonitorReason value);

} // MonitorAssignment
