/**
 */
package org.minewatch.model.registry.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.registry.AreaKind;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.registry.RegistryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mine Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.impl.MineAreaImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineAreaImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineAreaImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineAreaImpl#isActive <em>Active</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineAreaImpl#getPlannedYear <em>Planned Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MineAreaImpl extends MinimalEObjectImpl.Container implements MineArea {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AreaKind KIND_EDEFAULT = AreaKind.MINING_DISTRICT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AreaKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedYear() <em>Planned Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PLANNED_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedYear() <em>Planned Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedYear()
	 * @generated
	 * @ordered
	 */
	protected Integer plannedYear = PLANNED_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MineAreaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RegistryPackage.Literals.MINE_AREA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE_AREA__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE_AREA__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AreaKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AreaKind newKind) {
		AreaKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE_AREA__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE_AREA__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPlannedYear() {
		return plannedYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedYear(Integer newPlannedYear) {
		Integer oldPlannedYear = plannedYear;
		plannedYear = newPlannedYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE_AREA__PLANNED_YEAR, oldPlannedYear, plannedYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RegistryPackage.MINE_AREA__ID:
				return getId();
			case RegistryPackage.MINE_AREA__NAME:
				return getName();
			case RegistryPackage.MINE_AREA__KIND:
				return getKind();
			case RegistryPackage.MINE_AREA__ACTIVE:
				return isActive();
			case RegistryPackage.MINE_AREA__PLANNED_YEAR:
				return getPlannedYear();
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
			case RegistryPackage.MINE_AREA__ID:
				setId((String)newValue);
				return;
			case RegistryPackage.MINE_AREA__NAME:
				setName((String)newValue);
				return;
			case RegistryPackage.MINE_AREA__KIND:
				setKind((AreaKind)newValue);
				return;
			case RegistryPackage.MINE_AREA__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case RegistryPackage.MINE_AREA__PLANNED_YEAR:
				setPlannedYear((Integer)newValue);
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
			case RegistryPackage.MINE_AREA__ID:
				setId(ID_EDEFAULT);
				return;
			case RegistryPackage.MINE_AREA__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RegistryPackage.MINE_AREA__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RegistryPackage.MINE_AREA__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case RegistryPackage.MINE_AREA__PLANNED_YEAR:
				setPlannedYear(PLANNED_YEAR_EDEFAULT);
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
			case RegistryPackage.MINE_AREA__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RegistryPackage.MINE_AREA__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RegistryPackage.MINE_AREA__KIND:
				return kind != KIND_EDEFAULT;
			case RegistryPackage.MINE_AREA__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case RegistryPackage.MINE_AREA__PLANNED_YEAR:
				return PLANNED_YEAR_EDEFAULT == null ? plannedYear != null : !PLANNED_YEAR_EDEFAULT.equals(plannedYear);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", active: ");
		result.append(active);
		result.append(", plannedYear: ");
		result.append(plannedYear);
		result.append(')');
		return result.toString();
	}

} //MineAreaImpl
