/**
 */
package org.minewatch.model.hazard.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.minewatch.model.hazard.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HazardFactoryImpl extends EFactoryImpl implements HazardFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static HazardFactory init() {
		try {
			HazardFactory theHazardFactory = (HazardFactory)EPackage.Registry.INSTANCE.getEFactory(HazardPackage.eNS_URI);
			if (theHazardFactory != null) {
				return theHazardFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new HazardFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case HazardPackage.HAZARD: return createHazard();
			case HazardPackage.CITATION: return createCitation();
			case HazardPackage.RECTIFICATION: return createRectification();
			case HazardPackage.RECTIFICATION_PLAN: return createRectificationPlan();
			case HazardPackage.SUPERVISION: return createSupervision();
			case HazardPackage.DEADLINE_EXTENSION: return createDeadlineExtension();
			case HazardPackage.ACCEPTANCE: return createAcceptance();
			case HazardPackage.TRANSITION: return createTransition();
			case HazardPackage.CRITERIA_EDITION: return createCriteriaEdition();
			case HazardPackage.CRITERION_CATEGORY: return createCriterionCategory();
			case HazardPackage.CRITERION: return createCriterion();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case HazardPackage.HAZARD_GRADE:
				return createHazardGradeFromString(eDataType, initialValue);
			case HazardPackage.MINE_HAZARD_GRADE:
				return createMineHazardGradeFromString(eDataType, initialValue);
			case HazardPackage.HAZARD_STATE:
				return createHazardStateFromString(eDataType, initialValue);
			case HazardPackage.HAZARD_SOURCE:
				return createHazardSourceFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case HazardPackage.HAZARD_GRADE:
				return convertHazardGradeToString(eDataType, instanceValue);
			case HazardPackage.MINE_HAZARD_GRADE:
				return convertMineHazardGradeToString(eDataType, instanceValue);
			case HazardPackage.HAZARD_STATE:
				return convertHazardStateToString(eDataType, instanceValue);
			case HazardPackage.HAZARD_SOURCE:
				return convertHazardSourceToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hazard createHazard() {
		HazardImpl hazard = new HazardImpl();
		return hazard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Citation createCitation() {
		CitationImpl citation = new CitationImpl();
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rectification createRectification() {
		RectificationImpl rectification = new RectificationImpl();
		return rectification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RectificationPlan createRectificationPlan() {
		RectificationPlanImpl rectificationPlan = new RectificationPlanImpl();
		return rectificationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Supervision createSupervision() {
		SupervisionImpl supervision = new SupervisionImpl();
		return supervision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeadlineExtension createDeadlineExtension() {
		DeadlineExtensionImpl deadlineExtension = new DeadlineExtensionImpl();
		return deadlineExtension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acceptance createAcceptance() {
		AcceptanceImpl acceptance = new AcceptanceImpl();
		return acceptance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transition createTransition() {
		TransitionImpl transition = new TransitionImpl();
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaEdition createCriteriaEdition() {
		CriteriaEditionImpl criteriaEdition = new CriteriaEditionImpl();
		return criteriaEdition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriterionCategory createCriterionCategory() {
		CriterionCategoryImpl criterionCategory = new CriterionCategoryImpl();
		return criterionCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardGrade createHazardGradeFromString(EDataType eDataType, String initialValue) {
		HazardGrade result = HazardGrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MineHazardGrade createMineHazardGradeFromString(EDataType eDataType, String initialValue) {
		MineHazardGrade result = MineHazardGrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMineHazardGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardState createHazardStateFromString(EDataType eDataType, String initialValue) {
		HazardState result = HazardState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardSource createHazardSourceFromString(EDataType eDataType, String initialValue) {
		HazardSource result = HazardSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardPackage getHazardPackage() {
		return (HazardPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static HazardPackage getPackage() {
		return HazardPackage.eINSTANCE;
	}

} //HazardFactoryImpl
