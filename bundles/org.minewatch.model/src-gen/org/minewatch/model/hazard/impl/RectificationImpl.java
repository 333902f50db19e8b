/**
 */
package org.minewatch.model.hazard.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.hazard.Rectification;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rectification</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationImpl#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationImpl#getResponsiblePersonName <em>Responsible Person Name</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationImpl#getFunds <em>Funds</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationImpl#getContingencyPlan <em>Contingency Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RectificationImpl extends MinimalEObjectImpl.Container implements Rectification {
	/**
	 * The default value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected String responsibleUnit = RESPONSIBLE_UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsiblePerson() <em>Responsible Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePerson()
	 * @generated
	 * @ordered
	 */
	protected Person responsiblePerson;

	/**
	 * The default value of the '{@link #getResponsiblePersonName() <em>Responsible Person Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePersonName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_PERSON_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsiblePersonName() <em>Responsible Person Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePersonName()
	 * @generated
	 * @ordered
	 */
	protected String responsiblePersonName = RESPONSIBLE_PERSON_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasures() <em>Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected String measures = MEASURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunds() <em>Funds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunds()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FUNDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunds() <em>Funds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunds()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal funds = FUNDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContingencyPlan() <em>Contingency Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContingencyPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTINGENCY_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContingencyPlan() <em>Contingency Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContingencyPlan()
	 * @generated
	 * @ordered
	 */
	protected String contingencyPlan = CONTINGENCY_PLAN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RectificationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HazardPackage.Literals.RECTIFICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleUnit() {
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(String newResponsibleUnit) {
		String oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getResponsiblePerson() {
		if (responsiblePerson != null && responsiblePerson.eIsProxy()) {
			InternalEObject oldResponsiblePerson = (InternalEObject)responsiblePerson;
			responsiblePerson = (Person)eResolveProxy(oldResponsiblePerson);
			if (responsiblePerson != oldResponsiblePerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON, oldResponsiblePerson, responsiblePerson));
			}
		}
		return responsiblePerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetResponsiblePerson() {
		return responsiblePerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsiblePerson(Person newResponsiblePerson) {
		Person oldResponsiblePerson = responsiblePerson;
		responsiblePerson = newResponsiblePerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON, oldResponsiblePerson, responsiblePerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsiblePersonName() {
		return responsiblePersonName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsiblePersonName(String newResponsiblePersonName) {
		String oldResponsiblePersonName = responsiblePersonName;
		responsiblePersonName = newResponsiblePersonName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON_NAME, oldResponsiblePersonName, responsiblePersonName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasures() {
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasures(String newMeasures) {
		String oldMeasures = measures;
		measures = newMeasures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION__MEASURES, oldMeasures, measures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getFunds() {
		return funds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunds(BigDecimal newFunds) {
		BigDecimal oldFunds = funds;
		funds = newFunds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION__FUNDS, oldFunds, funds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContingencyPlan() {
		return contingencyPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContingencyPlan(String newContingencyPlan) {
		String oldContingencyPlan = contingencyPlan;
		contingencyPlan = newContingencyPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION__CONTINGENCY_PLAN, oldContingencyPlan, contingencyPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HazardPackage.RECTIFICATION__RESPONSIBLE_UNIT:
				return getResponsibleUnit();
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON:
				if (resolve) return getResponsiblePerson();
				return basicGetResponsiblePerson();
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON_NAME:
				return getResponsiblePersonName();
			case HazardPackage.RECTIFICATION__MEASURES:
				return getMeasures();
			case HazardPackage.RECTIFICATION__FUNDS:
				return getFunds();
			case HazardPackage.RECTIFICATION__DEADLINE:
				return getDeadline();
			case HazardPackage.RECTIFICATION__CONTINGENCY_PLAN:
				return getContingencyPlan();
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
			case HazardPackage.RECTIFICATION__RESPONSIBLE_UNIT:
				setResponsibleUnit((String)newValue);
				return;
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON:
				setResponsiblePerson((Person)newValue);
				return;
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON_NAME:
				setResponsiblePersonName((String)newValue);
				return;
			case HazardPackage.RECTIFICATION__MEASURES:
				setMeasures((String)newValue);
				return;
			case HazardPackage.RECTIFICATION__FUNDS:
				setFunds((BigDecimal)newValue);
				return;
			case HazardPackage.RECTIFICATION__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case HazardPackage.RECTIFICATION__CONTINGENCY_PLAN:
				setContingencyPlan((String)newValue);
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
			case HazardPackage.RECTIFICATION__RESPONSIBLE_UNIT:
				setResponsibleUnit(RESPONSIBLE_UNIT_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON:
				setResponsiblePerson((Person)null);
				return;
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON_NAME:
				setResponsiblePersonName(RESPONSIBLE_PERSON_NAME_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION__MEASURES:
				setMeasures(MEASURES_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION__FUNDS:
				setFunds(FUNDS_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION__CONTINGENCY_PLAN:
				setContingencyPlan(CONTINGENCY_PLAN_EDEFAULT);
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
			case HazardPackage.RECTIFICATION__RESPONSIBLE_UNIT:
				return RESPONSIBLE_UNIT_EDEFAULT == null ? responsibleUnit != null : !RESPONSIBLE_UNIT_EDEFAULT.equals(responsibleUnit);
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON:
				return responsiblePerson != null;
			case HazardPackage.RECTIFICATION__RESPONSIBLE_PERSON_NAME:
				return RESPONSIBLE_PERSON_NAME_EDEFAULT == null ? responsiblePersonName != null : !RESPONSIBLE_PERSON_NAME_EDEFAULT.equals(responsiblePersonName);
			case HazardPackage.RECTIFICATION__MEASURES:
				return MEASURES_EDEFAULT == null ? measures != null : !MEASURES_EDEFAULT.equals(measures);
			case HazardPackage.RECTIFICATION__FUNDS:
				return FUNDS_EDEFAULT == null ? funds != null : !FUNDS_EDEFAULT.equals(funds);
			case HazardPackage.RECTIFICATION__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case HazardPackage.RECTIFICATION__CONTINGENCY_PLAN:
				return CONTINGENCY_PLAN_EDEFAULT == null ? contingencyPlan != null : !CONTINGENCY_PLAN_EDEFAULT.equals(contingencyPlan);
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
		result.append(" (responsibleUnit: ");
		result.append(responsibleUnit);
		result.append(", responsiblePersonName: ");
		result.append(responsiblePersonName);
		result.append(", measures: ");
		result.append(measures);
		result.append(", funds: ");
		result.append(funds);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", contingencyPlan: ");
		result.append(contingencyPlan);
		result.append(')');
		return result.toString();
	}

} //RectificationImpl
