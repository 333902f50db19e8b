/**
 */
package org.minewatch.model.checklist.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistPackage;

import org.minewatch.model.registry.MineKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#isKeyOperation <em>Key Operation</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistItemImpl#getAppliesTo <em>Applies To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistItemImpl extends MinimalEObjectImpl.Container implements ChecklistItem {
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
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected String criteria = CRITERIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected String legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #isKeyOperation() <em>Key Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyOperation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KEY_OPERATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKeyOperation() <em>Key Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyOperation()
	 * @generated
	 * @ordered
	 */
	protected boolean keyOperation = KEY_OPERATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppliesTo() <em>Applies To</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<MineKind> appliesTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChecklistPackage.Literals.CHECKLIST_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_ITEM__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_ITEM__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriteria() {
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteria(String newCriteria) {
		String oldCriteria = criteria;
		criteria = newCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_ITEM__CRITERIA, oldCriteria, criteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_ITEM__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(String newLegalBasis) {
		String oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_ITEM__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKeyOperation() {
		return keyOperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyOperation(boolean newKeyOperation) {
		boolean oldKeyOperation = keyOperation;
		keyOperation = newKeyOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_ITEM__KEY_OPERATION, oldKeyOperation, keyOperation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MineKind> getAppliesTo() {
		if (appliesTo == null) {
			appliesTo = new EDataTypeUniqueEList<MineKind>(MineKind.class, this, ChecklistPackage.CHECKLIST_ITEM__APPLIES_TO);
		}
		return appliesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ChecklistPackage.CHECKLIST_ITEM__ID:
				return getId();
			case ChecklistPackage.CHECKLIST_ITEM__NUMBER:
				return getNumber();
			case ChecklistPackage.CHECKLIST_ITEM__SUBJECT:
				return getSubject();
			case ChecklistPackage.CHECKLIST_ITEM__CRITERIA:
				return getCriteria();
			case ChecklistPackage.CHECKLIST_ITEM__METHOD:
				return getMethod();
			case ChecklistPackage.CHECKLIST_ITEM__LEGAL_BASIS:
				return getLegalBasis();
			case ChecklistPackage.CHECKLIST_ITEM__KEY_OPERATION:
				return isKeyOperation();
			case ChecklistPackage.CHECKLIST_ITEM__APPLIES_TO:
				return getAppliesTo();
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
			case ChecklistPackage.CHECKLIST_ITEM__ID:
				setId((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__NUMBER:
				setNumber((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__SUBJECT:
				setSubject((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__CRITERIA:
				setCriteria((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__METHOD:
				setMethod((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__LEGAL_BASIS:
				setLegalBasis((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__KEY_OPERATION:
				setKeyOperation((Boolean)newValue);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__APPLIES_TO:
				getAppliesTo().clear();
				getAppliesTo().addAll((Collection<? extends MineKind>)newValue);
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
			case ChecklistPackage.CHECKLIST_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__CRITERIA:
				setCriteria(CRITERIA_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__KEY_OPERATION:
				setKeyOperation(KEY_OPERATION_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_ITEM__APPLIES_TO:
				getAppliesTo().clear();
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
			case ChecklistPackage.CHECKLIST_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ChecklistPackage.CHECKLIST_ITEM__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ChecklistPackage.CHECKLIST_ITEM__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case ChecklistPackage.CHECKLIST_ITEM__CRITERIA:
				return CRITERIA_EDEFAULT == null ? criteria != null : !CRITERIA_EDEFAULT.equals(criteria);
			case ChecklistPackage.CHECKLIST_ITEM__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case ChecklistPackage.CHECKLIST_ITEM__LEGAL_BASIS:
				return LEGAL_BASIS_EDEFAULT == null ? legalBasis != null : !LEGAL_BASIS_EDEFAULT.equals(legalBasis);
			case ChecklistPackage.CHECKLIST_ITEM__KEY_OPERATION:
				return keyOperation != KEY_OPERATION_EDEFAULT;
			case ChecklistPackage.CHECKLIST_ITEM__APPLIES_TO:
				return appliesTo != null && !appliesTo.isEmpty();
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
		result.append(", number: ");
		result.append(number);
		result.append(", subject: ");
		result.append(subject);
		result.append(", criteria: ");
		result.append(criteria);
		result.append(", method: ");
		result.append(method);
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(", keyOperation: ");
		result.append(keyOperation);
		result.append(", appliesTo: ");
		result.append(appliesTo);
		result.append(')');
		return result.toString();
	}

} //ChecklistItemImpl
