/**
 */
package org.minewatch.model.registry.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.GasClass;
import org.minewatch.model.registry.HydrogeologicalType;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.registry.RockBurstRisk;
import org.minewatch.model.registry.SpontaneousCombustion;
import org.minewatch.model.registry.StandardisationGrade;
import org.minewatch.model.registry.SupervisionClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Classification</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getSince <em>Since</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getSupervisionClass <em>Supervision Class</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getGasClass <em>Gas Class</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getHydrogeologicalType <em>Hydrogeological Type</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getSpontaneousCombustion <em>Spontaneous Combustion</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getRockBurstRisk <em>Rock Burst Risk</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getStandardisationGrade <em>Standardisation Grade</em>}</li>
 *   <li>{@link org.minewatch.model.registry.impl.ClassificationImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClassificationImpl extends MinimalEObjectImpl.Container implements Classification {
	/**
	 * The default value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected LocalDate since = SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupervisionClass() <em>Supervision Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionClass()
	 * @generated
	 * @ordered
	 */
	protected static final SupervisionClass SUPERVISION_CLASS_EDEFAULT = SupervisionClass.UNRATED;

	/**
	 * The cached value of the '{@link #getSupervisionClass() <em>Supervision Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionClass()
	 * @generated
	 * @ordered
	 */
	protected SupervisionClass supervisionClass = SUPERVISION_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGasClass() <em>Gas Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGasClass()
	 * @generated
	 * @ordered
	 */
	protected static final GasClass GAS_CLASS_EDEFAULT = GasClass.UNRATED;

	/**
	 * The cached value of the '{@link #getGasClass() <em>Gas Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGasClass()
	 * @generated
	 * @ordered
	 */
	protected GasClass gasClass = GAS_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHydrogeologicalType() <em>Hydrogeological Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHydrogeologicalType()
	 * @generated
	 * @ordered
	 */
	protected static final HydrogeologicalType HYDROGEOLOGICAL_TYPE_EDEFAULT = HydrogeologicalType.UNRATED;

	/**
	 * The cached value of the '{@link #getHydrogeologicalType() <em>Hydrogeological Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHydrogeologicalType()
	 * @generated
	 * @ordered
	 */
	protected HydrogeologicalType hydrogeologicalType = HYDROGEOLOGICAL_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpontaneousCombustion() <em>Spontaneous Combustion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpontaneousCombustion()
	 * @generated
	 * @ordered
	 */
	protected static final SpontaneousCombustion SPONTANEOUS_COMBUSTION_EDEFAULT = SpontaneousCombustion.UNRATED;

	/**
	 * The cached value of the '{@link #getSpontaneousCombustion() <em>Spontaneous Combustion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpontaneousCombustion()
	 * @generated
	 * @ordered
	 */
	protected SpontaneousCombustion spontaneousCombustion = SPONTANEOUS_COMBUSTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRockBurstRisk() <em>Rock Burst Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRockBurstRisk()
	 * @generated
	 * @ordered
	 */
	protected static final RockBurstRisk ROCK_BURST_RISK_EDEFAULT = RockBurstRisk.NONE;

	/**
	 * The cached value of the '{@link #getRockBurstRisk() <em>Rock Burst Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRockBurstRisk()
	 * @generated
	 * @ordered
	 */
	protected RockBurstRisk rockBurstRisk = ROCK_BURST_RISK_EDEFAULT;

	/**
	 * The default value of the '{@link #getStandardisationGrade() <em>Standardisation Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardisationGrade()
	 * @generated
	 * @ordered
	 */
	protected static final StandardisationGrade STANDARDISATION_GRADE_EDEFAULT = StandardisationGrade.UNRATED;

	/**
	 * The cached value of the '{@link #getStandardisationGrade() <em>Standardisation Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardisationGrade()
	 * @generated
	 * @ordered
	 */
	protected StandardisationGrade standardisationGrade = STANDARDISATION_GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClassificationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RegistryPackage.Literals.CLASSIFICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSince() {
		return since;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSince(LocalDate newSince) {
		LocalDate oldSince = since;
		since = newSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__SINCE, oldSince, since));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionClass getSupervisionClass() {
		return supervisionClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisionClass(SupervisionClass newSupervisionClass) {
		SupervisionClass oldSupervisionClass = supervisionClass;
		supervisionClass = newSupervisionClass == null ? SUPERVISION_CLASS_EDEFAULT : newSupervisionClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__SUPERVISION_CLASS, oldSupervisionClass, supervisionClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GasClass getGasClass() {
		return gasClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGasClass(GasClass newGasClass) {
		GasClass oldGasClass = gasClass;
		gasClass = newGasClass == null ? GAS_CLASS_EDEFAULT : newGasClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__GAS_CLASS, oldGasClass, gasClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HydrogeologicalType getHydrogeologicalType() {
		return hydrogeologicalType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHydrogeologicalType(HydrogeologicalType newHydrogeologicalType) {
		HydrogeologicalType oldHydrogeologicalType = hydrogeologicalType;
		hydrogeologicalType = newHydrogeologicalType == null ? HYDROGEOLOGICAL_TYPE_EDEFAULT : newHydrogeologicalType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__HYDROGEOLOGICAL_TYPE, oldHydrogeologicalType, hydrogeologicalType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpontaneousCombustion getSpontaneousCombustion() {
		return spontaneousCombustion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpontaneousCombustion(SpontaneousCombustion newSpontaneousCombustion) {
		SpontaneousCombustion oldSpontaneousCombustion = spontaneousCombustion;
		spontaneousCombustion = newSpontaneousCombustion == null ? SPONTANEOUS_COMBUSTION_EDEFAULT : newSpontaneousCombustion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__SPONTANEOUS_COMBUSTION, oldSpontaneousCombustion, spontaneousCombustion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RockBurstRisk getRockBurstRisk() {
		return rockBurstRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRockBurstRisk(RockBurstRisk newRockBurstRisk) {
		RockBurstRisk oldRockBurstRisk = rockBurstRisk;
		rockBurstRisk = newRockBurstRisk == null ? ROCK_BURST_RISK_EDEFAULT : newRockBurstRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__ROCK_BURST_RISK, oldRockBurstRisk, rockBurstRisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardisationGrade getStandardisationGrade() {
		return standardisationGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardisationGrade(StandardisationGrade newStandardisationGrade) {
		StandardisationGrade oldStandardisationGrade = standardisationGrade;
		standardisationGrade = newStandardisationGrade == null ? STANDARDISATION_GRADE_EDEFAULT : newStandardisationGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__STANDARDISATION_GRADE, oldStandardisationGrade, standardisationGrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegistryPackage.CLASSIFICATION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSevereDisaster() {
		return getGasClass() == GasClass.HIGH || getGasClass() == GasClass.OUTBURST || getHydrogeologicalType() == HydrogeologicalType.COMPLEX || getHydrogeologicalType() == HydrogeologicalType.VERY_COMPLEX || (getRockBurstRisk() != null && getRockBurstRisk() != RockBurstRisk.NONE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RegistryPackage.CLASSIFICATION__SINCE:
				return getSince();
			case RegistryPackage.CLASSIFICATION__SUPERVISION_CLASS:
				return getSupervisionClass();
			case RegistryPackage.CLASSIFICATION__GAS_CLASS:
				return getGasClass();
			case RegistryPackage.CLASSIFICATION__HYDROGEOLOGICAL_TYPE:
				return getHydrogeologicalType();
			case RegistryPackage.CLASSIFICATION__SPONTANEOUS_COMBUSTION:
				return getSpontaneousCombustion();
			case RegistryPackage.CLASSIFICATION__ROCK_BURST_RISK:
				return getRockBurstRisk();
			case RegistryPackage.CLASSIFICATION__STANDARDISATION_GRADE:
				return getStandardisationGrade();
			case RegistryPackage.CLASSIFICATION__REASON:
				return getReason();
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
			case RegistryPackage.CLASSIFICATION__SINCE:
				setSince((LocalDate)newValue);
				return;
			case RegistryPackage.CLASSIFICATION__SUPERVISION_CLASS:
				setSupervisionClass((SupervisionClass)newValue);
				return;
			case RegistryPackage.CLASSIFICATION__GAS_CLASS:
				setGasClass((GasClass)newValue);
				return;
			case RegistryPackage.CLASSIFICATION__HYDROGEOLOGICAL_TYPE:
				setHydrogeologicalType((HydrogeologicalType)newValue);
				return;
			case RegistryPackage.CLASSIFICATION__SPONTANEOUS_COMBUSTION:
				setSpontaneousCombustion((SpontaneousCombustion)newValue);
				return;
			case RegistryPackage.CLASSIFICATION__ROCK_BURST_RISK:
				setRockBurstRisk((RockBurstRisk)newValue);
				return;
			case RegistryPackage.CLASSIFICATION__STANDARDISATION_GRADE:
				setStandardisationGrade((StandardisationGrade)newValue);
				return;
			case RegistryPackage.CLASSIFICATION__REASON:
				setReason((String)newValue);
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
			case RegistryPackage.CLASSIFICATION__SINCE:
				setSince(SINCE_EDEFAULT);
				return;
			case RegistryPackage.CLASSIFICATION__SUPERVISION_CLASS:
				setSupervisionClass(SUPERVISION_CLASS_EDEFAULT);
				return;
			case RegistryPackage.CLASSIFICATION__GAS_CLASS:
				setGasClass(GAS_CLASS_EDEFAULT);
				return;
			case RegistryPackage.CLASSIFICATION__HYDROGEOLOGICAL_TYPE:
				setHydrogeologicalType(HYDROGEOLOGICAL_TYPE_EDEFAULT);
				return;
			case RegistryPackage.CLASSIFICATION__SPONTANEOUS_COMBUSTION:
				setSpontaneousCombustion(SPONTANEOUS_COMBUSTION_EDEFAULT);
				return;
			case RegistryPackage.CLASSIFICATION__ROCK_BURST_RISK:
				setRockBurstRisk(ROCK_BURST_RISK_EDEFAULT);
				return;
			case RegistryPackage.CLASSIFICATION__STANDARDISATION_GRADE:
				setStandardisationGrade(STANDARDISATION_GRADE_EDEFAULT);
				return;
			case RegistryPackage.CLASSIFICATION__REASON:
				setReason(REASON_EDEFAULT);
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
			case RegistryPackage.CLASSIFICATION__SINCE:
				return SINCE_EDEFAULT == null ? since != null : !SINCE_EDEFAULT.equals(since);
			case RegistryPackage.CLASSIFICATION__SUPERVISION_CLASS:
				return supervisionClass != SUPERVISION_CLASS_EDEFAULT;
			case RegistryPackage.CLASSIFICATION__GAS_CLASS:
				return gasClass != GAS_CLASS_EDEFAULT;
			case RegistryPackage.CLASSIFICATION__HYDROGEOLOGICAL_TYPE:
				return hydrogeologicalType != HYDROGEOLOGICAL_TYPE_EDEFAULT;
			case RegistryPackage.CLASSIFICATION__SPONTANEOUS_COMBUSTION:
				return spontaneousCombustion != SPONTANEOUS_COMBUSTION_EDEFAULT;
			case RegistryPackage.CLASSIFICATION__ROCK_BURST_RISK:
				return rockBurstRisk != ROCK_BURST_RISK_EDEFAULT;
			case RegistryPackage.CLASSIFICATION__STANDARDISATION_GRADE:
				return standardisationGrade != STANDARDISATION_GRADE_EDEFAULT;
			case RegistryPackage.CLASSIFICATION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
			case RegistryPackage.CLASSIFICATION___IS_SEVERE_DISASTER:
				return isSevereDisaster();
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
		result.append(" (since: ");
		result.append(since);
		result.append(", supervisionClass: ");
		result.append(supervisionClass);
		result.append(", gasClass: ");
		result.append(gasClass);
		result.append(", hydrogeologicalType: ");
		result.append(hydrogeologicalType);
		result.append(", spontaneousCombustion: ");
		result.append(spontaneousCombustion);
		result.append(", rockBurstRisk: ");
		result.append(rockBurstRisk);
		result.append(", standardisationGrade: ");
		result.append(standardisationGrade);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //ClassificationImpl
