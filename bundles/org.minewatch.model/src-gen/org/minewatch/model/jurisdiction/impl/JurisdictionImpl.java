/**
 */
package org.minewatch.model.jurisdiction.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.jurisdiction.JurisdictionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Jurisdiction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#isFunctionalZone <em>Functional Zone</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JurisdictionImpl extends MinimalEObjectImpl.Container implements Jurisdiction {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

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
	 * The default value of the '{@link #isFunctionalZone() <em>Functional Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFunctionalZone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FUNCTIONAL_ZONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFunctionalZone() <em>Functional Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFunctionalZone()
	 * @generated
	 * @ordered
	 */
	protected boolean functionalZone = FUNCTIONAL_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Jurisdiction> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JurisdictionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JurisdictionPackage.Literals.JURISDICTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.JURISDICTION__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.JURISDICTION__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.JURISDICTION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.JURISDICTION__NAME_EN, oldNameEn, nameEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.JURISDICTION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFunctionalZone() {
		return functionalZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunctionalZone(boolean newFunctionalZone) {
		boolean oldFunctionalZone = functionalZone;
		functionalZone = newFunctionalZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.JURISDICTION__FUNCTIONAL_ZONE, oldFunctionalZone, functionalZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getParent() {
		if (eContainerFeatureID() != JurisdictionPackage.JURISDICTION__PARENT) return null;
		return (Jurisdiction)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Jurisdiction newParent, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParent, JurisdictionPackage.JURISDICTION__PARENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Jurisdiction newParent) {
		if (newParent != eInternalContainer() || (eContainerFeatureID() != JurisdictionPackage.JURISDICTION__PARENT && newParent != null)) {
			if (EcoreUtil.isAncestor(this, newParent))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, JurisdictionPackage.JURISDICTION__CHILDREN, Jurisdiction.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JurisdictionPackage.JURISDICTION__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Jurisdiction> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Jurisdiction>(Jurisdiction.class, this, JurisdictionPackage.JURISDICTION__CHILDREN, JurisdictionPackage.JURISDICTION__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean contains(final Jurisdiction other) {
		for (Jurisdiction j = other; j != null; j = j.getParent()) { if (j == this) return true; } return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction province() {
		Jurisdiction j = this; while (j != null && j.getLevel() != JurisdictionLevel.PROVINCE) { j = j.getParent(); } return j;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JurisdictionPackage.JURISDICTION__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParent((Jurisdiction)otherEnd, msgs);
			case JurisdictionPackage.JURISDICTION__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JurisdictionPackage.JURISDICTION__PARENT:
				return basicSetParent(null, msgs);
			case JurisdictionPackage.JURISDICTION__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case JurisdictionPackage.JURISDICTION__PARENT:
				return eInternalContainer().eInverseRemove(this, JurisdictionPackage.JURISDICTION__CHILDREN, Jurisdiction.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JurisdictionPackage.JURISDICTION__KEY:
				return getKey();
			case JurisdictionPackage.JURISDICTION__CODE:
				return getCode();
			case JurisdictionPackage.JURISDICTION__NAME:
				return getName();
			case JurisdictionPackage.JURISDICTION__NAME_EN:
				return getNameEn();
			case JurisdictionPackage.JURISDICTION__LEVEL:
				return getLevel();
			case JurisdictionPackage.JURISDICTION__FUNCTIONAL_ZONE:
				return isFunctionalZone();
			case JurisdictionPackage.JURISDICTION__PARENT:
				return getParent();
			case JurisdictionPackage.JURISDICTION__CHILDREN:
				return getChildren();
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
			case JurisdictionPackage.JURISDICTION__KEY:
				setKey((String)newValue);
				return;
			case JurisdictionPackage.JURISDICTION__CODE:
				setCode((String)newValue);
				return;
			case JurisdictionPackage.JURISDICTION__NAME:
				setName((String)newValue);
				return;
			case JurisdictionPackage.JURISDICTION__NAME_EN:
				setNameEn((String)newValue);
				return;
			case JurisdictionPackage.JURISDICTION__LEVEL:
				setLevel((JurisdictionLevel)newValue);
				return;
			case JurisdictionPackage.JURISDICTION__FUNCTIONAL_ZONE:
				setFunctionalZone((Boolean)newValue);
				return;
			case JurisdictionPackage.JURISDICTION__PARENT:
				setParent((Jurisdiction)newValue);
				return;
			case JurisdictionPackage.JURISDICTION__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Jurisdiction>)newValue);
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
			case JurisdictionPackage.JURISDICTION__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case JurisdictionPackage.JURISDICTION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case JurisdictionPackage.JURISDICTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case JurisdictionPackage.JURISDICTION__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case JurisdictionPackage.JURISDICTION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case JurisdictionPackage.JURISDICTION__FUNCTIONAL_ZONE:
				setFunctionalZone(FUNCTIONAL_ZONE_EDEFAULT);
				return;
			case JurisdictionPackage.JURISDICTION__PARENT:
				setParent((Jurisdiction)null);
				return;
			case JurisdictionPackage.JURISDICTION__CHILDREN:
				getChildren().clear();
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
			case JurisdictionPackage.JURISDICTION__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case JurisdictionPackage.JURISDICTION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case JurisdictionPackage.JURISDICTION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case JurisdictionPackage.JURISDICTION__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case JurisdictionPackage.JURISDICTION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case JurisdictionPackage.JURISDICTION__FUNCTIONAL_ZONE:
				return functionalZone != FUNCTIONAL_ZONE_EDEFAULT;
			case JurisdictionPackage.JURISDICTION__PARENT:
				return getParent() != null;
			case JurisdictionPackage.JURISDICTION__CHILDREN:
				return children != null && !children.isEmpty();
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
			case JurisdictionPackage.JURISDICTION___CONTAINS__JURISDICTION:
				return contains((Jurisdiction)arguments.get(0));
			case JurisdictionPackage.JURISDICTION___PROVINCE:
				return province();
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
		result.append(" (key: ");
		result.append(key);
		result.append(", code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", level: ");
		result.append(level);
		result.append(", functionalZone: ");
		result.append(functionalZone);
		result.append(')');
		return result.toString();
	}

} //JurisdictionImpl
