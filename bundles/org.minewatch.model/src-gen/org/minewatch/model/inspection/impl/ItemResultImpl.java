/**
 */
package org.minewatch.model.inspection.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.minewatch.model.checklist.ChecklistItem;

import org.minewatch.model.hazard.Hazard;

import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getStateAsFound <em>State As Found</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#isFixedOnSpot <em>Fixed On Spot</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getHazard <em>Hazard</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getAnsweredBy <em>Answered By</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.ItemResultImpl#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemResultImpl extends MinimalEObjectImpl.Container implements ItemResult {
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
	 * The cached value of the '{@link #getItem() <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected ChecklistItem item;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final ItemOutcome OUTCOME_EDEFAULT = ItemOutcome.UNANSWERED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected ItemOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateAsFound() <em>State As Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateAsFound()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_AS_FOUND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateAsFound() <em>State As Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateAsFound()
	 * @generated
	 * @ordered
	 */
	protected String stateAsFound = STATE_AS_FOUND_EDEFAULT;

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
	 * The cached value of the '{@link #getHazard() <em>Hazard</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazard()
	 * @generated
	 * @ordered
	 */
	protected Hazard hazard;

	/**
	 * The cached value of the '{@link #getAnsweredBy() <em>Answered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredBy()
	 * @generated
	 * @ordered
	 */
	protected Person answeredBy;

	/**
	 * The default value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ANSWERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant answeredAt = ANSWERED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' reference list.
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
	protected ItemResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.ITEM_RESULT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistItem getItem() {
		if (item != null && item.eIsProxy()) {
			InternalEObject oldItem = (InternalEObject)item;
			item = (ChecklistItem)eResolveProxy(oldItem);
			if (item != oldItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.ITEM_RESULT__ITEM, oldItem, item));
			}
		}
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChecklistItem basicGetItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(ChecklistItem newItem) {
		ChecklistItem oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(ItemOutcome newOutcome) {
		ItemOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateAsFound() {
		return stateAsFound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateAsFound(String newStateAsFound) {
		String oldStateAsFound = stateAsFound;
		stateAsFound = newStateAsFound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__STATE_AS_FOUND, oldStateAsFound, stateAsFound));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__FIXED_ON_SPOT, oldFixedOnSpot, fixedOnSpot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hazard getHazard() {
		if (hazard != null && hazard.eIsProxy()) {
			InternalEObject oldHazard = (InternalEObject)hazard;
			hazard = (Hazard)eResolveProxy(oldHazard);
			if (hazard != oldHazard) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.ITEM_RESULT__HAZARD, oldHazard, hazard));
			}
		}
		return hazard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hazard basicGetHazard() {
		return hazard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHazard(Hazard newHazard) {
		Hazard oldHazard = hazard;
		hazard = newHazard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__HAZARD, oldHazard, hazard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAnsweredBy() {
		if (answeredBy != null && answeredBy.eIsProxy()) {
			InternalEObject oldAnsweredBy = (InternalEObject)answeredBy;
			answeredBy = (Person)eResolveProxy(oldAnsweredBy);
			if (answeredBy != oldAnsweredBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.ITEM_RESULT__ANSWERED_BY, oldAnsweredBy, answeredBy));
			}
		}
		return answeredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAnsweredBy() {
		return answeredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredBy(Person newAnsweredBy) {
		Person oldAnsweredBy = answeredBy;
		answeredBy = newAnsweredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__ANSWERED_BY, oldAnsweredBy, answeredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAnsweredAt() {
		return answeredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredAt(Instant newAnsweredAt) {
		Instant oldAnsweredAt = answeredAt;
		answeredAt = newAnsweredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ITEM_RESULT__ANSWERED_AT, oldAnsweredAt, answeredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectResolvingEList<Attachment>(Attachment.class, this, InspectionPackage.ITEM_RESULT__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.ITEM_RESULT__ID:
				return getId();
			case InspectionPackage.ITEM_RESULT__ITEM:
				if (resolve) return getItem();
				return basicGetItem();
			case InspectionPackage.ITEM_RESULT__OUTCOME:
				return getOutcome();
			case InspectionPackage.ITEM_RESULT__STATE_AS_FOUND:
				return getStateAsFound();
			case InspectionPackage.ITEM_RESULT__FIXED_ON_SPOT:
				return isFixedOnSpot();
			case InspectionPackage.ITEM_RESULT__HAZARD:
				if (resolve) return getHazard();
				return basicGetHazard();
			case InspectionPackage.ITEM_RESULT__ANSWERED_BY:
				if (resolve) return getAnsweredBy();
				return basicGetAnsweredBy();
			case InspectionPackage.ITEM_RESULT__ANSWERED_AT:
				return getAnsweredAt();
			case InspectionPackage.ITEM_RESULT__ATTACHMENTS:
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
			case InspectionPackage.ITEM_RESULT__ID:
				setId((String)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__ITEM:
				setItem((ChecklistItem)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__OUTCOME:
				setOutcome((ItemOutcome)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__STATE_AS_FOUND:
				setStateAsFound((String)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__FIXED_ON_SPOT:
				setFixedOnSpot((Boolean)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__HAZARD:
				setHazard((Hazard)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__ANSWERED_BY:
				setAnsweredBy((Person)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__ANSWERED_AT:
				setAnsweredAt((Instant)newValue);
				return;
			case InspectionPackage.ITEM_RESULT__ATTACHMENTS:
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
			case InspectionPackage.ITEM_RESULT__ID:
				setId(ID_EDEFAULT);
				return;
			case InspectionPackage.ITEM_RESULT__ITEM:
				setItem((ChecklistItem)null);
				return;
			case InspectionPackage.ITEM_RESULT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case InspectionPackage.ITEM_RESULT__STATE_AS_FOUND:
				setStateAsFound(STATE_AS_FOUND_EDEFAULT);
				return;
			case InspectionPackage.ITEM_RESULT__FIXED_ON_SPOT:
				setFixedOnSpot(FIXED_ON_SPOT_EDEFAULT);
				return;
			case InspectionPackage.ITEM_RESULT__HAZARD:
				setHazard((Hazard)null);
				return;
			case InspectionPackage.ITEM_RESULT__ANSWERED_BY:
				setAnsweredBy((Person)null);
				return;
			case InspectionPackage.ITEM_RESULT__ANSWERED_AT:
				setAnsweredAt(ANSWERED_AT_EDEFAULT);
				return;
			case InspectionPackage.ITEM_RESULT__ATTACHMENTS:
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
			case InspectionPackage.ITEM_RESULT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case InspectionPackage.ITEM_RESULT__ITEM:
				return item != null;
			case InspectionPackage.ITEM_RESULT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case InspectionPackage.ITEM_RESULT__STATE_AS_FOUND:
				return STATE_AS_FOUND_EDEFAULT == null ? stateAsFound != null : !STATE_AS_FOUND_EDEFAULT.equals(stateAsFound);
			case InspectionPackage.ITEM_RESULT__FIXED_ON_SPOT:
				return fixedOnSpot != FIXED_ON_SPOT_EDEFAULT;
			case InspectionPackage.ITEM_RESULT__HAZARD:
				return hazard != null;
			case InspectionPackage.ITEM_RESULT__ANSWERED_BY:
				return answeredBy != null;
			case InspectionPackage.ITEM_RESULT__ANSWERED_AT:
				return ANSWERED_AT_EDEFAULT == null ? answeredAt != null : !ANSWERED_AT_EDEFAULT.equals(answeredAt);
			case InspectionPackage.ITEM_RESULT__ATTACHMENTS:
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
		result.append(" (id: ");
		result.append(id);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", stateAsFound: ");
		result.append(stateAsFound);
		result.append(", fixedOnSpot: ");
		result.append(fixedOnSpot);
		result.append(", answeredAt: ");
		result.append(answeredAt);
		result.append(')');
		return result.toString();
	}

} //ItemResultImpl
