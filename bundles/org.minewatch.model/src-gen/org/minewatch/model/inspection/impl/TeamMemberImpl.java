/**
 */
package org.minewatch.model.inspection.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.base.Term;

import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.inspection.TeamMember;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Team Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.impl.TeamMemberImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.TeamMemberImpl#getSpeciality <em>Speciality</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.TeamMemberImpl#isLeader <em>Leader</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeamMemberImpl extends MinimalEObjectImpl.Container implements TeamMember {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The cached value of the '{@link #getSpeciality() <em>Speciality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeciality()
	 * @generated
	 * @ordered
	 */
	protected Term speciality;

	/**
	 * The default value of the '{@link #isLeader() <em>Leader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLeader()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LEADER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLeader() <em>Leader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLeader()
	 * @generated
	 * @ordered
	 */
	protected boolean leader = LEADER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeamMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.TEAM_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.TEAM_MEMBER__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.TEAM_MEMBER__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term getSpeciality() {
		if (speciality != null && speciality.eIsProxy()) {
			InternalEObject oldSpeciality = (InternalEObject)speciality;
			speciality = (Term)eResolveProxy(oldSpeciality);
			if (speciality != oldSpeciality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.TEAM_MEMBER__SPECIALITY, oldSpeciality, speciality));
			}
		}
		return speciality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Term basicGetSpeciality() {
		return speciality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeciality(Term newSpeciality) {
		Term oldSpeciality = speciality;
		speciality = newSpeciality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.TEAM_MEMBER__SPECIALITY, oldSpeciality, speciality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLeader() {
		return leader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeader(boolean newLeader) {
		boolean oldLeader = leader;
		leader = newLeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.TEAM_MEMBER__LEADER, oldLeader, leader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.TEAM_MEMBER__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case InspectionPackage.TEAM_MEMBER__SPECIALITY:
				if (resolve) return getSpeciality();
				return basicGetSpeciality();
			case InspectionPackage.TEAM_MEMBER__LEADER:
				return isLeader();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.TEAM_MEMBER__PERSON:
				setPerson((Person)newValue);
				return;
			case InspectionPackage.TEAM_MEMBER__SPECIALITY:
				setSpeciality((Term)newValue);
				return;
			case InspectionPackage.TEAM_MEMBER__LEADER:
				setLeader((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InspectionPackage.TEAM_MEMBER__PERSON:
				setPerson((Person)null);
				return;
			case InspectionPackage.TEAM_MEMBER__SPECIALITY:
				setSpeciality((Term)null);
				return;
			case InspectionPackage.TEAM_MEMBER__LEADER:
				setLeader(LEADER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InspectionPackage.TEAM_MEMBER__PERSON:
				return person != null;
			case InspectionPackage.TEAM_MEMBER__SPECIALITY:
				return speciality != null;
			case InspectionPackage.TEAM_MEMBER__LEADER:
				return leader != LEADER_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (leader: ");
		result.append(leader);
		result.append(')');
		return result.toString();
	}

} //TeamMemberImpl
