/**
 */
package org.minewatch.model.checklist.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.Term;

import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistSection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistSectionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistSectionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistSectionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistSectionImpl#getSpeciality <em>Speciality</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistSectionImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistSectionImpl extends MinimalEObjectImpl.Container implements ChecklistSection {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChecklistPackage.Literals.CHECKLIST_SECTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_SECTION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_SECTION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_SECTION__TITLE, oldTitle, title));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChecklistPackage.CHECKLIST_SECTION__SPECIALITY, oldSpeciality, speciality));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_SECTION__SPECIALITY, oldSpeciality, speciality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ChecklistItem>(ChecklistItem.class, this, ChecklistPackage.CHECKLIST_SECTION__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ChecklistPackage.CHECKLIST_SECTION__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case ChecklistPackage.CHECKLIST_SECTION__ID:
				return getId();
			case ChecklistPackage.CHECKLIST_SECTION__NUMBER:
				return getNumber();
			case ChecklistPackage.CHECKLIST_SECTION__TITLE:
				return getTitle();
			case ChecklistPackage.CHECKLIST_SECTION__SPECIALITY:
				if (resolve) return getSpeciality();
				return basicGetSpeciality();
			case ChecklistPackage.CHECKLIST_SECTION__ITEMS:
				return getItems();
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
			case ChecklistPackage.CHECKLIST_SECTION__ID:
				setId((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__NUMBER:
				setNumber((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__TITLE:
				setTitle((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__SPECIALITY:
				setSpeciality((Term)newValue);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ChecklistItem>)newValue);
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
			case ChecklistPackage.CHECKLIST_SECTION__ID:
				setId(ID_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__SPECIALITY:
				setSpeciality((Term)null);
				return;
			case ChecklistPackage.CHECKLIST_SECTION__ITEMS:
				getItems().clear();
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
			case ChecklistPackage.CHECKLIST_SECTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ChecklistPackage.CHECKLIST_SECTION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ChecklistPackage.CHECKLIST_SECTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ChecklistPackage.CHECKLIST_SECTION__SPECIALITY:
				return speciality != null;
			case ChecklistPackage.CHECKLIST_SECTION__ITEMS:
				return items != null && !items.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(')');
		return result.toString();
	}

} //ChecklistSectionImpl
