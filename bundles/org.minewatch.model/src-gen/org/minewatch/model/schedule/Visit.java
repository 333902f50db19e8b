/**
 */
package org.minewatch.model.schedule;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.inspection.Inspection;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A patrol, surprise check, closed-mine check or pre-resumption check.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.schedule.Visit#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.Visit#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.Visit#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.Visit#getDoneDate <em>Done Date</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.Visit#getTeam <em>Team</em>}</li>
 *   <li>{@link org.minewatch.model.schedule.Visit#getInspection <em>Inspection</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.schedule.SchedulePackage#getVisit()
 * @model
 * @generated
 */
public interface Visit extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.schedule.VisitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.schedule.VisitKind
	 * @see #setKind(VisitKind)
	 * @see org.minewatch.model.schedule.SchedulePackage#getVisit_Kind()
	 * @model
	 * @generated
	 */
	VisitKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.Visit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.schedule.VisitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(VisitKind value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.schedule.SchedulePackage#getVisit_Mine()
	 * @model required="true"
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.Visit#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Date</em>' attribute.
	 * @see #setPlannedDate(LocalDate)
	 * @see org.minewatch.model.schedule.SchedulePackage#getVisit_PlannedDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.Visit#getPlannedDate <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date</em>' attribute.
	 * @see #getPlannedDate()
	 * @generated
	 */
	void setPlannedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Done Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done Date</em>' attribute.
	 * @see #setDoneDate(LocalDate)
	 * @see org.minewatch.model.schedule.SchedulePackage#getVisit_DoneDate()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getDoneDate();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.Visit#getDoneDate <em>Done Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done Date</em>' attribute.
	 * @see #getDoneDate()
	 * @generated
	 */
	void setDoneDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference list.
	 * The list contents are of type {@link org.minewatch.model.people.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference list.
	 * @see org.minewatch.model.schedule.SchedulePackage#getVisit_Team()
	 * @model
	 * @generated
	 */
	EList<Person> getTeam();

	/**
	 * Returns the value of the '<em><b>Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspection</em>' reference.
	 * @see #setInspection(Inspection)
	 * @see org.minewatch.model.schedule.SchedulePackage#getVisit_Inspection()
	 * @model
	 * @generated
	 */
	Inspection getInspection();

	/**
	 * Sets the value of the '{@link org.minewatch.model.schedule.Visit#getInspection <em>Inspection</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection</em>' reference.
	 * @see #getInspection()
	 * @generated
	 */
	void setInspection(Inspection value);

} // Visit
