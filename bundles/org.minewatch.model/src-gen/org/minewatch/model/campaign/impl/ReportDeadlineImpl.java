/**
 */
package org.minewatch.model.campaign.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.campaign.CampaignPackage;
import org.minewatch.model.campaign.ReportDeadline;
import org.minewatch.model.campaign.ReportFrequency;

import org.minewatch.model.jurisdiction.JurisdictionLevel;

import org.minewatch.model.report.ReportKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report Deadline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.campaign.impl.ReportDeadlineImpl#getReportKind <em>Report Kind</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.ReportDeadlineImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.ReportDeadlineImpl#getDueDay <em>Due Day</em>}</li>
 *   <li>{@link org.minewatch.model.campaign.impl.ReportDeadlineImpl#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportDeadlineImpl extends MinimalEObjectImpl.Container implements ReportDeadline {
	/**
	 * The default value of the '{@link #getReportKind() <em>Report Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReportKind REPORT_KIND_EDEFAULT = ReportKind.SELF_INSPECTION;

	/**
	 * The cached value of the '{@link #getReportKind() <em>Report Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportKind()
	 * @generated
	 * @ordered
	 */
	protected ReportKind reportKind = REPORT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final ReportFrequency FREQUENCY_EDEFAULT = ReportFrequency.ONCE;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected ReportFrequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDay() <em>Due Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDay()
	 * @generated
	 * @ordered
	 */
	protected static final int DUE_DAY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDueDay() <em>Due Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDay()
	 * @generated
	 * @ordered
	 */
	protected int dueDay = DUE_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final JurisdictionLevel LEVEL_EDEFAULT = JurisdictionLevel.NATION;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected JurisdictionLevel level = LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportDeadlineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CampaignPackage.Literals.REPORT_DEADLINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportKind getReportKind() {
		return reportKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportKind(ReportKind newReportKind) {
		ReportKind oldReportKind = reportKind;
		reportKind = newReportKind == null ? REPORT_KIND_EDEFAULT : newReportKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.REPORT_DEADLINE__REPORT_KIND, oldReportKind, reportKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportFrequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(ReportFrequency newFrequency) {
		ReportFrequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.REPORT_DEADLINE__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDueDay() {
		return dueDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDay(int newDueDay) {
		int oldDueDay = dueDay;
		dueDay = newDueDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.REPORT_DEADLINE__DUE_DAY, oldDueDay, dueDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JurisdictionLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(JurisdictionLevel newLevel) {
		JurisdictionLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.REPORT_DEADLINE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CampaignPackage.REPORT_DEADLINE__REPORT_KIND:
				return getReportKind();
			case CampaignPackage.REPORT_DEADLINE__FREQUENCY:
				return getFrequency();
			case CampaignPackage.REPORT_DEADLINE__DUE_DAY:
				return getDueDay();
			case CampaignPackage.REPORT_DEADLINE__LEVEL:
				return getLevel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CampaignPackage.REPORT_DEADLINE__REPORT_KIND:
				setReportKind((ReportKind)newValue);
				return;
			case CampaignPackage.REPORT_DEADLINE__FREQUENCY:
				setFrequency((ReportFrequency)newValue);
				return;
			case CampaignPackage.REPORT_DEADLINE__DUE_DAY:
				setDueDay((Integer)newValue);
				return;
			case CampaignPackage.REPORT_DEADLINE__LEVEL:
				setLevel((JurisdictionLevel)newValue);
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
			case CampaignPackage.REPORT_DEADLINE__REPORT_KIND:
				setReportKind(REPORT_KIND_EDEFAULT);
				return;
			case CampaignPackage.REPORT_DEADLINE__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case CampaignPackage.REPORT_DEADLINE__DUE_DAY:
				setDueDay(DUE_DAY_EDEFAULT);
				return;
			case CampaignPackage.REPORT_DEADLINE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
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
			case CampaignPackage.REPORT_DEADLINE__REPORT_KIND:
				return reportKind != REPORT_KIND_EDEFAULT;
			case CampaignPackage.REPORT_DEADLINE__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case CampaignPackage.REPORT_DEADLINE__DUE_DAY:
				return dueDay != DUE_DAY_EDEFAULT;
			case CampaignPackage.REPORT_DEADLINE__LEVEL:
				return level != LEVEL_EDEFAULT;
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
		result.append(" (reportKind: ");
		result.append(reportKind);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", dueDay: ");
		result.append(dueDay);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //ReportDeadlineImpl
