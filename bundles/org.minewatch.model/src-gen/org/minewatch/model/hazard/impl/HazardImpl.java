/**
 */
package org.minewatch.model.hazard.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.Term;

import org.minewatch.model.base.impl.LegalRecordImpl;

import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.DeadlineExtension;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.MineHazardGrade;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.RectificationPlan;
import org.minewatch.model.hazard.Supervision;
import org.minewatch.model.hazard.Transition;

import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.ItemResult;

import org.minewatch.model.people.Person;

import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hazard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getMineGrade <em>Mine Grade</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getCitation <em>Citation</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getSourceInspection <em>Source Inspection</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getSourceResult <em>Source Result</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getFoundBy <em>Found By</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getFoundAt <em>Found At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getState <em>State</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#isFixedOnSpot <em>Fixed On Spot</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#isAreaStopped <em>Area Stopped</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#isPeopleWithdrawn <em>People Withdrawn</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getReportedAt <em>Reported At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getUncitedReason <em>Uncited Reason</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getAcceptanceRequestedAt <em>Acceptance Requested At</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getRectification <em>Rectification</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getSupervision <em>Supervision</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getExtensions <em>Extensions</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getAcceptances <em>Acceptances</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getRepeatOf <em>Repeat Of</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.HazardImpl#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HazardImpl extends LegalRecordImpl implements Hazard {
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
	 * The cached value of the '{@link #getMine() <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMine()
	 * @generated
	 * @ordered
	 */
	protected Mine mine;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected MineArea area;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final HazardGrade GRADE_EDEFAULT = HazardGrade.GENERAL;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected HazardGrade grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMineGrade() <em>Mine Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineGrade()
	 * @generated
	 * @ordered
	 */
	protected static final MineHazardGrade MINE_GRADE_EDEFAULT = MineHazardGrade.UNGRADED;

	/**
	 * The cached value of the '{@link #getMineGrade() <em>Mine Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineGrade()
	 * @generated
	 * @ordered
	 */
	protected MineHazardGrade mineGrade = MINE_GRADE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected Term category;

	/**
	 * The cached value of the '{@link #getCitation() <em>Citation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitation()
	 * @generated
	 * @ordered
	 */
	protected Citation citation;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final HazardSource SOURCE_EDEFAULT = HazardSource.INSPECTION;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected HazardSource source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceInspection() <em>Source Inspection</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceInspection()
	 * @generated
	 * @ordered
	 */
	protected Inspection sourceInspection;

	/**
	 * The cached value of the '{@link #getSourceResult() <em>Source Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceResult()
	 * @generated
	 * @ordered
	 */
	protected ItemResult sourceResult;

	/**
	 * The cached value of the '{@link #getFoundBy() <em>Found By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundBy()
	 * @generated
	 * @ordered
	 */
	protected Person foundBy;

	/**
	 * The default value of the '{@link #getFoundAt() <em>Found At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FOUND_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoundAt() <em>Found At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundAt()
	 * @generated
	 * @ordered
	 */
	protected Instant foundAt = FOUND_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final HazardState STATE_EDEFAULT = HazardState.FOUND;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected HazardState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isFixedOnSpot() <em>Fixed On Spot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFixedOnSpot()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FIXED_ON_SPOT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFixedOnSpot() <em>Fixed On Spot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFixedOnSpot()
	 * @generated
	 * @ordered
	 */
	protected boolean fixedOnSpot = FIXED_ON_SPOT_EDEFAULT;

	/**
	 * The default value of the '{@link #isAreaStopped() <em>Area Stopped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAreaStopped()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AREA_STOPPED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAreaStopped() <em>Area Stopped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAreaStopped()
	 * @generated
	 * @ordered
	 */
	protected boolean areaStopped = AREA_STOPPED_EDEFAULT;

	/**
	 * The default value of the '{@link #isPeopleWithdrawn() <em>People Withdrawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeopleWithdrawn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PEOPLE_WITHDRAWN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeopleWithdrawn() <em>People Withdrawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeopleWithdrawn()
	 * @generated
	 * @ordered
	 */
	protected boolean peopleWithdrawn = PEOPLE_WITHDRAWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedAt() <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedAt() <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant reportedAt = REPORTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUncitedReason() <em>Uncited Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncitedReason()
	 * @generated
	 * @ordered
	 */
	protected static final String UNCITED_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUncitedReason() <em>Uncited Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncitedReason()
	 * @generated
	 * @ordered
	 */
	protected String uncitedReason = UNCITED_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcceptanceRequestedAt() <em>Acceptance Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptanceRequestedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ACCEPTANCE_REQUESTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcceptanceRequestedAt() <em>Acceptance Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptanceRequestedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant acceptanceRequestedAt = ACCEPTANCE_REQUESTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRectification() <em>Rectification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRectification()
	 * @generated
	 * @ordered
	 */
	protected Rectification rectification;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected RectificationPlan plan;

	/**
	 * The cached value of the '{@link #getSupervision() <em>Supervision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervision()
	 * @generated
	 * @ordered
	 */
	protected Supervision supervision;

	/**
	 * The cached value of the '{@link #getExtensions() <em>Extensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<DeadlineExtension> extensions;

	/**
	 * The cached value of the '{@link #getAcceptances() <em>Acceptances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptances()
	 * @generated
	 * @ordered
	 */
	protected EList<Acceptance> acceptances;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Transition> transitions;

	/**
	 * The cached value of the '{@link #getRepeatOf() <em>Repeat Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatOf()
	 * @generated
	 * @ordered
	 */
	protected Hazard repeatOf;

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
	protected HazardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HazardPackage.Literals.HAZARD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__NUMBER, oldNumber, number));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.HAZARD__MINE, oldMine, mine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__MINE, oldMine, mine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineArea getArea() {
		if (area != null && area.eIsProxy()) {
			InternalEObject oldArea = (InternalEObject)area;
			area = (MineArea)eResolveProxy(oldArea);
			if (area != oldArea) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.HAZARD__AREA, oldArea, area));
			}
		}
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MineArea basicGetArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(MineArea newArea) {
		MineArea oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace) {
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardGrade getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(HazardGrade newGrade) {
		HazardGrade oldGrade = grade;
		grade = newGrade == null ? GRADE_EDEFAULT : newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineHazardGrade getMineGrade() {
		return mineGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMineGrade(MineHazardGrade newMineGrade) {
		MineHazardGrade oldMineGrade = mineGrade;
		mineGrade = newMineGrade == null ? MINE_GRADE_EDEFAULT : newMineGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__MINE_GRADE, oldMineGrade, mineGrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term getCategory() {
		if (category != null && category.eIsProxy()) {
			InternalEObject oldCategory = (InternalEObject)category;
			category = (Term)eResolveProxy(oldCategory);
			if (category != oldCategory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.HAZARD__CATEGORY, oldCategory, category));
			}
		}
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Term basicGetCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(Term newCategory) {
		Term oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Citation getCitation() {
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCitation(Citation newCitation, NotificationChain msgs) {
		Citation oldCitation = citation;
		citation = newCitation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__CITATION, oldCitation, newCitation);
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
	public void setCitation(Citation newCitation) {
		if (newCitation != citation) {
			NotificationChain msgs = null;
			if (citation != null)
				msgs = ((InternalEObject)citation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__CITATION, null, msgs);
			if (newCitation != null)
				msgs = ((InternalEObject)newCitation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__CITATION, null, msgs);
			msgs = basicSetCitation(newCitation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__CITATION, newCitation, newCitation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(HazardSource newSource) {
		HazardSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection getSourceInspection() {
		if (sourceInspection != null && sourceInspection.eIsProxy()) {
			InternalEObject oldSourceInspection = (InternalEObject)sourceInspection;
			sourceInspection = (Inspection)eResolveProxy(oldSourceInspection);
			if (sourceInspection != oldSourceInspection) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.HAZARD__SOURCE_INSPECTION, oldSourceInspection, sourceInspection));
			}
		}
		return sourceInspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Inspection basicGetSourceInspection() {
		return sourceInspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceInspection(Inspection newSourceInspection) {
		Inspection oldSourceInspection = sourceInspection;
		sourceInspection = newSourceInspection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__SOURCE_INSPECTION, oldSourceInspection, sourceInspection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemResult getSourceResult() {
		if (sourceResult != null && sourceResult.eIsProxy()) {
			InternalEObject oldSourceResult = (InternalEObject)sourceResult;
			sourceResult = (ItemResult)eResolveProxy(oldSourceResult);
			if (sourceResult != oldSourceResult) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.HAZARD__SOURCE_RESULT, oldSourceResult, sourceResult));
			}
		}
		return sourceResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemResult basicGetSourceResult() {
		return sourceResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceResult(ItemResult newSourceResult) {
		ItemResult oldSourceResult = sourceResult;
		sourceResult = newSourceResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__SOURCE_RESULT, oldSourceResult, sourceResult));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getFoundBy() {
		if (foundBy != null && foundBy.eIsProxy()) {
			InternalEObject oldFoundBy = (InternalEObject)foundBy;
			foundBy = (Person)eResolveProxy(oldFoundBy);
			if (foundBy != oldFoundBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.HAZARD__FOUND_BY, oldFoundBy, foundBy));
			}
		}
		return foundBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetFoundBy() {
		return foundBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundBy(Person newFoundBy) {
		Person oldFoundBy = foundBy;
		foundBy = newFoundBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__FOUND_BY, oldFoundBy, foundBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFoundAt() {
		return foundAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundAt(Instant newFoundAt) {
		Instant oldFoundAt = foundAt;
		foundAt = newFoundAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__FOUND_AT, oldFoundAt, foundAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(HazardState newState) {
		HazardState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFixedOnSpot() {
		return fixedOnSpot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedOnSpot(boolean newFixedOnSpot) {
		boolean oldFixedOnSpot = fixedOnSpot;
		fixedOnSpot = newFixedOnSpot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__FIXED_ON_SPOT, oldFixedOnSpot, fixedOnSpot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAreaStopped() {
		return areaStopped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaStopped(boolean newAreaStopped) {
		boolean oldAreaStopped = areaStopped;
		areaStopped = newAreaStopped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__AREA_STOPPED, oldAreaStopped, areaStopped));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeopleWithdrawn() {
		return peopleWithdrawn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeopleWithdrawn(boolean newPeopleWithdrawn) {
		boolean oldPeopleWithdrawn = peopleWithdrawn;
		peopleWithdrawn = newPeopleWithdrawn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__PEOPLE_WITHDRAWN, oldPeopleWithdrawn, peopleWithdrawn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReportedAt() {
		return reportedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedAt(Instant newReportedAt) {
		Instant oldReportedAt = reportedAt;
		reportedAt = newReportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__REPORTED_AT, oldReportedAt, reportedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUncitedReason() {
		return uncitedReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUncitedReason(String newUncitedReason) {
		String oldUncitedReason = uncitedReason;
		uncitedReason = newUncitedReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__UNCITED_REASON, oldUncitedReason, uncitedReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAcceptanceRequestedAt() {
		return acceptanceRequestedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceptanceRequestedAt(Instant newAcceptanceRequestedAt) {
		Instant oldAcceptanceRequestedAt = acceptanceRequestedAt;
		acceptanceRequestedAt = newAcceptanceRequestedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__ACCEPTANCE_REQUESTED_AT, oldAcceptanceRequestedAt, acceptanceRequestedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rectification getRectification() {
		return rectification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRectification(Rectification newRectification, NotificationChain msgs) {
		Rectification oldRectification = rectification;
		rectification = newRectification;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__RECTIFICATION, oldRectification, newRectification);
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
	public void setRectification(Rectification newRectification) {
		if (newRectification != rectification) {
			NotificationChain msgs = null;
			if (rectification != null)
				msgs = ((InternalEObject)rectification).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__RECTIFICATION, null, msgs);
			if (newRectification != null)
				msgs = ((InternalEObject)newRectification).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__RECTIFICATION, null, msgs);
			msgs = basicSetRectification(newRectification, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__RECTIFICATION, newRectification, newRectification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RectificationPlan getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlan(RectificationPlan newPlan, NotificationChain msgs) {
		RectificationPlan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__PLAN, oldPlan, newPlan);
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
	public void setPlan(RectificationPlan newPlan) {
		if (newPlan != plan) {
			NotificationChain msgs = null;
			if (plan != null)
				msgs = ((InternalEObject)plan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__PLAN, null, msgs);
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__PLAN, null, msgs);
			msgs = basicSetPlan(newPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__PLAN, newPlan, newPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Supervision getSupervision() {
		return supervision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSupervision(Supervision newSupervision, NotificationChain msgs) {
		Supervision oldSupervision = supervision;
		supervision = newSupervision;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__SUPERVISION, oldSupervision, newSupervision);
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
	public void setSupervision(Supervision newSupervision) {
		if (newSupervision != supervision) {
			NotificationChain msgs = null;
			if (supervision != null)
				msgs = ((InternalEObject)supervision).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__SUPERVISION, null, msgs);
			if (newSupervision != null)
				msgs = ((InternalEObject)newSupervision).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HazardPackage.HAZARD__SUPERVISION, null, msgs);
			msgs = basicSetSupervision(newSupervision, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__SUPERVISION, newSupervision, newSupervision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeadlineExtension> getExtensions() {
		if (extensions == null) {
			extensions = new EObjectContainmentEList<DeadlineExtension>(DeadlineExtension.class, this, HazardPackage.HAZARD__EXTENSIONS);
		}
		return extensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Acceptance> getAcceptances() {
		if (acceptances == null) {
			acceptances = new EObjectContainmentEList<Acceptance>(Acceptance.class, this, HazardPackage.HAZARD__ACCEPTANCES);
		}
		return acceptances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Transition> getTransitions() {
		if (transitions == null) {
			transitions = new EObjectContainmentEList<Transition>(Transition.class, this, HazardPackage.HAZARD__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hazard getRepeatOf() {
		if (repeatOf != null && repeatOf.eIsProxy()) {
			InternalEObject oldRepeatOf = (InternalEObject)repeatOf;
			repeatOf = (Hazard)eResolveProxy(oldRepeatOf);
			if (repeatOf != oldRepeatOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HazardPackage.HAZARD__REPEAT_OF, oldRepeatOf, repeatOf));
			}
		}
		return repeatOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hazard basicGetRepeatOf() {
		return repeatOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatOf(Hazard newRepeatOf) {
		Hazard oldRepeatOf = repeatOf;
		repeatOf = newRepeatOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.HAZARD__REPEAT_OF, oldRepeatOf, repeatOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, HazardPackage.HAZARD__ATTACHMENTS);
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
			case HazardPackage.HAZARD__CITATION:
				return basicSetCitation(null, msgs);
			case HazardPackage.HAZARD__RECTIFICATION:
				return basicSetRectification(null, msgs);
			case HazardPackage.HAZARD__PLAN:
				return basicSetPlan(null, msgs);
			case HazardPackage.HAZARD__SUPERVISION:
				return basicSetSupervision(null, msgs);
			case HazardPackage.HAZARD__EXTENSIONS:
				return ((InternalEList<?>)getExtensions()).basicRemove(otherEnd, msgs);
			case HazardPackage.HAZARD__ACCEPTANCES:
				return ((InternalEList<?>)getAcceptances()).basicRemove(otherEnd, msgs);
			case HazardPackage.HAZARD__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
			case HazardPackage.HAZARD__ATTACHMENTS:
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
			case HazardPackage.HAZARD__NUMBER:
				return getNumber();
			case HazardPackage.HAZARD__MINE:
				if (resolve) return getMine();
				return basicGetMine();
			case HazardPackage.HAZARD__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case HazardPackage.HAZARD__PLACE:
				return getPlace();
			case HazardPackage.HAZARD__DESCRIPTION:
				return getDescription();
			case HazardPackage.HAZARD__GRADE:
				return getGrade();
			case HazardPackage.HAZARD__MINE_GRADE:
				return getMineGrade();
			case HazardPackage.HAZARD__CATEGORY:
				if (resolve) return getCategory();
				return basicGetCategory();
			case HazardPackage.HAZARD__CITATION:
				return getCitation();
			case HazardPackage.HAZARD__SOURCE:
				return getSource();
			case HazardPackage.HAZARD__SOURCE_INSPECTION:
				if (resolve) return getSourceInspection();
				return basicGetSourceInspection();
			case HazardPackage.HAZARD__SOURCE_RESULT:
				if (resolve) return getSourceResult();
				return basicGetSourceResult();
			case HazardPackage.HAZARD__FOUND_BY:
				if (resolve) return getFoundBy();
				return basicGetFoundBy();
			case HazardPackage.HAZARD__FOUND_AT:
				return getFoundAt();
			case HazardPackage.HAZARD__STATE:
				return getState();
			case HazardPackage.HAZARD__FIXED_ON_SPOT:
				return isFixedOnSpot();
			case HazardPackage.HAZARD__AREA_STOPPED:
				return isAreaStopped();
			case HazardPackage.HAZARD__PEOPLE_WITHDRAWN:
				return isPeopleWithdrawn();
			case HazardPackage.HAZARD__REPORTED_AT:
				return getReportedAt();
			case HazardPackage.HAZARD__UNCITED_REASON:
				return getUncitedReason();
			case HazardPackage.HAZARD__ACCEPTANCE_REQUESTED_AT:
				return getAcceptanceRequestedAt();
			case HazardPackage.HAZARD__RECTIFICATION:
				return getRectification();
			case HazardPackage.HAZARD__PLAN:
				return getPlan();
			case HazardPackage.HAZARD__SUPERVISION:
				return getSupervision();
			case HazardPackage.HAZARD__EXTENSIONS:
				return getExtensions();
			case HazardPackage.HAZARD__ACCEPTANCES:
				return getAcceptances();
			case HazardPackage.HAZARD__TRANSITIONS:
				return getTransitions();
			case HazardPackage.HAZARD__REPEAT_OF:
				if (resolve) return getRepeatOf();
				return basicGetRepeatOf();
			case HazardPackage.HAZARD__ATTACHMENTS:
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
			case HazardPackage.HAZARD__NUMBER:
				setNumber((String)newValue);
				return;
			case HazardPackage.HAZARD__MINE:
				setMine((Mine)newValue);
				return;
			case HazardPackage.HAZARD__AREA:
				setArea((MineArea)newValue);
				return;
			case HazardPackage.HAZARD__PLACE:
				setPlace((String)newValue);
				return;
			case HazardPackage.HAZARD__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case HazardPackage.HAZARD__GRADE:
				setGrade((HazardGrade)newValue);
				return;
			case HazardPackage.HAZARD__MINE_GRADE:
				setMineGrade((MineHazardGrade)newValue);
				return;
			case HazardPackage.HAZARD__CATEGORY:
				setCategory((Term)newValue);
				return;
			case HazardPackage.HAZARD__CITATION:
				setCitation((Citation)newValue);
				return;
			case HazardPackage.HAZARD__SOURCE:
				setSource((HazardSource)newValue);
				return;
			case HazardPackage.HAZARD__SOURCE_INSPECTION:
				setSourceInspection((Inspection)newValue);
				return;
			case HazardPackage.HAZARD__SOURCE_RESULT:
				setSourceResult((ItemResult)newValue);
				return;
			case HazardPackage.HAZARD__FOUND_BY:
				setFoundBy((Person)newValue);
				return;
			case HazardPackage.HAZARD__FOUND_AT:
				setFoundAt((Instant)newValue);
				return;
			case HazardPackage.HAZARD__STATE:
				setState((HazardState)newValue);
				return;
			case HazardPackage.HAZARD__FIXED_ON_SPOT:
				setFixedOnSpot((Boolean)newValue);
				return;
			case HazardPackage.HAZARD__AREA_STOPPED:
				setAreaStopped((Boolean)newValue);
				return;
			case HazardPackage.HAZARD__PEOPLE_WITHDRAWN:
				setPeopleWithdrawn((Boolean)newValue);
				return;
			case HazardPackage.HAZARD__REPORTED_AT:
				setReportedAt((Instant)newValue);
				return;
			case HazardPackage.HAZARD__UNCITED_REASON:
				setUncitedReason((String)newValue);
				return;
			case HazardPackage.HAZARD__ACCEPTANCE_REQUESTED_AT:
				setAcceptanceRequestedAt((Instant)newValue);
				return;
			case HazardPackage.HAZARD__RECTIFICATION:
				setRectification((Rectification)newValue);
				return;
			case HazardPackage.HAZARD__PLAN:
				setPlan((RectificationPlan)newValue);
				return;
			case HazardPackage.HAZARD__SUPERVISION:
				setSupervision((Supervision)newValue);
				return;
			case HazardPackage.HAZARD__EXTENSIONS:
				getExtensions().clear();
				getExtensions().addAll((Collection<? extends DeadlineExtension>)newValue);
				return;
			case HazardPackage.HAZARD__ACCEPTANCES:
				getAcceptances().clear();
				getAcceptances().addAll((Collection<? extends Acceptance>)newValue);
				return;
			case HazardPackage.HAZARD__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends Transition>)newValue);
				return;
			case HazardPackage.HAZARD__REPEAT_OF:
				setRepeatOf((Hazard)newValue);
				return;
			case HazardPackage.HAZARD__ATTACHMENTS:
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
			case HazardPackage.HAZARD__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case HazardPackage.HAZARD__MINE:
				setMine((Mine)null);
				return;
			case HazardPackage.HAZARD__AREA:
				setArea((MineArea)null);
				return;
			case HazardPackage.HAZARD__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case HazardPackage.HAZARD__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case HazardPackage.HAZARD__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case HazardPackage.HAZARD__MINE_GRADE:
				setMineGrade(MINE_GRADE_EDEFAULT);
				return;
			case HazardPackage.HAZARD__CATEGORY:
				setCategory((Term)null);
				return;
			case HazardPackage.HAZARD__CITATION:
				setCitation((Citation)null);
				return;
			case HazardPackage.HAZARD__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case HazardPackage.HAZARD__SOURCE_INSPECTION:
				setSourceInspection((Inspection)null);
				return;
			case HazardPackage.HAZARD__SOURCE_RESULT:
				setSourceResult((ItemResult)null);
				return;
			case HazardPackage.HAZARD__FOUND_BY:
				setFoundBy((Person)null);
				return;
			case HazardPackage.HAZARD__FOUND_AT:
				setFoundAt(FOUND_AT_EDEFAULT);
				return;
			case HazardPackage.HAZARD__STATE:
				setState(STATE_EDEFAULT);
				return;
			case HazardPackage.HAZARD__FIXED_ON_SPOT:
				setFixedOnSpot(FIXED_ON_SPOT_EDEFAULT);
				return;
			case HazardPackage.HAZARD__AREA_STOPPED:
				setAreaStopped(AREA_STOPPED_EDEFAULT);
				return;
			case HazardPackage.HAZARD__PEOPLE_WITHDRAWN:
				setPeopleWithdrawn(PEOPLE_WITHDRAWN_EDEFAULT);
				return;
			case HazardPackage.HAZARD__REPORTED_AT:
				setReportedAt(REPORTED_AT_EDEFAULT);
				return;
			case HazardPackage.HAZARD__UNCITED_REASON:
				setUncitedReason(UNCITED_REASON_EDEFAULT);
				return;
			case HazardPackage.HAZARD__ACCEPTANCE_REQUESTED_AT:
				setAcceptanceRequestedAt(ACCEPTANCE_REQUESTED_AT_EDEFAULT);
				return;
			case HazardPackage.HAZARD__RECTIFICATION:
				setRectification((Rectification)null);
				return;
			case HazardPackage.HAZARD__PLAN:
				setPlan((RectificationPlan)null);
				return;
			case HazardPackage.HAZARD__SUPERVISION:
				setSupervision((Supervision)null);
				return;
			case HazardPackage.HAZARD__EXTENSIONS:
				getExtensions().clear();
				return;
			case HazardPackage.HAZARD__ACCEPTANCES:
				getAcceptances().clear();
				return;
			case HazardPackage.HAZARD__TRANSITIONS:
				getTransitions().clear();
				return;
			case HazardPackage.HAZARD__REPEAT_OF:
				setRepeatOf((Hazard)null);
				return;
			case HazardPackage.HAZARD__ATTACHMENTS:
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
			case HazardPackage.HAZARD__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case HazardPackage.HAZARD__MINE:
				return mine != null;
			case HazardPackage.HAZARD__AREA:
				return area != null;
			case HazardPackage.HAZARD__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case HazardPackage.HAZARD__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case HazardPackage.HAZARD__GRADE:
				return grade != GRADE_EDEFAULT;
			case HazardPackage.HAZARD__MINE_GRADE:
				return mineGrade != MINE_GRADE_EDEFAULT;
			case HazardPackage.HAZARD__CATEGORY:
				return category != null;
			case HazardPackage.HAZARD__CITATION:
				return citation != null;
			case HazardPackage.HAZARD__SOURCE:
				return source != SOURCE_EDEFAULT;
			case HazardPackage.HAZARD__SOURCE_INSPECTION:
				return sourceInspection != null;
			case HazardPackage.HAZARD__SOURCE_RESULT:
				return sourceResult != null;
			case HazardPackage.HAZARD__FOUND_BY:
				return foundBy != null;
			case HazardPackage.HAZARD__FOUND_AT:
				return FOUND_AT_EDEFAULT == null ? foundAt != null : !FOUND_AT_EDEFAULT.equals(foundAt);
			case HazardPackage.HAZARD__STATE:
				return state != STATE_EDEFAULT;
			case HazardPackage.HAZARD__FIXED_ON_SPOT:
				return fixedOnSpot != FIXED_ON_SPOT_EDEFAULT;
			case HazardPackage.HAZARD__AREA_STOPPED:
				return areaStopped != AREA_STOPPED_EDEFAULT;
			case HazardPackage.HAZARD__PEOPLE_WITHDRAWN:
				return peopleWithdrawn != PEOPLE_WITHDRAWN_EDEFAULT;
			case HazardPackage.HAZARD__REPORTED_AT:
				return REPORTED_AT_EDEFAULT == null ? reportedAt != null : !REPORTED_AT_EDEFAULT.equals(reportedAt);
			case HazardPackage.HAZARD__UNCITED_REASON:
				return UNCITED_REASON_EDEFAULT == null ? uncitedReason != null : !UNCITED_REASON_EDEFAULT.equals(uncitedReason);
			case HazardPackage.HAZARD__ACCEPTANCE_REQUESTED_AT:
				return ACCEPTANCE_REQUESTED_AT_EDEFAULT == null ? acceptanceRequestedAt != null : !ACCEPTANCE_REQUESTED_AT_EDEFAULT.equals(acceptanceRequestedAt);
			case HazardPackage.HAZARD__RECTIFICATION:
				return rectification != null;
			case HazardPackage.HAZARD__PLAN:
				return plan != null;
			case HazardPackage.HAZARD__SUPERVISION:
				return supervision != null;
			case HazardPackage.HAZARD__EXTENSIONS:
				return extensions != null && !extensions.isEmpty();
			case HazardPackage.HAZARD__ACCEPTANCES:
				return acceptances != null && !acceptances.isEmpty();
			case HazardPackage.HAZARD__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
			case HazardPackage.HAZARD__REPEAT_OF:
				return repeatOf != null;
			case HazardPackage.HAZARD__ATTACHMENTS:
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
		result.append(" (number: ");
		result.append(number);
		result.append(", place: ");
		result.append(place);
		result.append(", description: ");
		result.append(description);
		result.append(", grade: ");
		result.append(grade);
		result.append(", mineGrade: ");
		result.append(mineGrade);
		result.append(", source: ");
		result.append(source);
		result.append(", foundAt: ");
		result.append(foundAt);
		result.append(", state: ");
		result.append(state);
		result.append(", fixedOnSpot: ");
		result.append(fixedOnSpot);
		result.append(", areaStopped: ");
		result.append(areaStopped);
		result.append(", peopleWithdrawn: ");
		result.append(peopleWithdrawn);
		result.append(", reportedAt: ");
		result.append(reportedAt);
		result.append(", uncitedReason: ");
		result.append(uncitedReason);
		result.append(", acceptanceRequestedAt: ");
		result.append(acceptanceRequestedAt);
		result.append(')');
		return result.toString();
	}

} //HazardImpl
