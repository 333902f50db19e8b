/**
 */
package org.minewatch.model.hazard.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.hazard.RectificationPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rectification Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationPlanImpl#getGoalsAndTasks <em>Goals And Tasks</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationPlanImpl#getMethodsAndMeasures <em>Methods And Measures</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationPlanImpl#getFundsAndMaterials <em>Funds And Materials</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationPlanImpl#getResponsibleBodies <em>Responsible Bodies</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationPlanImpl#getTimeLimit <em>Time Limit</em>}</li>
 *   <li>{@link org.minewatch.model.hazard.impl.RectificationPlanImpl#getSafetyMeasures <em>Safety Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RectificationPlanImpl extends MinimalEObjectImpl.Container implements RectificationPlan {
	/**
	 * The default value of the '{@link #getGoalsAndTasks() <em>Goals And Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalsAndTasks()
	 * @generated
	 * @ordered
	 */
	protected static final String GOALS_AND_TASKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoalsAndTasks() <em>Goals And Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalsAndTasks()
	 * @generated
	 * @ordered
	 */
	protected String goalsAndTasks = GOALS_AND_TASKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethodsAndMeasures() <em>Methods And Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodsAndMeasures()
	 * @generated
	 * @ordered
	 */
	protected static final String METHODS_AND_MEASURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethodsAndMeasures() <em>Methods And Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodsAndMeasures()
	 * @generated
	 * @ordered
	 */
	protected String methodsAndMeasures = METHODS_AND_MEASURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFundsAndMaterials() <em>Funds And Materials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundsAndMaterials()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDS_AND_MATERIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFundsAndMaterials() <em>Funds And Materials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundsAndMaterials()
	 * @generated
	 * @ordered
	 */
	protected String fundsAndMaterials = FUNDS_AND_MATERIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsibleBodies() <em>Responsible Bodies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleBodies()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_BODIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleBodies() <em>Responsible Bodies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleBodies()
	 * @generated
	 * @ordered
	 */
	protected String responsibleBodies = RESPONSIBLE_BODIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeLimit() <em>Time Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimit()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeLimit() <em>Time Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimit()
	 * @generated
	 * @ordered
	 */
	protected String timeLimit = TIME_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSafetyMeasures() <em>Safety Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafetyMeasures()
	 * @generated
	 * @ordered
	 */
	protected static final String SAFETY_MEASURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSafetyMeasures() <em>Safety Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafetyMeasures()
	 * @generated
	 * @ordered
	 */
	protected String safetyMeasures = SAFETY_MEASURES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RectificationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HazardPackage.Literals.RECTIFICATION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoalsAndTasks() {
		return goalsAndTasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoalsAndTasks(String newGoalsAndTasks) {
		String oldGoalsAndTasks = goalsAndTasks;
		goalsAndTasks = newGoalsAndTasks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION_PLAN__GOALS_AND_TASKS, oldGoalsAndTasks, goalsAndTasks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethodsAndMeasures() {
		return methodsAndMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethodsAndMeasures(String newMethodsAndMeasures) {
		String oldMethodsAndMeasures = methodsAndMeasures;
		methodsAndMeasures = newMethodsAndMeasures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION_PLAN__METHODS_AND_MEASURES, oldMethodsAndMeasures, methodsAndMeasures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFundsAndMaterials() {
		return fundsAndMaterials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFundsAndMaterials(String newFundsAndMaterials) {
		String oldFundsAndMaterials = fundsAndMaterials;
		fundsAndMaterials = newFundsAndMaterials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION_PLAN__FUNDS_AND_MATERIALS, oldFundsAndMaterials, fundsAndMaterials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleBodies() {
		return responsibleBodies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleBodies(String newResponsibleBodies) {
		String oldResponsibleBodies = responsibleBodies;
		responsibleBodies = newResponsibleBodies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION_PLAN__RESPONSIBLE_BODIES, oldResponsibleBodies, responsibleBodies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeLimit() {
		return timeLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeLimit(String newTimeLimit) {
		String oldTimeLimit = timeLimit;
		timeLimit = newTimeLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION_PLAN__TIME_LIMIT, oldTimeLimit, timeLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSafetyMeasures() {
		return safetyMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafetyMeasures(String newSafetyMeasures) {
		String oldSafetyMeasures = safetyMeasures;
		safetyMeasures = newSafetyMeasures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HazardPackage.RECTIFICATION_PLAN__SAFETY_MEASURES, oldSafetyMeasures, safetyMeasures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HazardPackage.RECTIFICATION_PLAN__GOALS_AND_TASKS:
				return getGoalsAndTasks();
			case HazardPackage.RECTIFICATION_PLAN__METHODS_AND_MEASURES:
				return getMethodsAndMeasures();
			case HazardPackage.RECTIFICATION_PLAN__FUNDS_AND_MATERIALS:
				return getFundsAndMaterials();
			case HazardPackage.RECTIFICATION_PLAN__RESPONSIBLE_BODIES:
				return getResponsibleBodies();
			case HazardPackage.RECTIFICATION_PLAN__TIME_LIMIT:
				return getTimeLimit();
			case HazardPackage.RECTIFICATION_PLAN__SAFETY_MEASURES:
				return getSafetyMeasures();
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
			case HazardPackage.RECTIFICATION_PLAN__GOALS_AND_TASKS:
				setGoalsAndTasks((String)newValue);
				return;
			case HazardPackage.RECTIFICATION_PLAN__METHODS_AND_MEASURES:
				setMethodsAndMeasures((String)newValue);
				return;
			case HazardPackage.RECTIFICATION_PLAN__FUNDS_AND_MATERIALS:
				setFundsAndMaterials((String)newValue);
				return;
			case HazardPackage.RECTIFICATION_PLAN__RESPONSIBLE_BODIES:
				setResponsibleBodies((String)newValue);
				return;
			case HazardPackage.RECTIFICATION_PLAN__TIME_LIMIT:
				setTimeLimit((String)newValue);
				return;
			case HazardPackage.RECTIFICATION_PLAN__SAFETY_MEASURES:
				setSafetyMeasures((String)newValue);
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
			case HazardPackage.RECTIFICATION_PLAN__GOALS_AND_TASKS:
				setGoalsAndTasks(GOALS_AND_TASKS_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION_PLAN__METHODS_AND_MEASURES:
				setMethodsAndMeasures(METHODS_AND_MEASURES_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION_PLAN__FUNDS_AND_MATERIALS:
				setFundsAndMaterials(FUNDS_AND_MATERIALS_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION_PLAN__RESPONSIBLE_BODIES:
				setResponsibleBodies(RESPONSIBLE_BODIES_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION_PLAN__TIME_LIMIT:
				setTimeLimit(TIME_LIMIT_EDEFAULT);
				return;
			case HazardPackage.RECTIFICATION_PLAN__SAFETY_MEASURES:
				setSafetyMeasures(SAFETY_MEASURES_EDEFAULT);
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
			case HazardPackage.RECTIFICATION_PLAN__GOALS_AND_TASKS:
				return GOALS_AND_TASKS_EDEFAULT == null ? goalsAndTasks != null : !GOALS_AND_TASKS_EDEFAULT.equals(goalsAndTasks);
			case HazardPackage.RECTIFICATION_PLAN__METHODS_AND_MEASURES:
				return METHODS_AND_MEASURES_EDEFAULT == null ? methodsAndMeasures != null : !METHODS_AND_MEASURES_EDEFAULT.equals(methodsAndMeasures);
			case HazardPackage.RECTIFICATION_PLAN__FUNDS_AND_MATERIALS:
				return FUNDS_AND_MATERIALS_EDEFAULT == null ? fundsAndMaterials != null : !FUNDS_AND_MATERIALS_EDEFAULT.equals(fundsAndMaterials);
			case HazardPackage.RECTIFICATION_PLAN__RESPONSIBLE_BODIES:
				return RESPONSIBLE_BODIES_EDEFAULT == null ? responsibleBodies != null : !RESPONSIBLE_BODIES_EDEFAULT.equals(responsibleBodies);
			case HazardPackage.RECTIFICATION_PLAN__TIME_LIMIT:
				return TIME_LIMIT_EDEFAULT == null ? timeLimit != null : !TIME_LIMIT_EDEFAULT.equals(timeLimit);
			case HazardPackage.RECTIFICATION_PLAN__SAFETY_MEASURES:
				return SAFETY_MEASURES_EDEFAULT == null ? safetyMeasures != null : !SAFETY_MEASURES_EDEFAULT.equals(safetyMeasures);
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
		result.append(" (goalsAndTasks: ");
		result.append(goalsAndTasks);
		result.append(", methodsAndMeasures: ");
		result.append(methodsAndMeasures);
		result.append(", fundsAndMaterials: ");
		result.append(fundsAndMaterials);
		result.append(", responsibleBodies: ");
		result.append(responsibleBodies);
		result.append(", timeLimit: ");
		result.append(timeLimit);
		result.append(", safetyMeasures: ");
		result.append(safetyMeasures);
		result.append(')');
		return result.toString();
	}

} //RectificationPlanImpl
