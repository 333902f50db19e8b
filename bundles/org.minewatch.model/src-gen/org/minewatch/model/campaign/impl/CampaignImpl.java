/**
 */
package org.minewatch.model.campaign.impl;

import java.time.LocalDate;

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

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.campaign.Campaign;
import org.minewatch.model.campaign.CampaignPackage;
import org.minewatch.model.campaign.CampaignRound;
import org.minewatch.model.campaign.ReportDeadline;

import org.minewatch.model.checklist.ChecklistTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.campaign.impl.CampaignImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.CampaignImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.CampaignImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.CampaignImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.CampaignImpl#getRequiredTemplates <em>Required Templates</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.CampaignImpl#getRounds <em>Rounds</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.CampaignImpl#getReportCalendar <em>Report Calendar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends RecordImpl implements Campaign {
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
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredTemplates() <em>Required Templates</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistTemplate> requiredTemplates;

	/**
	 * The cached value of the '{@link #getRounds() <em>Rounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounds()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignRound> rounds;

	/**
	 * The cached value of the '{@link #getReportCalendar() <em>Report Calendar</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportCalendar()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportDeadline> reportCalendar;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CampaignPackage.Literals.CAMPAIGN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistTemplate> getRequiredTemplates() {
		if (requiredTemplates == null) {
			requiredTemplates = new EObjectResolvingEList<ChecklistTemplate>(ChecklistTemplate.class, this, CampaignPackage.CAMPAIGN__REQUIRED_TEMPLATES);
		}
		return requiredTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CampaignRound> getRounds() {
		if (rounds == null) {
			rounds = new EObjectContainmentEList<CampaignRound>(CampaignRound.class, this, CampaignPackage.CAMPAIGN__ROUNDS);
		}
		return rounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportDeadline> getReportCalendar() {
		if (reportCalendar == null) {
			reportCalendar = new EObjectContainmentEList<ReportDeadline>(ReportDeadline.class, this, CampaignPackage.CAMPAIGN__REPORT_CALENDAR);
		}
		return reportCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CampaignPackage.CAMPAIGN__ROUNDS:
				return ((InternalEList<?>)getRounds()).basicRemove(otherEnd, msgs);
			case CampaignPackage.CAMPAIGN__REPORT_CALENDAR:
				return ((InternalEList<?>)getReportCalendar()).basicRemove(otherEnd, msgs);
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
			case CampaignPackage.CAMPAIGN__NAME:
				return getName();
			case CampaignPackage.CAMPAIGN__NAME_EN:
				return getNameEn();
			case CampaignPackage.CAMPAIGN__START_DATE:
				return getStartDate();
			case CampaignPackage.CAMPAIGN__END_DATE:
				return getEndDate();
			case CampaignPackage.CAMPAIGN__REQUIRED_TEMPLATES:
				return getRequiredTemplates();
			case CampaignPackage.CAMPAIGN__ROUNDS:
				return getRounds();
			case CampaignPackage.CAMPAIGN__REPORT_CALENDAR:
				return getReportCalendar();
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
			case CampaignPackage.CAMPAIGN__NAME:
				setName((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN__NAME_EN:
				setNameEn((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case CampaignPackage.CAMPAIGN__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case CampaignPackage.CAMPAIGN__REQUIRED_TEMPLATES:
				getRequiredTemplates().clear();
				getRequiredTemplates().addAll((Collection<? extends ChecklistTemplate>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__ROUNDS:
				getRounds().clear();
				getRounds().addAll((Collection<? extends CampaignRound>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__REPORT_CALENDAR:
				getReportCalendar().clear();
				getReportCalendar().addAll((Collection<? extends ReportDeadline>)newValue);
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
			case CampaignPackage.CAMPAIGN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__REQUIRED_TEMPLATES:
				getRequiredTemplates().clear();
				return;
			case CampaignPackage.CAMPAIGN__ROUNDS:
				getRounds().clear();
				return;
			case CampaignPackage.CAMPAIGN__REPORT_CALENDAR:
				getReportCalendar().clear();
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
			case CampaignPackage.CAMPAIGN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CampaignPackage.CAMPAIGN__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case CampaignPackage.CAMPAIGN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case CampaignPackage.CAMPAIGN__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case CampaignPackage.CAMPAIGN__REQUIRED_TEMPLATES:
				return requiredTemplates != null && !requiredTemplates.isEmpty();
			case CampaignPackage.CAMPAIGN__ROUNDS:
				return rounds != null && !rounds.isEmpty();
			case CampaignPackage.CAMPAIGN__REPORT_CALENDAR:
				return reportCalendar != null && !reportCalendar.isEmpty();
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
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
