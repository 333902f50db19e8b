/**
 */
package org.minewatch.model.inspection.impl;

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

import org.minewatch.model.checklist.ChecklistTemplate;

import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Finding;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.inspection.TeamMember;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getRound <em>Round</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getRedoOf <em>Redo Of</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getCompletedAt <em>Completed At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getSignedOffBy <em>Signed Off By</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getSignedOffAt <em>Signed Off At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getRejectionReason <em>Rejection Reason</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#isBeforeResumption <em>Before Resumption</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getResults <em>Results</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.InspectionImpl#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionImpl extends LegalRecordImpl implements Inspection {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionKind KIND_EDEFAULT = InspectionKind.SELF_INSPECTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InspectionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionStatus STATUS_EDEFAULT = InspectionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InspectionStatus status = STATUS_EDEFAULT;

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
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected ChecklistTemplate template;

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
	 * The default value of the '{@link #getRound() <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected static final int ROUND_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRound() <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected int round = ROUND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRedoOf() <em>Redo Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedoOf()
	 * @generated
	 * @ordered
	 */
	protected Inspection redoOf;

	/**
	 * The default value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedStart = PLANNED_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedEnd = PLANNED_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedAt() <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant COMPLETED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedAt() <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant completedAt = COMPLETED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignedOffBy() <em>Signed Off By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffBy()
	 * @generated
	 * @ordered
	 */
	protected Person signedOffBy;

	/**
	 * The default value of the '{@link #getSignedOffAt() <em>Signed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SIGNED_OFF_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOffAt() <em>Signed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffAt()
	 * @generated
	 * @ordered
	 */
	protected Instant signedOffAt = SIGNED_OFF_AT_EDEFAULT;

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
	 * The default value of the '{@link #isBeforeResumption() <em>Before Resumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBeforeResumption()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BEFORE_RESUMPTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBeforeResumption() <em>Before Resumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBeforeResumption()
	 * @generated
	 * @ordered
	 */
	protected boolean beforeResumption = BEFORE_RESUMPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<TeamMember> team;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemResult> results;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> attachments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InspectionKind newKind) {
		InspectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InspectionStatus newStatus) {
		InspectionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__STATUS, oldStatus, status));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INSPECTION__MINE, oldMine, mine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__MINE, oldMine, mine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (ChecklistTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INSPECTION__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChecklistTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(ChecklistTemplate newTemplate) {
		ChecklistTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__TEMPLATE, oldTemplate, template));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INSPECTION__CAMPAIGN, oldCampaign, campaign));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRound() {
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound(int newRound) {
		int oldRound = round;
		round = newRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__ROUND, oldRound, round));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection getRedoOf() {
		if (redoOf != null && redoOf.eIsProxy()) {
			InternalEObject oldRedoOf = (InternalEObject)redoOf;
			redoOf = (Inspection)eResolveProxy(oldRedoOf);
			if (redoOf != oldRedoOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INSPECTION__REDO_OF, oldRedoOf, redoOf));
			}
		}
		return redoOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Inspection basicGetRedoOf() {
		return redoOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedoOf(Inspection newRedoOf) {
		Inspection oldRedoOf = redoOf;
		redoOf = newRedoOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__REDO_OF, oldRedoOf, redoOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedStart(LocalDate newPlannedStart) {
		LocalDate oldPlannedStart = plannedStart;
		plannedStart = newPlannedStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__PLANNED_START, oldPlannedStart, plannedStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedEnd(LocalDate newPlannedEnd) {
		LocalDate oldPlannedEnd = plannedEnd;
		plannedEnd = newPlannedEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__PLANNED_END, oldPlannedEnd, plannedEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Instant newStartedAt) {
		Instant oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCompletedAt() {
		return completedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedAt(Instant newCompletedAt) {
		Instant oldCompletedAt = completedAt;
		completedAt = newCompletedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__COMPLETED_AT, oldCompletedAt, completedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSignedOffBy() {
		if (signedOffBy != null && signedOffBy.eIsProxy()) {
			InternalEObject oldSignedOffBy = (InternalEObject)signedOffBy;
			signedOffBy = (Person)eResolveProxy(oldSignedOffBy);
			if (signedOffBy != oldSignedOffBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INSPECTION__SIGNED_OFF_BY, oldSignedOffBy, signedOffBy));
			}
		}
		return signedOffBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSignedOffBy() {
		return signedOffBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOffBy(Person newSignedOffBy) {
		Person oldSignedOffBy = signedOffBy;
		signedOffBy = newSignedOffBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__SIGNED_OFF_BY, oldSignedOffBy, signedOffBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSignedOffAt() {
		return signedOffAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOffAt(Instant newSignedOffAt) {
		Instant oldSignedOffAt = signedOffAt;
		signedOffAt = newSignedOffAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__SIGNED_OFF_AT, oldSignedOffAt, signedOffAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__REJECTION_REASON, oldRejectionReason, rejectionReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBeforeResumption() {
		return beforeResumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeResumption(boolean newBeforeResumption) {
		boolean oldBeforeResumption = beforeResumption;
		beforeResumption = newBeforeResumption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION__BEFORE_RESUMPTION, oldBeforeResumption, beforeResumption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TeamMember> getTeam() {
		if (team == null) {
			team = new EObjectContainmentEList<TeamMember>(TeamMember.class, this, InspectionPackage.INSPECTION__TEAM);
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<ItemResult>(ItemResult.class, this, InspectionPackage.INSPECTION__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, InspectionPackage.INSPECTION__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, InspectionPackage.INSPECTION__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.INSPECTION__TEAM:
				return ((InternalEList<?>)getTeam()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.INSPECTION__KIND:
				return getKind();
			case InspectionPackage.INSPECTION__STATUS:
				return getStatus();
			case InspectionPackage.INSPECTION__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case InspectionPackage.INSPECTION__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
			case InspectionPackage.INSPECTION__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case InspectionPackage.INSPECTION__ROUND:
				return getRound();
			case InspectionPackage.INSPECTION__REDO_OF:
				if (resolve) return getRedoOf();
				return basicGetRedoOf();
			case InspectionPackage.INSPECTION__PLANNED_START:
				return getPlannedStart();
			case InspectionPackage.INSPECTION__PLANNED_END:
				return getPlannedEnd();
			case InspectionPackage.INSPECTION__STARTED_AT:
				return getStartedAt();
			case InspectionPackage.INSPECTION__COMPLETED_AT:
				return getCompletedAt();
			case InspectionPackage.INSPECTION__SIGNED_OFF_BY:
				if (resolve) return getSignedOffBy();
				return basicGetSignedOffBy();
			case InspectionPackage.INSPECTION__SIGNED_OFF_AT:
				return getSignedOffAt();
			case InspectionPackage.INSPECTION__REJECTION_REASON:
				return getRejectionReason();
			case InspectionPackage.INSPECTION__BEFORE_RESUMPTION:
				return isBeforeResumption();
			case InspectionPackage.INSPECTION__TEAM:
				return getTeam();
			case InspectionPackage.INSPECTION__RESULTS:
				return getResults();
			case InspectionPackage.INSPECTION__FINDINGS:
				return getFindings();
			case InspectionPackage.INSPECTION__ATTACHMENTS:
				return getAttachments();
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
			case InspectionPackage.INSPECTION__KIND:
				setKind((InspectionKind)newValue);
				return;
			case InspectionPackage.INSPECTION__STATUS:
				setStatus((InspectionStatus)newValue);
				return;
			case InspectionPackage.INSPECTION__MINE:
				setMine((Mine)newValue);
				return;
			case InspectionPackage.INSPECTION__TEMPLATE:
				setTemplate((ChecklistTemplate)newValue);
				return;
			case InspectionPackage.INSPECTION__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case InspectionPackage.INSPECTION__ROUND:
				setRound((Integer)newValue);
				return;
			case InspectionPackage.INSPECTION__REDO_OF:
				setRedoOf((Inspection)newValue);
				return;
			case InspectionPackage.INSPECTION__PLANNED_START:
				setPlannedStart((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION__PLANNED_END:
				setPlannedEnd((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case InspectionPackage.INSPECTION__COMPLETED_AT:
				setCompletedAt((Instant)newValue);
				return;
			case InspectionPackage.INSPECTION__SIGNED_OFF_BY:
				setSignedOffBy((Person)newValue);
				return;
			case InspectionPackage.INSPECTION__SIGNED_OFF_AT:
				setSignedOffAt((Instant)newValue);
				return;
			case InspectionPackage.INSPECTION__REJECTION_REASON:
				setRejectionReason((String)newValue);
				return;
			case InspectionPackage.INSPECTION__BEFORE_RESUMPTION:
				setBeforeResumption((Boolean)newValue);
				return;
			case InspectionPackage.INSPECTION__TEAM:
				getTeam().clear();
				getTeam().addAll((Collection<? extends TeamMember>)newValue);
				return;
			case InspectionPackage.INSPECTION__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends ItemResult>)newValue);
				return;
			case InspectionPackage.INSPECTION__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case InspectionPackage.INSPECTION__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends Attachment>)newValue);
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
			case InspectionPackage.INSPECTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__MINE:
				setMine((Mine)null);
				return;
			case InspectionPackage.INSPECTION__TEMPLATE:
				setTemplate((ChecklistTemplate)null);
				return;
			case InspectionPackage.INSPECTION__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case InspectionPackage.INSPECTION__ROUND:
				setRound(ROUND_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__REDO_OF:
				setRedoOf((Inspection)null);
				return;
			case InspectionPackage.INSPECTION__PLANNED_START:
				setPlannedStart(PLANNED_START_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__PLANNED_END:
				setPlannedEnd(PLANNED_END_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__COMPLETED_AT:
				setCompletedAt(COMPLETED_AT_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__SIGNED_OFF_BY:
				setSignedOffBy((Person)null);
				return;
			case InspectionPackage.INSPECTION__SIGNED_OFF_AT:
				setSignedOffAt(SIGNED_OFF_AT_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__REJECTION_REASON:
				setRejectionReason(REJECTION_REASON_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__BEFORE_RESUMPTION:
				setBeforeResumption(BEFORE_RESUMPTION_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION__TEAM:
				getTeam().clear();
				return;
			case InspectionPackage.INSPECTION__RESULTS:
				getResults().clear();
				return;
			case InspectionPackage.INSPECTION__FINDINGS:
				getFindings().clear();
				return;
			case InspectionPackage.INSPECTION__ATTACHMENTS:
				getAttachments().clear();
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
			case InspectionPackage.INSPECTION__KIND:
				return kind != KIND_EDEFAULT;
			case InspectionPackage.INSPECTION__STATUS:
				return status != STATUS_EDEFAULT;
			case InspectionPackage.INSPECTION__MINE:
				return mine != null;
			case InspectionPackage.INSPECTION__TEMPLATE:
				return template != null;
			case InspectionPackage.INSPECTION__CAMPAIGN:
				return campaign != null;
			case InspectionPackage.INSPECTION__ROUND:
				return round != ROUND_EDEFAULT;
			case InspectionPackage.INSPECTION__REDO_OF:
				return redoOf != null;
			case InspectionPackage.INSPECTION__PLANNED_START:
				return PLANNED_START_EDEFAULT == null ? plannedStart != null : !PLANNED_START_EDEFAULT.equals(plannedStart);
			case InspectionPackage.INSPECTION__PLANNED_END:
				return PLANNED_END_EDEFAULT == null ? plannedEnd != null : !PLANNED_END_EDEFAULT.equals(plannedEnd);
			case InspectionPackage.INSPECTION__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case InspectionPackage.INSPECTION__COMPLETED_AT:
				return COMPLETED_AT_EDEFAULT == null ? completedAt != null : !COMPLETED_AT_EDEFAULT.equals(completedAt);
			case InspectionPackage.INSPECTION__SIGNED_OFF_BY:
				return signedOffBy != null;
			case InspectionPackage.INSPECTION__SIGNED_OFF_AT:
				return SIGNED_OFF_AT_EDEFAULT == null ? signedOffAt != null : !SIGNED_OFF_AT_EDEFAULT.equals(signedOffAt);
			case InspectionPackage.INSPECTION__REJECTION_REASON:
				return REJECTION_REASON_EDEFAULT == null ? rejectionReason != null : !REJECTION_REASON_EDEFAULT.equals(rejectionReason);
			case InspectionPackage.INSPECTION__BEFORE_RESUMPTION:
				return beforeResumption != BEFORE_RESUMPTION_EDEFAULT;
			case InspectionPackage.INSPECTION__TEAM:
				return team != null && !team.isEmpty();
			case InspectionPackage.INSPECTION__RESULTS:
				return results != null && !results.isEmpty();
			case InspectionPackage.INSPECTION__FINDINGS:
				return findings != null && !findings.isEmpty();
			case InspectionPackage.INSPECTION__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
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
		result.append(", status: ");
		result.append(status);
		result.append(", round: ");
		result.append(round);
		result.append(", plannedStart: ");
		result.append(plannedStart);
		result.append(", plannedEnd: ");
		result.append(plannedEnd);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", completedAt: ");
		result.append(completedAt);
		result.append(", signedOffAt: ");
		result.append(signedOffAt);
		result.append(", rejectionReason: ");
		result.append(rejectionReason);
		result.append(", beforeResumption: ");
		result.append(beforeResumption);
		result.append(')');
		return result.toString();
	}

} //InspectionImpl
