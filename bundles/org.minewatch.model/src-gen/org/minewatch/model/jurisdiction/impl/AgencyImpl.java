/**
 */
package org.minewatch.model.jurisdiction.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.AgencyName;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.jurisdiction.JurisdictionPackage;
import org.minewatch.model.jurisdiction.RegulatorDepartment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.AgencyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.AgencyImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.AgencyImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.AgencyImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.AgencyImpl#getCovers <em>Covers</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.AgencyImpl#getNames <em>Names</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgencyImpl extends RecordImpl implements Agency {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AgencyKind KIND_EDEFAULT = AgencyKind.NATIONAL_BUREAU;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AgencyKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final RegulatorDepartment DEPARTMENT_EDEFAULT = RegulatorDepartment.UNSTATED;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected RegulatorDepartment department = DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final JurisdictionLevel LEVEL_EDEFAULT = JurisdictionLevel.NATION;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected JurisdictionLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Agency parent;

	/**
	 * The cached value of the '{@link #getCovers() <em>Covers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovers()
	 * @generated
	 * @ordered
	 */
	protected EList<Jurisdiction> covers;

	/**
	 * The cached value of the '{@link #getNames() <em>Names</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNames()
	 * @generated
	 * @ordered
	 */
	protected EList<AgencyName> names;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JurisdictionPackage.Literals.AGENCY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgencyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AgencyKind newKind) {
		AgencyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.AGENCY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegulatorDepartment getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(RegulatorDepartment newDepartment) {
		RegulatorDepartment oldDepartment = department;
		department = newDepartment == null ? DEPARTMENT_EDEFAULT : newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.AGENCY__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JurisdictionLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(JurisdictionLevel newLevel) {
		JurisdictionLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.AGENCY__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Agency)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JurisdictionPackage.AGENCY__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agency basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Agency newParent) {
		Agency oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.AGENCY__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Jurisdiction> getCovers() {
		if (covers == null) {
			covers = new EObjectResolvingEList<Jurisdiction>(Jurisdiction.class, this, JurisdictionPackage.AGENCY__COVERS);
		}
		return covers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgencyName> getNames() {
		if (names == null) {
			names = new EObjectContainmentEList<AgencyName>(AgencyName.class, this, JurisdictionPackage.AGENCY__NAMES);
		}
		return names;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String nameOn(final LocalDate date) {
		return org.minewatch.model.internal.AgencyNames.nameOn(this, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JurisdictionPackage.AGENCY__NAMES:
				return ((InternalEList<?>)getNames()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JurisdictionPackage.AGENCY__KIND:
				return getKind();
			case JurisdictionPackage.AGENCY__DEPARTMENT:
				return getDepartment();
			case JurisdictionPackage.AGENCY__LEVEL:
				return getLevel();
			case JurisdictionPackage.AGENCY__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case JurisdictionPackage.AGENCY__COVERS:
				return getCovers();
			case JurisdictionPackage.AGENCY__NAMES:
				return getNames();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JurisdictionPackage.AGENCY__KIND:
				setKind((AgencyKind)newValue);
				return;
			case JurisdictionPackage.AGENCY__DEPARTMENT:
				setDepartment((RegulatorDepartment)newValue);
				return;
			case JurisdictionPackage.AGENCY__LEVEL:
				setLevel((JurisdictionLevel)newValue);
				return;
			case JurisdictionPackage.AGENCY__PARENT:
				setParent((Agency)newValue);
				return;
			case JurisdictionPackage.AGENCY__COVERS:
				getCovers().clear();
				getCovers().addAll((Collection<? extends Jurisdiction>)newValue);
				return;
			case JurisdictionPackage.AGENCY__NAMES:
				getNames().clear();
				getNames().addAll((Collection<? extends AgencyName>)newValue);
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
			case JurisdictionPackage.AGENCY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JurisdictionPackage.AGENCY__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case JurisdictionPackage.AGENCY__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case JurisdictionPackage.AGENCY__PARENT:
				setParent((Agency)null);
				return;
			case JurisdictionPackage.AGENCY__COVERS:
				getCovers().clear();
				return;
			case JurisdictionPackage.AGENCY__NAMES:
				getNames().clear();
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
			case JurisdictionPackage.AGENCY__KIND:
				return kind != KIND_EDEFAULT;
			case JurisdictionPackage.AGENCY__DEPARTMENT:
				return department != DEPARTMENT_EDEFAULT;
			case JurisdictionPackage.AGENCY__LEVEL:
				return level != LEVEL_EDEFAULT;
			case JurisdictionPackage.AGENCY__PARENT:
				return parent != null;
			case JurisdictionPackage.AGENCY__COVERS:
				return covers != null && !covers.isEmpty();
			case JurisdictionPackage.AGENCY__NAMES:
				return names != null && !names.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case JurisdictionPackage.AGENCY___NAME_ON__LOCALDATE:
				return nameOn((LocalDate)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", department: ");
		result.append(department);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //AgencyImpl
