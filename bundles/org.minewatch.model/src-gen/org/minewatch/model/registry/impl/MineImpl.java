/**
 */
package org.minewatch.model.registry.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.jurisdiction.Jurisdiction;

import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Licence;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.registry.StatusChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getProvince <em>Province</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getCounty <em>County</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getApprovedCapacity <em>Approved Capacity</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getStatusHistory <em>Status History</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getClassHistory <em>Class History</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getLicences <em>Licences</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.MineImpl#getAreas <em>Areas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MineImpl extends RecordImpl implements Mine {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MineKind KIND_EDEFAULT = MineKind.UNDERGROUND_COAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MineKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getProvince() <em>Province</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvince()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction province;

	/**
	 * The cached value of the '{@link #getCounty() <em>County</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction county;

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
	 * The default value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LATITUDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal latitude = LATITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LONGITUDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal longitude = LONGITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedCapacity() <em>Approved Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal APPROVED_CAPACITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedCapacity() <em>Approved Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedCapacity()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal approvedCapacity = APPROVED_CAPACITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStatusHistory() <em>Status History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> statusHistory;

	/**
	 * The cached value of the '{@link #getClassHistory() <em>Class History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<Classification> classHistory;

	/**
	 * The cached value of the '{@link #getLicences() <em>Licences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicences()
	 * @generated
	 * @ordered
	 */
	protected EList<Licence> licences;

	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<MineArea> areas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RegistryPackage.Literals.MINE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MineKind newKind) {
		MineKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegistryPackage.MINE__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getProvince() {
		if (province != null && province.eIsProxy()) {
			InternalEObject oldProvince = (InternalEObject)province;
			province = (Jurisdiction)eResolveProxy(oldProvince);
			if (province != oldProvince) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegistryPackage.MINE__PROVINCE, oldProvince, province));
			}
		}
		return province;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetProvince() {
		return province;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvince(Jurisdiction newProvince) {
		Jurisdiction oldProvince = province;
		province = newProvince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__PROVINCE, oldProvince, province));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getCounty() {
		if (county != null && county.eIsProxy()) {
			InternalEObject oldCounty = (InternalEObject)county;
			county = (Jurisdiction)eResolveProxy(oldCounty);
			if (county != oldCounty) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegistryPackage.MINE__COUNTY, oldCounty, county));
			}
		}
		return county;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetCounty() {
		return county;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounty(Jurisdiction newCounty) {
		Jurisdiction oldCounty = county;
		county = newCounty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__COUNTY, oldCounty, county));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLatitude() {
		return latitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatitude(BigDecimal newLatitude) {
		BigDecimal oldLatitude = latitude;
		latitude = newLatitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__LATITUDE, oldLatitude, latitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLongitude() {
		return longitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongitude(BigDecimal newLongitude) {
		BigDecimal oldLongitude = longitude;
		longitude = newLongitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getApprovedCapacity() {
		return approvedCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedCapacity(BigDecimal newApprovedCapacity) {
		BigDecimal oldApprovedCapacity = approvedCapacity;
		approvedCapacity = newApprovedCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.MINE__APPROVED_CAPACITY, oldApprovedCapacity, approvedCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getStatusHistory() {
		if (statusHistory == null) {
			statusHistory = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, RegistryPackage.MINE__STATUS_HISTORY);
		}
		return statusHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Classification> getClassHistory() {
		if (classHistory == null) {
			classHistory = new EObjectContainmentEList<Classification>(Classification.class, this, RegistryPackage.MINE__CLASS_HISTORY);
		}
		return classHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Licence> getLicences() {
		if (licences == null) {
			licences = new EObjectContainmentEList<Licence>(Licence.class, this, RegistryPackage.MINE__LICENCES);
		}
		return licences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MineArea> getAreas() {
		if (areas == null) {
			areas = new EObjectContainmentEList<MineArea>(MineArea.class, this, RegistryPackage.MINE__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductionStatus statusOn(final LocalDate date) {
		return org.minewatch.model.internal.MineHistory.statusOn(this, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Classification classificationOn(final LocalDate date) {
		return org.minewatch.model.internal.MineHistory.classificationOn(this, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RegistryPackage.MINE__STATUS_HISTORY:
				return ((InternalEList<?>)getStatusHistory()).basicRemove(otherEnd, msgs);
			case RegistryPackage.MINE__CLASS_HISTORY:
				return ((InternalEList<?>)getClassHistory()).basicRemove(otherEnd, msgs);
			case RegistryPackage.MINE__LICENCES:
				return ((InternalEList<?>)getLicences()).basicRemove(otherEnd, msgs);
			case RegistryPackage.MINE__AREAS:
				return ((InternalEList<?>)getAreas()).basicRemove(otherEnd, msgs);
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
			case RegistryPackage.MINE__NAME:
				return getName();
			case RegistryPackage.MINE__CODE:
				return getCode();
			case RegistryPackage.MINE__KIND:
				return getKind();
			case RegistryPackage.MINE__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case RegistryPackage.MINE__PROVINCE:
				if (resolve) return getProvince();
				return basicGetProvince();
			case RegistryPackage.MINE__COUNTY:
				if (resolve) return getCounty();
				return basicGetCounty();
			case RegistryPackage.MINE__ADDRESS:
				return getAddress();
			case RegistryPackage.MINE__LATITUDE:
				return getLatitude();
			case RegistryPackage.MINE__LONGITUDE:
				return getLongitude();
			case RegistryPackage.MINE__APPROVED_CAPACITY:
				return getApprovedCapacity();
			case RegistryPackage.MINE__STATUS_HISTORY:
				return getStatusHistory();
			case RegistryPackage.MINE__CLASS_HISTORY:
				return getClassHistory();
			case RegistryPackage.MINE__LICENCES:
				return getLicences();
			case RegistryPackage.MINE__AREAS:
				return getAreas();
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
			case RegistryPackage.MINE__NAME:
				setName((String)newValue);
				return;
			case RegistryPackage.MINE__CODE:
				setCode((String)newValue);
				return;
			case RegistryPackage.MINE__KIND:
				setKind((MineKind)newValue);
				return;
			case RegistryPackage.MINE__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case RegistryPackage.MINE__PROVINCE:
				setProvince((Jurisdiction)newValue);
				return;
			case RegistryPackage.MINE__COUNTY:
				setCounty((Jurisdiction)newValue);
				return;
			case RegistryPackage.MINE__ADDRESS:
				setAddress((String)newValue);
				return;
			case RegistryPackage.MINE__LATITUDE:
				setLatitude((BigDecimal)newValue);
				return;
			case RegistryPackage.MINE__LONGITUDE:
				setLongitude((BigDecimal)newValue);
				return;
			case RegistryPackage.MINE__APPROVED_CAPACITY:
				setApprovedCapacity((BigDecimal)newValue);
				return;
			case RegistryPackage.MINE__STATUS_HISTORY:
				getStatusHistory().clear();
				getStatusHistory().addAll((Collection<? extends StatusChange>)newValue);
				return;
			case RegistryPackage.MINE__CLASS_HISTORY:
				getClassHistory().clear();
				getClassHistory().addAll((Collection<? extends Classification>)newValue);
				return;
			case RegistryPackage.MINE__LICENCES:
				getLicences().clear();
				getLicences().addAll((Collection<? extends Licence>)newValue);
				return;
			case RegistryPackage.MINE__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends MineArea>)newValue);
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
			case RegistryPackage.MINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RegistryPackage.MINE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RegistryPackage.MINE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RegistryPackage.MINE__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case RegistryPackage.MINE__PROVINCE:
				setProvince((Jurisdiction)null);
				return;
			case RegistryPackage.MINE__COUNTY:
				setCounty((Jurisdiction)null);
				return;
			case RegistryPackage.MINE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RegistryPackage.MINE__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case RegistryPackage.MINE__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case RegistryPackage.MINE__APPROVED_CAPACITY:
				setApprovedCapacity(APPROVED_CAPACITY_EDEFAULT);
				return;
			case RegistryPackage.MINE__STATUS_HISTORY:
				getStatusHistory().clear();
				return;
			case RegistryPackage.MINE__CLASS_HISTORY:
				getClassHistory().clear();
				return;
			case RegistryPackage.MINE__LICENCES:
				getLicences().clear();
				return;
			case RegistryPackage.MINE__AREAS:
				getAreas().clear();
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
			case RegistryPackage.MINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RegistryPackage.MINE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RegistryPackage.MINE__KIND:
				return kind != KIND_EDEFAULT;
			case RegistryPackage.MINE__ENTERPRISE:
				return enterprise != null;
			case RegistryPackage.MINE__PROVINCE:
				return province != null;
			case RegistryPackage.MINE__COUNTY:
				return county != null;
			case RegistryPackage.MINE__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RegistryPackage.MINE__LATITUDE:
				return LATITUDE_EDEFAULT == null ? latitude != null : !LATITUDE_EDEFAULT.equals(latitude);
			case RegistryPackage.MINE__LONGITUDE:
				return LONGITUDE_EDEFAULT == null ? longitude != null : !LONGITUDE_EDEFAULT.equals(longitude);
			case RegistryPackage.MINE__APPROVED_CAPACITY:
				return APPROVED_CAPACITY_EDEFAULT == null ? approvedCapacity != null : !APPROVED_CAPACITY_EDEFAULT.equals(approvedCapacity);
			case RegistryPackage.MINE__STATUS_HISTORY:
				return statusHistory != null && !statusHistory.isEmpty();
			case RegistryPackage.MINE__CLASS_HISTORY:
				return classHistory != null && !classHistory.isEmpty();
			case RegistryPackage.MINE__LICENCES:
				return licences != null && !licences.isEmpty();
			case RegistryPackage.MINE__AREAS:
				return areas != null && !areas.isEmpty();
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
			case RegistryPackage.MINE___STATUS_ON__LOCALDATE:
				return statusOn((LocalDate)arguments.get(0));
			case RegistryPackage.MINE___CLASSIFICATION_ON__LOCALDATE:
				return classificationOn((LocalDate)arguments.get(0));
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
		result.append(" (name: ");
		result.append(name);
		result.append(", code: ");
		result.append(code);
		result.append(", kind: ");
		result.append(kind);
		result.append(", address: ");
		result.append(address);
		result.append(", latitude: ");
		result.append(latitude);
		result.append(", longitude: ");
		result.append(longitude);
		result.append(", approvedCapacity: ");
		result.append(approvedCapacity);
		result.append(')');
		return result.toString();
	}

} //MineImpl
