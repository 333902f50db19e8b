/**
 */
package org.minewatch.model.enforcement.impl;

import java.time.Instant;
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

import org.minewatch.model.base.impl.LegalRecordImpl;

import org.minewatch.model.enforcement.Decision;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.enforcement.EnforcementPackage;
import org.minewatch.model.enforcement.Signature;

import org.minewatch.model.inspection.Inspection;

import org.minewatch.model.jurisdiction.Agency;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getIssuingAgency <em>Issuing Agency</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getInspection <em>Inspection</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getIssuedAt <em>Issued At</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getStopFrom <em>Stop From</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getStopTo <em>Stop To</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getResumeConditions <em>Resume Conditions</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl#getSignatures <em>Signatures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnforcementDocumentImpl extends LegalRecordImpl implements EnforcementDocument {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentKind KIND_EDEFAULT = DocumentKind.ON_SITE_INSPECTION_RECORD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DocumentKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getIssuingAgency() <em>Issuing Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingAgency()
	 * @generated
	 * @ordered
	 */
	protected Agency issuingAgency;

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
	 * The cached value of the '{@link #getInspection() <em>Inspection</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspection()
	 * @generated
	 * @ordered
	 */
	protected Inspection inspection;

	/**
	 * The default value of the '{@link #getIssuedAt() <em>Issued At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ISSUED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedAt() <em>Issued At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant issuedAt = ISSUED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopFrom() <em>Stop From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STOP_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStopFrom() <em>Stop From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate stopFrom = STOP_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopTo() <em>Stop To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STOP_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStopTo() <em>Stop To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate stopTo = STOP_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getResumeConditions() <em>Resume Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumeConditions()
	 * @generated
	 * @ordered
	 */
	protected static final String RESUME_CONDITIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResumeConditions() <em>Resume Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumeConditions()
	 * @generated
	 * @ordered
	 */
	protected String resumeConditions = RESUME_CONDITIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * The cached value of the '{@link #getSignatures() <em>Signatures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatures()
	 * @generated
	 * @ordered
	 */
	protected EList<Signature> signatures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnforcementDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DocumentKind newKind) {
		DocumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getIssuingAgency() {
		if (issuingAgency != null && issuingAgency.eIsProxy()) {
			InternalEObject oldIssuingAgency = (InternalEObject)issuingAgency;
			issuingAgency = (Agency)eResolveProxy(oldIssuingAgency);
			if (issuingAgency != oldIssuingAgency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUING_AGENCY, oldIssuingAgency, issuingAgency));
			}
		}
		return issuingAgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agency basicGetIssuingAgency() {
		return issuingAgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuingAgency(Agency newIssuingAgency) {
		Agency oldIssuingAgency = issuingAgency;
		issuingAgency = newIssuingAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUING_AGENCY, oldIssuingAgency, issuingAgency));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EnforcementPackage.ENFORCEMENT_DOCUMENT__MINE, oldMine, mine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__MINE, oldMine, mine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection getInspection() {
		if (inspection != null && inspection.eIsProxy()) {
			InternalEObject oldInspection = (InternalEObject)inspection;
			inspection = (Inspection)eResolveProxy(oldInspection);
			if (inspection != oldInspection) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EnforcementPackage.ENFORCEMENT_DOCUMENT__INSPECTION, oldInspection, inspection));
			}
		}
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Inspection basicGetInspection() {
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspection(Inspection newInspection) {
		Inspection oldInspection = inspection;
		inspection = newInspection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__INSPECTION, oldInspection, inspection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getIssuedAt() {
		return issuedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedAt(Instant newIssuedAt) {
		Instant oldIssuedAt = issuedAt;
		issuedAt = newIssuedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUED_AT, oldIssuedAt, issuedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStopFrom() {
		return stopFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopFrom(LocalDate newStopFrom) {
		LocalDate oldStopFrom = stopFrom;
		stopFrom = newStopFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_FROM, oldStopFrom, stopFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStopTo() {
		return stopTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopTo(LocalDate newStopTo) {
		LocalDate oldStopTo = stopTo;
		stopTo = newStopTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_TO, oldStopTo, stopTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResumeConditions() {
		return resumeConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResumeConditions(String newResumeConditions) {
		String oldResumeConditions = resumeConditions;
		resumeConditions = newResumeConditions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnforcementPackage.ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS, oldResumeConditions, resumeConditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, EnforcementPackage.ENFORCEMENT_DOCUMENT__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Signature> getSignatures() {
		if (signatures == null) {
			signatures = new EObjectContainmentEList<Signature>(Signature.class, this, EnforcementPackage.ENFORCEMENT_DOCUMENT__SIGNATURES);
		}
		return signatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__SIGNATURES:
				return ((InternalEList<?>)getSignatures()).basicRemove(otherEnd, msgs);
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
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__KIND:
				return getKind();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__NUMBER:
				return getNumber();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUING_AGENCY:
				if (resolve) return getIssuingAgency();
				return basicGetIssuingAgency();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__INSPECTION:
				if (resolve) return getInspection();
				return basicGetInspection();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUED_AT:
				return getIssuedAt();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__CONTENT:
				return getContent();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_FROM:
				return getStopFrom();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_TO:
				return getStopTo();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS:
				return getResumeConditions();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__DECISIONS:
				return getDecisions();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__SIGNATURES:
				return getSignatures();
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
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__KIND:
				setKind((DocumentKind)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__NUMBER:
				setNumber((String)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUING_AGENCY:
				setIssuingAgency((Agency)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__MINE:
				setMine((Mine)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__INSPECTION:
				setInspection((Inspection)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUED_AT:
				setIssuedAt((Instant)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__CONTENT:
				setContent((String)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_FROM:
				setStopFrom((LocalDate)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_TO:
				setStopTo((LocalDate)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS:
				setResumeConditions((String)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__SIGNATURES:
				getSignatures().clear();
				getSignatures().addAll((Collection<? extends Signature>)newValue);
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
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUING_AGENCY:
				setIssuingAgency((Agency)null);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__MINE:
				setMine((Mine)null);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__INSPECTION:
				setInspection((Inspection)null);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUED_AT:
				setIssuedAt(ISSUED_AT_EDEFAULT);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__CONTENT:
				setContent(CONTENT_EDEFAULT);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_FROM:
				setStopFrom(STOP_FROM_EDEFAULT);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_TO:
				setStopTo(STOP_TO_EDEFAULT);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS:
				setResumeConditions(RESUME_CONDITIONS_EDEFAULT);
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__DECISIONS:
				getDecisions().clear();
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__SIGNATURES:
				getSignatures().clear();
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
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__KIND:
				return kind != KIND_EDEFAULT;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUING_AGENCY:
				return issuingAgency != null;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__MINE:
				return mine != null;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__INSPECTION:
				return inspection != null;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUED_AT:
				return ISSUED_AT_EDEFAULT == null ? issuedAt != null : !ISSUED_AT_EDEFAULT.equals(issuedAt);
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_FROM:
				return STOP_FROM_EDEFAULT == null ? stopFrom != null : !STOP_FROM_EDEFAULT.equals(stopFrom);
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_TO:
				return STOP_TO_EDEFAULT == null ? stopTo != null : !STOP_TO_EDEFAULT.equals(stopTo);
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS:
				return RESUME_CONDITIONS_EDEFAULT == null ? resumeConditions != null : !RESUME_CONDITIONS_EDEFAULT.equals(resumeConditions);
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__SIGNATURES:
				return signatures != null && !signatures.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", number: ");
		result.append(number);
		result.append(", issuedAt: ");
		result.append(issuedAt);
		result.append(", content: ");
		result.append(content);
		result.append(", stopFrom: ");
		result.append(stopFrom);
		result.append(", stopTo: ");
		result.append(stopTo);
		result.append(", resumeConditions: ");
		result.append(resumeConditions);
		result.append(')');
		return result.toString();
	}

} //EnforcementDocumentImpl
