/**
 */
package org.minewatch.model.checklist.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.BasePackage;
import org.minewatch.model.base.Edition;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.InspectedUnit;
import org.minewatch.model.checklist.TemplateOrigin;

import org.minewatch.model.jurisdiction.Jurisdiction;

import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.MineKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getLicence <em>Licence</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getOriginJurisdiction <em>Origin Jurisdiction</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getOriginEnterprise <em>Origin Enterprise</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getInspects <em>Inspects</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#isStarter <em>Starter</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistTemplateImpl extends RecordImpl implements ChecklistTemplate {
	/**
	 * The default value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected String edition = EDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected String licence = LICENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validTo = VALID_TO_EDEFAULT;

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
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final TemplateOrigin ORIGIN_EDEFAULT = TemplateOrigin.NATIONAL;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected TemplateOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOriginJurisdiction() <em>Origin Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction originJurisdiction;

	/**
	 * The cached value of the '{@link #getOriginEnterprise() <em>Origin Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise originEnterprise;

	/**
	 * The default value of the '{@link #getInspects() <em>Inspects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspects()
	 * @generated
	 * @ordered
	 */
	protected static final InspectedUnit INSPECTS_EDEFAULT = InspectedUnit.MINE;

	/**
	 * The cached value of the '{@link #getInspects() <em>Inspects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspects()
	 * @generated
	 * @ordered
	 */
	protected InspectedUnit inspects = INSPECTS_EDEFAULT;

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
	 * The default value of the '{@link #isStarter() <em>Starter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStarter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STARTER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStarter() <em>Starter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStarter()
	 * @generated
	 * @ordered
	 */
	protected boolean starter = STARTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupersedes() <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedes()
	 * @generated
	 * @ordered
	 */
	protected ChecklistTemplate supersedes;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistSection> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChecklistPackage.Literals.CHECKLIST_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEdition() {
		return edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdition(String newEdition) {
		String oldEdition = edition;
		edition = newEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__EDITION, oldEdition, edition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicence() {
		return licence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicence(String newLicence) {
		String oldLicence = licence;
		licence = newLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__LICENCE, oldLicence, licence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(LocalDate newValidTo) {
		LocalDate oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__VALID_TO, oldValidTo, validTo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplateOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(TemplateOrigin newOrigin) {
		TemplateOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getOriginJurisdiction() {
		if (originJurisdiction != null && originJurisdiction.eIsProxy()) {
			InternalEObject oldOriginJurisdiction = (InternalEObject)originJurisdiction;
			originJurisdiction = (Jurisdiction)eResolveProxy(oldOriginJurisdiction);
			if (originJurisdiction != oldOriginJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION, oldOriginJurisdiction, originJurisdiction));
			}
		}
		return originJurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetOriginJurisdiction() {
		return originJurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginJurisdiction(Jurisdiction newOriginJurisdiction) {
		Jurisdiction oldOriginJurisdiction = originJurisdiction;
		originJurisdiction = newOriginJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION, oldOriginJurisdiction, originJurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise getOriginEnterprise() {
		if (originEnterprise != null && originEnterprise.eIsProxy()) {
			InternalEObject oldOriginEnterprise = (InternalEObject)originEnterprise;
			originEnterprise = (Enterprise)eResolveProxy(oldOriginEnterprise);
			if (originEnterprise != oldOriginEnterprise) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE, oldOriginEnterprise, originEnterprise));
			}
		}
		return originEnterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enterprise basicGetOriginEnterprise() {
		return originEnterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginEnterprise(Enterprise newOriginEnterprise) {
		Enterprise oldOriginEnterprise = originEnterprise;
		originEnterprise = newOriginEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE, oldOriginEnterprise, originEnterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectedUnit getInspects() {
		return inspects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspects(InspectedUnit newInspects) {
		InspectedUnit oldInspects = inspects;
		inspects = newInspects == null ? INSPECTS_EDEFAULT : newInspects;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__INSPECTS, oldInspects, inspects));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MineKind> getAppliesTo() {
		if (appliesTo == null) {
			appliesTo = new EDataTypeUniqueEList<MineKind>(MineKind.class, this, ChecklistPackage.CHECKLIST_TEMPLATE__APPLIES_TO);
		}
		return appliesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStarter() {
		return starter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarter(boolean newStarter) {
		boolean oldStarter = starter;
		starter = newStarter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__STARTER, oldStarter, starter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistTemplate getSupersedes() {
		if (supersedes != null && supersedes.eIsProxy()) {
			InternalEObject oldSupersedes = (InternalEObject)supersedes;
			supersedes = (ChecklistTemplate)eResolveProxy(oldSupersedes);
			if (supersedes != oldSupersedes) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChecklistPackage.CHECKLIST_TEMPLATE__SUPERSEDES, oldSupersedes, supersedes));
			}
		}
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChecklistTemplate basicGetSupersedes() {
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersedes(ChecklistTemplate newSupersedes) {
		ChecklistTemplate oldSupersedes = supersedes;
		supersedes = newSupersedes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST_TEMPLATE__SUPERSEDES, oldSupersedes, supersedes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistSection> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<ChecklistSection>(ChecklistSection.class, this, ChecklistPackage.CHECKLIST_TEMPLATE__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isValidOn(final LocalDate date) {
		return (getValidFrom() == null || !date.isBefore(getValidFrom())) && (getValidTo() == null || date.isBefore(getValidTo()));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ChecklistPackage.CHECKLIST_TEMPLATE__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
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
			case ChecklistPackage.CHECKLIST_TEMPLATE__EDITION:
				return getEdition();
			case ChecklistPackage.CHECKLIST_TEMPLATE__SOURCE:
				return getSource();
			case ChecklistPackage.CHECKLIST_TEMPLATE__LICENCE:
				return getLicence();
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_FROM:
				return getValidFrom();
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_TO:
				return getValidTo();
			case ChecklistPackage.CHECKLIST_TEMPLATE__NAME:
				return getName();
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN:
				return getOrigin();
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION:
				if (resolve) return getOriginJurisdiction();
				return basicGetOriginJurisdiction();
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE:
				if (resolve) return getOriginEnterprise();
				return basicGetOriginEnterprise();
			case ChecklistPackage.CHECKLIST_TEMPLATE__INSPECTS:
				return getInspects();
			case ChecklistPackage.CHECKLIST_TEMPLATE__APPLIES_TO:
				return getAppliesTo();
			case ChecklistPackage.CHECKLIST_TEMPLATE__STARTER:
				return isStarter();
			case ChecklistPackage.CHECKLIST_TEMPLATE__SUPERSEDES:
				if (resolve) return getSupersedes();
				return basicGetSupersedes();
			case ChecklistPackage.CHECKLIST_TEMPLATE__SECTIONS:
				return getSections();
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
			case ChecklistPackage.CHECKLIST_TEMPLATE__EDITION:
				setEdition((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SOURCE:
				setSource((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__LICENCE:
				setLicence((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_TO:
				setValidTo((LocalDate)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__NAME:
				setName((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN:
				setOrigin((TemplateOrigin)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION:
				setOriginJurisdiction((Jurisdiction)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE:
				setOriginEnterprise((Enterprise)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__INSPECTS:
				setInspects((InspectedUnit)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__APPLIES_TO:
				getAppliesTo().clear();
				getAppliesTo().addAll((Collection<? extends MineKind>)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__STARTER:
				setStarter((Boolean)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SUPERSEDES:
				setSupersedes((ChecklistTemplate)newValue);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends ChecklistSection>)newValue);
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
			case ChecklistPackage.CHECKLIST_TEMPLATE__EDITION:
				setEdition(EDITION_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__LICENCE:
				setLicence(LICENCE_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION:
				setOriginJurisdiction((Jurisdiction)null);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE:
				setOriginEnterprise((Enterprise)null);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__INSPECTS:
				setInspects(INSPECTS_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__APPLIES_TO:
				getAppliesTo().clear();
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__STARTER:
				setStarter(STARTER_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SUPERSEDES:
				setSupersedes((ChecklistTemplate)null);
				return;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SECTIONS:
				getSections().clear();
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
			case ChecklistPackage.CHECKLIST_TEMPLATE__EDITION:
				return EDITION_EDEFAULT == null ? edition != null : !EDITION_EDEFAULT.equals(edition);
			case ChecklistPackage.CHECKLIST_TEMPLATE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ChecklistPackage.CHECKLIST_TEMPLATE__LICENCE:
				return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case ChecklistPackage.CHECKLIST_TEMPLATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION:
				return originJurisdiction != null;
			case ChecklistPackage.CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE:
				return originEnterprise != null;
			case ChecklistPackage.CHECKLIST_TEMPLATE__INSPECTS:
				return inspects != INSPECTS_EDEFAULT;
			case ChecklistPackage.CHECKLIST_TEMPLATE__APPLIES_TO:
				return appliesTo != null && !appliesTo.isEmpty();
			case ChecklistPackage.CHECKLIST_TEMPLATE__STARTER:
				return starter != STARTER_EDEFAULT;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SUPERSEDES:
				return supersedes != null;
			case ChecklistPackage.CHECKLIST_TEMPLATE__SECTIONS:
				return sections != null && !sections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Edition.class) {
			switch (derivedFeatureID) {
				case ChecklistPackage.CHECKLIST_TEMPLATE__EDITION: return BasePackage.EDITION__EDITION;
				case ChecklistPackage.CHECKLIST_TEMPLATE__SOURCE: return BasePackage.EDITION__SOURCE;
				case ChecklistPackage.CHECKLIST_TEMPLATE__LICENCE: return BasePackage.EDITION__LICENCE;
				case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_FROM: return BasePackage.EDITION__VALID_FROM;
				case ChecklistPackage.CHECKLIST_TEMPLATE__VALID_TO: return BasePackage.EDITION__VALID_TO;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Edition.class) {
			switch (baseFeatureID) {
				case BasePackage.EDITION__EDITION: return ChecklistPackage.CHECKLIST_TEMPLATE__EDITION;
				case BasePackage.EDITION__SOURCE: return ChecklistPackage.CHECKLIST_TEMPLATE__SOURCE;
				case BasePackage.EDITION__LICENCE: return ChecklistPackage.CHECKLIST_TEMPLATE__LICENCE;
				case BasePackage.EDITION__VALID_FROM: return ChecklistPackage.CHECKLIST_TEMPLATE__VALID_FROM;
				case BasePackage.EDITION__VALID_TO: return ChecklistPackage.CHECKLIST_TEMPLATE__VALID_TO;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedOperationID(int baseOperationID, Class<?> baseClass) {
		if (baseClass == Edition.class) {
			switch (baseOperationID) {
				case BasePackage.EDITION___IS_VALID_ON__LOCALDATE: return ChecklistPackage.CHECKLIST_TEMPLATE___IS_VALID_ON__LOCALDATE;
				default: return -1;
			}
		}
		return super.eDerivedOperationID(baseOperationID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ChecklistPackage.CHECKLIST_TEMPLATE___IS_VALID_ON__LOCALDATE:
				return isValidOn((LocalDate)arguments.get(0));
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
		result.append(" (edition: ");
		result.append(edition);
		result.append(", source: ");
		result.append(source);
		result.append(", licence: ");
		result.append(licence);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validTo: ");
		result.append(validTo);
		result.append(", name: ");
		result.append(name);
		result.append(", origin: ");
		result.append(origin);
		result.append(", inspects: ");
		result.append(inspects);
		result.append(", appliesTo: ");
		result.append(appliesTo);
		result.append(", starter: ");
		result.append(starter);
		result.append(')');
		return result.toString();
	}

} //ChecklistTemplateImpl
