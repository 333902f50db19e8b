/**
 */
package org.minewatch.model.inspection;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.base.Term;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.TeamMember#getPerson <em>Person</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.TeamMember#getSpeciality <em>Speciality</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.TeamMember#isLeader <em>Leader</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.inspection.InspectionPackage#getTeamMember()
 * @model
 * @generated
 */
public interface TeamMember extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.minewatch.model.inspection.InspectionPackage#getTeamMember_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.TeamMember#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Speciality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speciality</em>' reference.
	 * @see #setSpeciality(Term)
	 * @see org.minewatch.model.inspection.InspectionPackage#getTeamMember_Speciality()
	 * @model
	 * @generated
	 */
	Term getSpeciality();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.TeamMember#getSpeciality <em>Speciality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speciality</em>' reference.
	 * @see #getSpeciality()
	 * @generated
	 */
	void setSpeciality(Term value);

	/**
	 * Returns the value of the '<em><b>Leader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leader</em>' attribute.
	 * @see #setLeader(boolean)
	 * @see org.minewatch.model.inspection.InspectionPackage#getTeamMember_Leader()
	 * @model
	 * @generated
	 */
	boolean isLeader();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.TeamMember#isLeader <em>Leader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' attribute.
	 * @see #isLeader()
	 * @generated
	 */
	void setLeader(boolean value);

} // TeamMember
