/**
 */
package org.minewatch.model.report.impl;

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

import org.minewatch.model.campaign.Campaign;

import org.minewatch.model.inspection.Inspection;

import org.minewatch.model.jurisdiction.Jurisdiction;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportFigure;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportPackage;
import org.minewatch.model.report.ReportSection;
import org.minewatch.model.report.ReportStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getInspection <em>Inspection</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getRejectionReason <em>Rejection Reason</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getRedoOf <em>Redo Of</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getChainHead <em>Chain Head</em>}</li>
 *   <li>{@link org.minewatch.model.report.impl.ReportImpl#getFigures <em>Figures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportImpl extends LegalRecordImpl implements Report {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReportKind KIND_EDEFAULT = ReportKind.SELF_INSPECTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReportKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ReportStatus STATUS_EDEFAULT = ReportStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ReportStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Person author;

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
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

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
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SUBMITTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRejectionReason() <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectionReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REJECTION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectionReason() <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectionReason()
	 * @generated
	 * @ordered
	 */
	protected String rejectionReason = REJECTION_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRedoOf() <em>Redo Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedoOf()
	 * @generated
	 * @ordered
	 */
	protected Report redoOf;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportSection> sections;

	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected Instant asOf = AS_OF_EDEFAULT;

	/**
	 * The default value of the '{@link #getChainHead() <em>Chain Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainHead()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAIN_HEAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChainHead() <em>Chain Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainHead()
	 * @generated
	 * @ordered
	 */
	protected String chainHead = CHAIN_HEAD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFigures() <em>Figures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigures()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportFigure> figures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportPackage.Literals.REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReportKind newKind) {
		ReportKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ReportStatus newStatus) {
		ReportStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAuthor() {
		if (author != null && author.eIsProxy()) {
			InternalEObject oldAuthor = (InternalEObject)author;
			author = (Person)eResolveProxy(oldAuthor);
			if (author != oldAuthor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportPackage.REPORT__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Person newAuthor) {
		Person oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__AUTHOR, oldAuthor, author));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportPackage.REPORT__MINE, oldMine, mine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__MINE, oldMine, mine));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportPackage.REPORT__JURISDICTION, oldJurisdiction, jurisdiction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		if (campaign != null && campaign.eIsProxy()) {
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportPackage.REPORT__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__CAMPAIGN, oldCampaign, campaign));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportPackage.REPORT__INSPECTION, oldInspection, inspection));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__INSPECTION, oldInspection, inspection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSubmittedAt() {
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(Instant newSubmittedAt) {
		Instant oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRejectionReason() {
		return rejectionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectionReason(String newRejectionReason) {
		String oldRejectionReason = rejectionReason;
		rejectionReason = newRejectionReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__REJECTION_REASON, oldRejectionReason, rejectionReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Report getRedoOf() {
		if (redoOf != null && redoOf.eIsProxy()) {
			InternalEObject oldRedoOf = (InternalEObject)redoOf;
			redoOf = (Report)eResolveProxy(oldRedoOf);
			if (redoOf != oldRedoOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportPackage.REPORT__REDO_OF, oldRedoOf, redoOf));
			}
		}
		return redoOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Report basicGetRedoOf() {
		return redoOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedoOf(Report newRedoOf) {
		Report oldRedoOf = redoOf;
		redoOf = newRedoOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__REDO_OF, oldRedoOf, redoOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportSection> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<ReportSection>(ReportSection.class, this, ReportPackage.REPORT__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAsOf() {
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(Instant newAsOf) {
		Instant oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChainHead() {
		return chainHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChainHead(String newChainHead) {
		String oldChainHead = chainHead;
		chainHead = newChainHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__CHAIN_HEAD, oldChainHead, chainHead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportFigure> getFigures() {
		if (figures == null) {
			figures = new EObjectContainmentEList<ReportFigure>(ReportFigure.class, this, ReportPackage.REPORT__FIGURES);
		}
		return figures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportPackage.REPORT__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case ReportPackage.REPORT__FIGURES:
				return ((InternalEList<?>)getFigures()).basicRemove(otherEnd, msgs);
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
			case ReportPackage.REPORT__KIND:
				return getKind();
			case ReportPackage.REPORT__TITLE:
				return getTitle();
			case ReportPackage.REPORT__STATUS:
				return getStatus();
			case ReportPackage.REPORT__PERIOD_START:
				return getPeriodStart();
			case ReportPackage.REPORT__PERIOD_END:
				return getPeriodEnd();
			case ReportPackage.REPORT__DUE_DATE:
				return getDueDate();
			case ReportPackage.REPORT__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
			case ReportPackage.REPORT__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case ReportPackage.REPORT__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case ReportPackage.REPORT__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case ReportPackage.REPORT__INSPECTION:
				if (resolve) return getInspection();
				return basicGetInspection();
			case ReportPackage.REPORT__SUBMITTED_AT:
				return getSubmittedAt();
			case ReportPackage.REPORT__REJECTION_REASON:
				return getRejectionReason();
			case ReportPackage.REPORT__REDO_OF:
				if (resolve) return getRedoOf();
				return basicGetRedoOf();
			case ReportPackage.REPORT__SECTIONS:
				return getSections();
			case ReportPackage.REPORT__AS_OF:
				return getAsOf();
			case ReportPackage.REPORT__CHAIN_HEAD:
				return getChainHead();
			case ReportPackage.REPORT__FIGURES:
				return getFigures();
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
			case ReportPackage.REPORT__KIND:
				setKind((ReportKind)newValue);
				return;
			case ReportPackage.REPORT__TITLE:
				setTitle((String)newValue);
				return;
			case ReportPackage.REPORT__STATUS:
				setStatus((ReportStatus)newValue);
				return;
			case ReportPackage.REPORT__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case ReportPackage.REPORT__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case ReportPackage.REPORT__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case ReportPackage.REPORT__AUTHOR:
				setAuthor((Person)newValue);
				return;
			case ReportPackage.REPORT__MINE:
				setMine((Mine)newValue);
				return;
			case ReportPackage.REPORT__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case ReportPackage.REPORT__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case ReportPackage.REPORT__INSPECTION:
				setInspection((Inspection)newValue);
				return;
			case ReportPackage.REPORT__SUBMITTED_AT:
				setSubmittedAt((Instant)newValue);
				return;
			case ReportPackage.REPORT__REJECTION_REASON:
				setRejectionReason((String)newValue);
				return;
			case ReportPackage.REPORT__REDO_OF:
				setRedoOf((Report)newValue);
				return;
			case ReportPackage.REPORT__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends ReportSection>)newValue);
				return;
			case ReportPackage.REPORT__AS_OF:
				setAsOf((Instant)newValue);
				return;
			case ReportPackage.REPORT__CHAIN_HEAD:
				setChainHead((String)newValue);
				return;
			case ReportPackage.REPORT__FIGURES:
				getFigures().clear();
				getFigures().addAll((Collection<? extends ReportFigure>)newValue);
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
			case ReportPackage.REPORT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReportPackage.REPORT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ReportPackage.REPORT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ReportPackage.REPORT__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case ReportPackage.REPORT__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case ReportPackage.REPORT__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case ReportPackage.REPORT__AUTHOR:
				setAuthor((Person)null);
				return;
			case ReportPackage.REPORT__MINE:
				setMine((Mine)null);
				return;
			case ReportPackage.REPORT__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case ReportPackage.REPORT__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case ReportPackage.REPORT__INSPECTION:
				setInspection((Inspection)null);
				return;
			case ReportPackage.REPORT__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case ReportPackage.REPORT__REJECTION_REASON:
				setRejectionReason(REJECTION_REASON_EDEFAULT);
				return;
			case ReportPackage.REPORT__REDO_OF:
				setRedoOf((Report)null);
				return;
			case ReportPackage.REPORT__SECTIONS:
				getSections().clear();
				return;
			case ReportPackage.REPORT__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case ReportPackage.REPORT__CHAIN_HEAD:
				setChainHead(CHAIN_HEAD_EDEFAULT);
				return;
			case ReportPackage.REPORT__FIGURES:
				getFigures().clear();
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
			case ReportPackage.REPORT__KIND:
				return kind != KIND_EDEFAULT;
			case ReportPackage.REPORT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ReportPackage.REPORT__STATUS:
				return status != STATUS_EDEFAULT;
			case ReportPackage.REPORT__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case ReportPackage.REPORT__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case ReportPackage.REPORT__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case ReportPackage.REPORT__AUTHOR:
				return author != null;
			case ReportPackage.REPORT__MINE:
				return mine != null;
			case ReportPackage.REPORT__JURISDICTION:
				return jurisdiction != null;
			case ReportPackage.REPORT__CAMPAIGN:
				return campaign != null;
			case ReportPackage.REPORT__INSPECTION:
				return inspection != null;
			case ReportPackage.REPORT__SUBMITTED_AT:
				return SUBMITTED_AT_EDEFAULT == null ? submittedAt != null : !SUBMITTED_AT_EDEFAULT.equals(submittedAt);
			case ReportPackage.REPORT__REJECTION_REASON:
				return REJECTION_REASON_EDEFAULT == null ? rejectionReason != null : !REJECTION_REASON_EDEFAULT.equals(rejectionReason);
			case ReportPackage.REPORT__REDO_OF:
				return redoOf != null;
			case ReportPackage.REPORT__SECTIONS:
				return sections != null && !sections.isEmpty();
			case ReportPackage.REPORT__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case ReportPackage.REPORT__CHAIN_HEAD:
				return CHAIN_HEAD_EDEFAULT == null ? chainHead != null : !CHAIN_HEAD_EDEFAULT.equals(chainHead);
			case ReportPackage.REPORT__FIGURES:
				return figures != null && !figures.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", status: ");
		result.append(status);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(", rejectionReason: ");
		result.append(rejectionReason);
		result.append(", asOf: ");
		result.append(asOf);
		result.append(", chainHead: ");
		result.append(chainHead);
		result.append(')');
		return result.toString();
	}

} //ReportImpl
