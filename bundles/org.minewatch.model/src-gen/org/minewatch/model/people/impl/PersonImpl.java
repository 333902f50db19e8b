/**
 */
package org.minewatch.model.people.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.minewatch.model.base.Term;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.jurisdiction.Agency;

import org.minewatch.model.people.Account;
import org.minewatch.model.people.PeoplePackage;
import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getSpecialities <em>Specialities</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getCertificateNumber <em>Certificate Number</em>}</li>
 *   <li>{@link org.minewatch.model.people.impl.PersonImpl#getAccount <em>Account</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends RecordImpl implements Person {
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
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected Agency agency;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise enterprise;

	/**
	 * The cached value of the '{@link #getMine() <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMine()
	 * @generated
	 * @ordered
	 */
	protected Mine mine;

	/**
	 * The cached value of the '{@link #getSpecialities() <em>Specialities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialities()
	 * @generated
	 * @ordered
	 */
	protected EList<Term> specialities;

	/**
	 * The default value of the '{@link #getCertificateNumber() <em>Certificate Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificateNumber() <em>Certificate Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateNumber()
	 * @generated
	 * @ordered
	 */
	protected String certificateNumber = CERTIFICATE_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccount() <em>Account</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected Account account;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeoplePackage.Literals.PERSON;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getAgency() {
		if (agency != null && agency.eIsProxy()) {
			InternalEObject oldAgency = (InternalEObject)agency;
			agency = (Agency)eResolveProxy(oldAgency);
			if (agency != oldAgency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeoplePackage.PERSON__AGENCY, oldAgency, agency));
			}
		}
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agency basicGetAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(Agency newAgency) {
		Agency oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise getEnterprise() {
		if (enterprise != null && enterprise.eIsProxy()) {
			InternalEObject oldEnterprise = (InternalEObject)enterprise;
			enterprise = (Enterprise)eResolveProxy(oldEnterprise);
			if (enterprise != oldEnterprise) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeoplePackage.PERSON__ENTERPRISE, oldEnterprise, enterprise));
			}
		}
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enterprise basicGetEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(Enterprise newEnterprise) {
		Enterprise oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mine getMine() {
		if (mine != null && mine.eIsProxy()) {
			InternalEObject oldMine = (InternalEObject)mine;
			mine = (Mine)eResolveProxy(oldMine);
			if (mine != oldMine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeoplePackage.PERSON__MINE, oldMine, mine));
			}
		}
		return mine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Mine basicGetMine() {
		return mine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMine(Mine newMine) {
		Mine oldMine = mine;
		mine = newMine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__MINE, oldMine, mine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Term> getSpecialities() {
		if (specialities == null) {
			specialities = new EObjectResolvingEList<Term>(Term.class, this, PeoplePackage.PERSON__SPECIALITIES);
		}
		return specialities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificateNumber() {
		return certificateNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateNumber(String newCertificateNumber) {
		String oldCertificateNumber = certificateNumber;
		certificateNumber = newCertificateNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__CERTIFICATE_NUMBER, oldCertificateNumber, certificateNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account getAccount() {
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAccount(Account newAccount, NotificationChain msgs) {
		Account oldAccount = account;
		account = newAccount;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__ACCOUNT, oldAccount, newAccount);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccount(Account newAccount) {
		if (newAccount != account) {
			NotificationChain msgs = null;
			if (account != null)
				msgs = ((InternalEObject)account).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeoplePackage.PERSON__ACCOUNT, null, msgs);
			if (newAccount != null)
				msgs = ((InternalEObject)newAccount).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeoplePackage.PERSON__ACCOUNT, null, msgs);
			msgs = basicSetAccount(newAccount, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeoplePackage.PERSON__ACCOUNT, newAccount, newAccount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeoplePackage.PERSON__ACCOUNT:
				return basicSetAccount(null, msgs);
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
			case PeoplePackage.PERSON__NAME:
				return getName();
			case PeoplePackage.PERSON__TITLE:
				return getTitle();
			case PeoplePackage.PERSON__PHONE:
				return getPhone();
			case PeoplePackage.PERSON__AGENCY:
				if (resolve) return getAgency();
				return basicGetAgency();
			case PeoplePackage.PERSON__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case PeoplePackage.PERSON__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case PeoplePackage.PERSON__SPECIALITIES:
				return getSpecialities();
			case PeoplePackage.PERSON__CERTIFICATE_NUMBER:
				return getCertificateNumber();
			case PeoplePackage.PERSON__ACCOUNT:
				return getAccount();
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
			case PeoplePackage.PERSON__NAME:
				setName((String)newValue);
				return;
			case PeoplePackage.PERSON__TITLE:
				setTitle((String)newValue);
				return;
			case PeoplePackage.PERSON__PHONE:
				setPhone((String)newValue);
				return;
			case PeoplePackage.PERSON__AGENCY:
				setAgency((Agency)newValue);
				return;
			case PeoplePackage.PERSON__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case PeoplePackage.PERSON__MINE:
				setMine((Mine)newValue);
				return;
			case PeoplePackage.PERSON__SPECIALITIES:
				getSpecialities().clear();
				getSpecialities().addAll((Collection<? extends Term>)newValue);
				return;
			case PeoplePackage.PERSON__CERTIFICATE_NUMBER:
				setCertificateNumber((String)newValue);
				return;
			case PeoplePackage.PERSON__ACCOUNT:
				setAccount((Account)newValue);
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
			case PeoplePackage.PERSON__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeoplePackage.PERSON__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PeoplePackage.PERSON__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case PeoplePackage.PERSON__AGENCY:
				setAgency((Agency)null);
				return;
			case PeoplePackage.PERSON__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case PeoplePackage.PERSON__MINE:
				setMine((Mine)null);
				return;
			case PeoplePackage.PERSON__SPECIALITIES:
				getSpecialities().clear();
				return;
			case PeoplePackage.PERSON__CERTIFICATE_NUMBER:
				setCertificateNumber(CERTIFICATE_NUMBER_EDEFAULT);
				return;
			case PeoplePackage.PERSON__ACCOUNT:
				setAccount((Account)null);
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
			case PeoplePackage.PERSON__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeoplePackage.PERSON__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PeoplePackage.PERSON__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case PeoplePackage.PERSON__AGENCY:
				return agency != null;
			case PeoplePackage.PERSON__ENTERPRISE:
				return enterprise != null;
			case PeoplePackage.PERSON__MINE:
				return mine != null;
			case PeoplePackage.PERSON__SPECIALITIES:
				return specialities != null && !specialities.isEmpty();
			case PeoplePackage.PERSON__CERTIFICATE_NUMBER:
				return CERTIFICATE_NUMBER_EDEFAULT == null ? certificateNumber != null : !CERTIFICATE_NUMBER_EDEFAULT.equals(certificateNumber);
			case PeoplePackage.PERSON__ACCOUNT:
				return account != null;
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
		result.append(", title: ");
		result.append(title);
		result.append(", phone: ");
		result.append(phone);
		result.append(", certificateNumber: ");
		result.append(certificateNumber);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
