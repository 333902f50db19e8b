/**
 */
package org.minewatch.model.registry.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.jurisdiction.Jurisdiction;

import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.RegistryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.impl.EnterpriseImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.EnterpriseImpl#getCreditCode <em>Credit Code</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.EnterpriseImpl#isGroup <em>Group</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.EnterpriseImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.EnterpriseImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.EnterpriseImpl#getAddress <em>Address</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseImpl extends RecordImpl implements Enterprise {
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
	 * The default value of the '{@link #getCreditCode() <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreditCode() <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCode()
	 * @generated
	 * @ordered
	 */
	protected String creditCode = CREDIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroup()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GROUP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroup()
	 * @generated
	 * @ordered
	 */
	protected boolean group = GROUP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Enterprise parent;

	/**
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RegistryPackage.Literals.ENTERPRISE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.ENTERPRISE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreditCode() {
		return creditCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditCode(String newCreditCode) {
		String oldCreditCode = creditCode;
		creditCode = newCreditCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.ENTERPRISE__CREDIT_CODE, oldCreditCode, creditCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(boolean newGroup) {
		boolean oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.ENTERPRISE__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Enterprise)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegistryPackage.ENTERPRISE__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enterprise basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Enterprise newParent) {
		Enterprise oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.ENTERPRISE__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getJurisdiction() {
		if (jurisdiction != null && jurisdiction.eIsProxy()) {
			InternalEObject oldJurisdiction = (InternalEObject)jurisdiction;
			jurisdiction = (Jurisdiction)eResolveProxy(oldJurisdiction);
			if (jurisdiction != oldJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegistryPackage.ENTERPRISE__JURISDICTION, oldJurisdiction, jurisdiction));
			}
		}
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(Jurisdiction newJurisdiction) {
		Jurisdiction oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.ENTERPRISE__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.ENTERPRISE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RegistryPackage.ENTERPRISE__NAME:
				return getName();
			case RegistryPackage.ENTERPRISE__CREDIT_CODE:
				return getCreditCode();
			case RegistryPackage.ENTERPRISE__GROUP:
				return isGroup();
			case RegistryPackage.ENTERPRISE__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case RegistryPackage.ENTERPRISE__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case RegistryPackage.ENTERPRISE__ADDRESS:
				return getAddress();
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
			case RegistryPackage.ENTERPRISE__NAME:
				setName((String)newValue);
				return;
			case RegistryPackage.ENTERPRISE__CREDIT_CODE:
				setCreditCode((String)newValue);
				return;
			case RegistryPackage.ENTERPRISE__GROUP:
				setGroup((Boolean)newValue);
				return;
			case RegistryPackage.ENTERPRISE__PARENT:
				setParent((Enterprise)newValue);
				return;
			case RegistryPackage.ENTERPRISE__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case RegistryPackage.ENTERPRISE__ADDRESS:
				setAddress((String)newValue);
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
			case RegistryPackage.ENTERPRISE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RegistryPackage.ENTERPRISE__CREDIT_CODE:
				setCreditCode(CREDIT_CODE_EDEFAULT);
				return;
			case RegistryPackage.ENTERPRISE__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case RegistryPackage.ENTERPRISE__PARENT:
				setParent((Enterprise)null);
				return;
			case RegistryPackage.ENTERPRISE__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case RegistryPackage.ENTERPRISE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
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
			case RegistryPackage.ENTERPRISE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RegistryPackage.ENTERPRISE__CREDIT_CODE:
				return CREDIT_CODE_EDEFAULT == null ? creditCode != null : !CREDIT_CODE_EDEFAULT.equals(creditCode);
			case RegistryPackage.ENTERPRISE__GROUP:
				return group != GROUP_EDEFAULT;
			case RegistryPackage.ENTERPRISE__PARENT:
				return parent != null;
			case RegistryPackage.ENTERPRISE__JURISDICTION:
				return jurisdiction != null;
			case RegistryPackage.ENTERPRISE__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", creditCode: ");
		result.append(creditCode);
		result.append(", group: ");
		result.append(group);
		result.append(", address: ");
		result.append(address);
		result.append(')');
		return result.toString();
	}

} //EnterpriseImpl
