/**
 */
package org.minewatch.model.hazard;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.minewatch.model.base.BasePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Hazards tracked to closure: grade, citation, 五落实, lifecycle, supervision, acceptance; and the major-hazard criteria.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.hazard.HazardFactory
 * @model kind="package"
 * @generated
 */
public interface HazardPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "hazard";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/hazard/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwhazard";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HazardPackage eINSTANCE = org.minewatch.model.hazard.impl.HazardPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.HazardImpl <em>Hazard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.HazardImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazard()
	 * @generated
	 */
	int HAZARD = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ID = BasePackage.LEGAL_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__OWNER = BasePackage.LEGAL_RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__REVISION = BasePackage.LEGAL_RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CREATED_AT = BasePackage.LEGAL_RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Voided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__VOIDED_AT = BasePackage.LEGAL_RECORD__VOIDED_AT;

	/**
	 * The feature id for the '<em><b>Voided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__VOIDED_BY = BasePackage.LEGAL_RECORD__VOIDED_BY;

	/**
	 * The feature id for the '<em><b>Void Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__VOID_REASON = BasePackage.LEGAL_RECORD__VOID_REASON;

	/**
	 * The feature id for the '<em><b>Superseded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SUPERSEDED_BY = BasePackage.LEGAL_RECORD__SUPERSEDED_BY;

	/**
	 * The feature id for the '<em><b>Supersede Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SUPERSEDE_REASON = BasePackage.LEGAL_RECORD__SUPERSEDE_REASON;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__NUMBER = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__MINE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__AREA = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__PLACE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__DESCRIPTION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__GRADE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mine Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__MINE_GRADE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CATEGORY = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__CITATION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SOURCE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Source Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SOURCE_INSPECTION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Source Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SOURCE_RESULT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Found By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__FOUND_BY = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Found At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__FOUND_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__STATE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Fixed On Spot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__FIXED_ON_SPOT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Area Stopped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__AREA_STOPPED = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>People Withdrawn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__PEOPLE_WITHDRAWN = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Reported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__REPORTED_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Uncited Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__UNCITED_REASON = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Acceptance Requested At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ACCEPTANCE_REQUESTED_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Rectification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__RECTIFICATION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__PLAN = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Supervision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SUPERVISION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__EXTENSIONS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Acceptances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ACCEPTANCES = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__TRANSITIONS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Repeat Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__REPEAT_OF = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ATTACHMENTS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 28;

	/**
	 * The number of structural features of the '<em>Hazard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FEATURE_COUNT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 29;

	/**
	 * The operation id for the '<em>Is Voided</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD___IS_VOIDED = BasePackage.LEGAL_RECORD___IS_VOIDED;

	/**
	 * The operation id for the '<em>Is Superseded</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD___IS_SUPERSEDED = BasePackage.LEGAL_RECORD___IS_SUPERSEDED;

	/**
	 * The number of operations of the '<em>Hazard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_OPERATION_COUNT = BasePackage.LEGAL_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.CitationImpl <em>Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.CitationImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 1;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__STANDARD = 0;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__EDITION = 1;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__ITEM = 2;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__CRITERION = 3;

	/**
	 * The number of structural features of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.RectificationImpl <em>Rectification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.RectificationImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getRectification()
	 * @generated
	 */
	int RECTIFICATION = 2;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__RESPONSIBLE_UNIT = 0;

	/**
	 * The feature id for the '<em><b>Responsible Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__RESPONSIBLE_PERSON = 1;

	/**
	 * The feature id for the '<em><b>Responsible Person Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__RESPONSIBLE_PERSON_NAME = 2;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__MEASURES = 3;

	/**
	 * The feature id for the '<em><b>Funds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__FUNDS = 4;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__DEADLINE = 5;

	/**
	 * The feature id for the '<em><b>Contingency Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__CONTINGENCY_PLAN = 6;

	/**
	 * The number of structural features of the '<em>Rectification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Rectification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.RectificationPlanImpl <em>Rectification Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.RectificationPlanImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getRectificationPlan()
	 * @generated
	 */
	int RECTIFICATION_PLAN = 3;

	/**
	 * The feature id for the '<em><b>Goals And Tasks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__GOALS_AND_TASKS = 0;

	/**
	 * The feature id for the '<em><b>Methods And Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__METHODS_AND_MEASURES = 1;

	/**
	 * The feature id for the '<em><b>Funds And Materials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__FUNDS_AND_MATERIALS = 2;

	/**
	 * The feature id for the '<em><b>Responsible Bodies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__RESPONSIBLE_BODIES = 3;

	/**
	 * The feature id for the '<em><b>Time Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__TIME_LIMIT = 4;

	/**
	 * The feature id for the '<em><b>Safety Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__SAFETY_MEASURES = 5;

	/**
	 * The number of structural features of the '<em>Rectification Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Rectification Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.SupervisionImpl <em>Supervision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.SupervisionImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getSupervision()
	 * @generated
	 */
	int SUPERVISION = 4;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__AGENCY = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Listed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__LISTED_AT = 2;

	/**
	 * The feature id for the '<em><b>Lifted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__LIFTED_AT = 3;

	/**
	 * The number of structural features of the '<em>Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.DeadlineExtensionImpl <em>Deadline Extension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.DeadlineExtensionImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getDeadlineExtension()
	 * @generated
	 */
	int DEADLINE_EXTENSION = 5;

	/**
	 * The feature id for the '<em><b>Previous Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_EXTENSION__PREVIOUS_DEADLINE = 0;

	/**
	 * The feature id for the '<em><b>New Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_EXTENSION__NEW_DEADLINE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_EXTENSION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_EXTENSION__APPROVED_BY = 3;

	/**
	 * The feature id for the '<em><b>Approved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_EXTENSION__APPROVED_AT = 4;

	/**
	 * The number of structural features of the '<em>Deadline Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_EXTENSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Deadline Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEADLINE_EXTENSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.AcceptanceImpl <em>Acceptance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.AcceptanceImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getAcceptance()
	 * @generated
	 */
	int ACCEPTANCE = 6;

	/**
	 * The feature id for the '<em><b>Checked By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE__CHECKED_BY = 0;

	/**
	 * The feature id for the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE__CHECKED_AT = 1;

	/**
	 * The feature id for the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE__PASSED = 2;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE__REMARKS = 3;

	/**
	 * The feature id for the '<em><b>Photos Before</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE__PHOTOS_BEFORE = 4;

	/**
	 * The feature id for the '<em><b>Photos After</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE__PHOTOS_AFTER = 5;

	/**
	 * The number of structural features of the '<em>Acceptance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Acceptance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCEPTANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.TransitionImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 7;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__TO = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__AT = 2;

	/**
	 * The feature id for the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__BY = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__REASON = 4;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.CriteriaEditionImpl <em>Criteria Edition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.CriteriaEditionImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCriteriaEdition()
	 * @generated
	 */
	int CRITERIA_EDITION = 8;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__EDITION = BasePackage.EDITION__EDITION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__SOURCE = BasePackage.EDITION__SOURCE;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__LICENCE = BasePackage.EDITION__LICENCE;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__VALID_FROM = BasePackage.EDITION__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__VALID_TO = BasePackage.EDITION__VALID_TO;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__STANDARD = BasePackage.EDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Applies To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__APPLIES_TO = BasePackage.EDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Declared Situations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__DECLARED_SITUATIONS = BasePackage.EDITION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Missing Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__MISSING_NOTE = BasePackage.EDITION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION__CATEGORIES = BasePackage.EDITION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Criteria Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION_FEATURE_COUNT = BasePackage.EDITION_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Valid On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION___IS_VALID_ON__LOCALDATE = BasePackage.EDITION___IS_VALID_ON__LOCALDATE;

	/**
	 * The number of operations of the '<em>Criteria Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_EDITION_OPERATION_COUNT = BasePackage.EDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.CriterionCategoryImpl <em>Criterion Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.CriterionCategoryImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCriterionCategory()
	 * @generated
	 */
	int CRITERION_CATEGORY = 9;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_CATEGORY__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_CATEGORY__ARTICLE = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_CATEGORY__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_CATEGORY__CRITERIA = 3;

	/**
	 * The number of structural features of the '<em>Criterion Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_CATEGORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Criterion Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.impl.CriterionImpl
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.HazardGrade <em>Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.HazardGrade
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazardGrade()
	 * @generated
	 */
	int HAZARD_GRADE = 11;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.MineHazardGrade <em>Mine Hazard Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.MineHazardGrade
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getMineHazardGrade()
	 * @generated
	 */
	int MINE_HAZARD_GRADE = 12;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.HazardState <em>State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.HazardState
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazardState()
	 * @generated
	 */
	int HAZARD_STATE = 13;

	/**
	 * The meta object id for the '{@link org.minewatch.model.hazard.HazardSource <em>Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.hazard.HazardSource
	 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazardSource()
	 * @generated
	 */
	int HAZARD_SOURCE = 14;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.Hazard <em>Hazard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hazard</em>'.
	 * @see org.minewatch.model.hazard.Hazard
	 * @generated
	 */
	EClass getHazard();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getNumber()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Number();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Hazard#getMine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mine</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getMine()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Mine();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Hazard#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getArea()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getPlace()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getDescription()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getGrade()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getMineGrade <em>Mine Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mine Grade</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getMineGrade()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_MineGrade();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Hazard#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getCategory()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Category();

	/**
	 * Returns the meta object for the containment reference '{@link org.minewatch.model.hazard.Hazard#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Citation</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getCitation()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Citation();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getSource()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Source();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Hazard#getSourceInspection <em>Source Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Inspection</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getSourceInspection()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_SourceInspection();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Hazard#getSourceResult <em>Source Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Result</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getSourceResult()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_SourceResult();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Hazard#getFoundBy <em>Found By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Found By</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getFoundBy()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_FoundBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getFoundAt <em>Found At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Found At</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getFoundAt()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_FoundAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getState()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_State();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#isFixedOnSpot <em>Fixed On Spot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed On Spot</em>'.
	 * @see org.minewatch.model.hazard.Hazard#isFixedOnSpot()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_FixedOnSpot();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#isAreaStopped <em>Area Stopped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Stopped</em>'.
	 * @see org.minewatch.model.hazard.Hazard#isAreaStopped()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_AreaStopped();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#isPeopleWithdrawn <em>People Withdrawn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>People Withdrawn</em>'.
	 * @see org.minewatch.model.hazard.Hazard#isPeopleWithdrawn()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_PeopleWithdrawn();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getReportedAt <em>Reported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported At</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getReportedAt()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_ReportedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getUncitedReason <em>Uncited Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uncited Reason</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getUncitedReason()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_UncitedReason();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Hazard#getAcceptanceRequestedAt <em>Acceptance Requested At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acceptance Requested At</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getAcceptanceRequestedAt()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_AcceptanceRequestedAt();

	/**
	 * Returns the meta object for the containment reference '{@link org.minewatch.model.hazard.Hazard#getRectification <em>Rectification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rectification</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getRectification()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Rectification();

	/**
	 * Returns the meta object for the containment reference '{@link org.minewatch.model.hazard.Hazard#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Plan</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getPlan()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Plan();

	/**
	 * Returns the meta object for the containment reference '{@link org.minewatch.model.hazard.Hazard#getSupervision <em>Supervision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Supervision</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getSupervision()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Supervision();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.hazard.Hazard#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extensions</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getExtensions()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Extensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.hazard.Hazard#getAcceptances <em>Acceptances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Acceptances</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getAcceptances()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Acceptances();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.hazard.Hazard#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getTransitions()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Transitions();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Hazard#getRepeatOf <em>Repeat Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Repeat Of</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getRepeatOf()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_RepeatOf();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.hazard.Hazard#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.minewatch.model.hazard.Hazard#getAttachments()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Attachments();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Citation</em>'.
	 * @see org.minewatch.model.hazard.Citation
	 * @generated
	 */
	EClass getCitation();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Citation#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard</em>'.
	 * @see org.minewatch.model.hazard.Citation#getStandard()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Standard();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Citation#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition</em>'.
	 * @see org.minewatch.model.hazard.Citation#getEdition()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Edition();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Citation#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.minewatch.model.hazard.Citation#getItem()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Item();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Citation#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see org.minewatch.model.hazard.Citation#getCriterion()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_Criterion();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.Rectification <em>Rectification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rectification</em>'.
	 * @see org.minewatch.model.hazard.Rectification
	 * @generated
	 */
	EClass getRectification();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Rectification#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Unit</em>'.
	 * @see org.minewatch.model.hazard.Rectification#getResponsibleUnit()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_ResponsibleUnit();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Rectification#getResponsiblePerson <em>Responsible Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Person</em>'.
	 * @see org.minewatch.model.hazard.Rectification#getResponsiblePerson()
	 * @see #getRectification()
	 * @generated
	 */
	EReference getRectification_ResponsiblePerson();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Rectification#getResponsiblePersonName <em>Responsible Person Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Person Name</em>'.
	 * @see org.minewatch.model.hazard.Rectification#getResponsiblePersonName()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_ResponsiblePersonName();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Rectification#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measures</em>'.
	 * @see org.minewatch.model.hazard.Rectification#getMeasures()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_Measures();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Rectification#getFunds <em>Funds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funds</em>'.
	 * @see org.minewatch.model.hazard.Rectification#getFunds()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_Funds();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Rectification#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.minewatch.model.hazard.Rectification#getDeadline()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Rectification#getContingencyPlan <em>Contingency Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contingency Plan</em>'.
	 * @see org.minewatch.model.hazard.Rectification#getContingencyPlan()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_ContingencyPlan();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.RectificationPlan <em>Rectification Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rectification Plan</em>'.
	 * @see org.minewatch.model.hazard.RectificationPlan
	 * @generated
	 */
	EClass getRectificationPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.RectificationPlan#getGoalsAndTasks <em>Goals And Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goals And Tasks</em>'.
	 * @see org.minewatch.model.hazard.RectificationPlan#getGoalsAndTasks()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_GoalsAndTasks();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.RectificationPlan#getMethodsAndMeasures <em>Methods And Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Methods And Measures</em>'.
	 * @see org.minewatch.model.hazard.RectificationPlan#getMethodsAndMeasures()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_MethodsAndMeasures();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.RectificationPlan#getFundsAndMaterials <em>Funds And Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funds And Materials</em>'.
	 * @see org.minewatch.model.hazard.RectificationPlan#getFundsAndMaterials()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_FundsAndMaterials();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.RectificationPlan#getResponsibleBodies <em>Responsible Bodies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Bodies</em>'.
	 * @see org.minewatch.model.hazard.RectificationPlan#getResponsibleBodies()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_ResponsibleBodies();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.RectificationPlan#getTimeLimit <em>Time Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Limit</em>'.
	 * @see org.minewatch.model.hazard.RectificationPlan#getTimeLimit()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_TimeLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.RectificationPlan#getSafetyMeasures <em>Safety Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safety Measures</em>'.
	 * @see org.minewatch.model.hazard.RectificationPlan#getSafetyMeasures()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_SafetyMeasures();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.Supervision <em>Supervision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision</em>'.
	 * @see org.minewatch.model.hazard.Supervision
	 * @generated
	 */
	EClass getSupervision();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Supervision#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agency</em>'.
	 * @see org.minewatch.model.hazard.Supervision#getAgency()
	 * @see #getSupervision()
	 * @generated
	 */
	EReference getSupervision_Agency();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Supervision#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.hazard.Supervision#getNumber()
	 * @see #getSupervision()
	 * @generated
	 */
	EAttribute getSupervision_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Supervision#getListedAt <em>Listed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listed At</em>'.
	 * @see org.minewatch.model.hazard.Supervision#getListedAt()
	 * @see #getSupervision()
	 * @generated
	 */
	EAttribute getSupervision_ListedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Supervision#getLiftedAt <em>Lifted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lifted At</em>'.
	 * @see org.minewatch.model.hazard.Supervision#getLiftedAt()
	 * @see #getSupervision()
	 * @generated
	 */
	EAttribute getSupervision_LiftedAt();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.DeadlineExtension <em>Deadline Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deadline Extension</em>'.
	 * @see org.minewatch.model.hazard.DeadlineExtension
	 * @generated
	 */
	EClass getDeadlineExtension();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.DeadlineExtension#getPreviousDeadline <em>Previous Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Deadline</em>'.
	 * @see org.minewatch.model.hazard.DeadlineExtension#getPreviousDeadline()
	 * @see #getDeadlineExtension()
	 * @generated
	 */
	EAttribute getDeadlineExtension_PreviousDeadline();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.DeadlineExtension#getNewDeadline <em>New Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Deadline</em>'.
	 * @see org.minewatch.model.hazard.DeadlineExtension#getNewDeadline()
	 * @see #getDeadlineExtension()
	 * @generated
	 */
	EAttribute getDeadlineExtension_NewDeadline();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.DeadlineExtension#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.minewatch.model.hazard.DeadlineExtension#getReason()
	 * @see #getDeadlineExtension()
	 * @generated
	 */
	EAttribute getDeadlineExtension_Reason();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.DeadlineExtension#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Approved By</em>'.
	 * @see org.minewatch.model.hazard.DeadlineExtension#getApprovedBy()
	 * @see #getDeadlineExtension()
	 * @generated
	 */
	EReference getDeadlineExtension_ApprovedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.DeadlineExtension#getApprovedAt <em>Approved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved At</em>'.
	 * @see org.minewatch.model.hazard.DeadlineExtension#getApprovedAt()
	 * @see #getDeadlineExtension()
	 * @generated
	 */
	EAttribute getDeadlineExtension_ApprovedAt();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.Acceptance <em>Acceptance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Acceptance</em>'.
	 * @see org.minewatch.model.hazard.Acceptance
	 * @generated
	 */
	EClass getAcceptance();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Acceptance#getCheckedBy <em>Checked By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Checked By</em>'.
	 * @see org.minewatch.model.hazard.Acceptance#getCheckedBy()
	 * @see #getAcceptance()
	 * @generated
	 */
	EReference getAcceptance_CheckedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Acceptance#getCheckedAt <em>Checked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked At</em>'.
	 * @see org.minewatch.model.hazard.Acceptance#getCheckedAt()
	 * @see #getAcceptance()
	 * @generated
	 */
	EAttribute getAcceptance_CheckedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Acceptance#isPassed <em>Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passed</em>'.
	 * @see org.minewatch.model.hazard.Acceptance#isPassed()
	 * @see #getAcceptance()
	 * @generated
	 */
	EAttribute getAcceptance_Passed();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Acceptance#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see org.minewatch.model.hazard.Acceptance#getRemarks()
	 * @see #getAcceptance()
	 * @generated
	 */
	EAttribute getAcceptance_Remarks();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.hazard.Acceptance#getPhotosBefore <em>Photos Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Photos Before</em>'.
	 * @see org.minewatch.model.hazard.Acceptance#getPhotosBefore()
	 * @see #getAcceptance()
	 * @generated
	 */
	EReference getAcceptance_PhotosBefore();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.hazard.Acceptance#getPhotosAfter <em>Photos After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Photos After</em>'.
	 * @see org.minewatch.model.hazard.Acceptance#getPhotosAfter()
	 * @see #getAcceptance()
	 * @generated
	 */
	EReference getAcceptance_PhotosAfter();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see org.minewatch.model.hazard.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Transition#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.minewatch.model.hazard.Transition#getFrom()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_From();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Transition#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.minewatch.model.hazard.Transition#getTo()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_To();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Transition#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.minewatch.model.hazard.Transition#getAt()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_At();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.hazard.Transition#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>By</em>'.
	 * @see org.minewatch.model.hazard.Transition#getBy()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_By();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Transition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.minewatch.model.hazard.Transition#getReason()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Reason();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.CriteriaEdition <em>Criteria Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criteria Edition</em>'.
	 * @see org.minewatch.model.hazard.CriteriaEdition
	 * @generated
	 */
	EClass getCriteriaEdition();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.CriteriaEdition#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard</em>'.
	 * @see org.minewatch.model.hazard.CriteriaEdition#getStandard()
	 * @see #getCriteriaEdition()
	 * @generated
	 */
	EAttribute getCriteriaEdition_Standard();

	/**
	 * Returns the meta object for the attribute list '{@link org.minewatch.model.hazard.CriteriaEdition#getAppliesTo <em>Applies To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Applies To</em>'.
	 * @see org.minewatch.model.hazard.CriteriaEdition#getAppliesTo()
	 * @see #getCriteriaEdition()
	 * @generated
	 */
	EAttribute getCriteriaEdition_AppliesTo();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.CriteriaEdition#getDeclaredSituations <em>Declared Situations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declared Situations</em>'.
	 * @see org.minewatch.model.hazard.CriteriaEdition#getDeclaredSituations()
	 * @see #getCriteriaEdition()
	 * @generated
	 */
	EAttribute getCriteriaEdition_DeclaredSituations();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.CriteriaEdition#getMissingNote <em>Missing Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Note</em>'.
	 * @see org.minewatch.model.hazard.CriteriaEdition#getMissingNote()
	 * @see #getCriteriaEdition()
	 * @generated
	 */
	EAttribute getCriteriaEdition_MissingNote();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.hazard.CriteriaEdition#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see org.minewatch.model.hazard.CriteriaEdition#getCategories()
	 * @see #getCriteriaEdition()
	 * @generated
	 */
	EReference getCriteriaEdition_Categories();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.CriterionCategory <em>Criterion Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion Category</em>'.
	 * @see org.minewatch.model.hazard.CriterionCategory
	 * @generated
	 */
	EClass getCriterionCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.CriterionCategory#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.hazard.CriterionCategory#getNumber()
	 * @see #getCriterionCategory()
	 * @generated
	 */
	EAttribute getCriterionCategory_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.CriterionCategory#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article</em>'.
	 * @see org.minewatch.model.hazard.CriterionCategory#getArticle()
	 * @see #getCriterionCategory()
	 * @generated
	 */
	EAttribute getCriterionCategory_Article();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.CriterionCategory#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.minewatch.model.hazard.CriterionCategory#getTitle()
	 * @see #getCriterionCategory()
	 * @generated
	 */
	EAttribute getCriterionCategory_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.hazard.CriterionCategory#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.minewatch.model.hazard.CriterionCategory#getCriteria()
	 * @see #getCriterionCategory()
	 * @generated
	 */
	EReference getCriterionCategory_Criteria();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.hazard.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.minewatch.model.hazard.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Criterion#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.minewatch.model.hazard.Criterion#getCode()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.hazard.Criterion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.minewatch.model.hazard.Criterion#getText()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Text();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.hazard.HazardGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Grade</em>'.
	 * @see org.minewatch.model.hazard.HazardGrade
	 * @generated
	 */
	EEnum getHazardGrade();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.hazard.MineHazardGrade <em>Mine Hazard Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mine Hazard Grade</em>'.
	 * @see org.minewatch.model.hazard.MineHazardGrade
	 * @generated
	 */
	EEnum getMineHazardGrade();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.hazard.HazardState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>State</em>'.
	 * @see org.minewatch.model.hazard.HazardState
	 * @generated
	 */
	EEnum getHazardState();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.hazard.HazardSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source</em>'.
	 * @see org.minewatch.model.hazard.HazardSource
	 * @generated
	 */
	EEnum getHazardSource();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HazardFactory getHazardFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.HazardImpl <em>Hazard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.HazardImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazard()
		 * @generated
		 */
		EClass HAZARD = eINSTANCE.getHazard();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__NUMBER = eINSTANCE.getHazard_Number();

		/**
		 * The meta object literal for the '<em><b>Mine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__MINE = eINSTANCE.getHazard_Mine();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__AREA = eINSTANCE.getHazard_Area();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__PLACE = eINSTANCE.getHazard_Place();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__DESCRIPTION = eINSTANCE.getHazard_Description();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__GRADE = eINSTANCE.getHazard_Grade();

		/**
		 * The meta object literal for the '<em><b>Mine Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__MINE_GRADE = eINSTANCE.getHazard_MineGrade();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__CATEGORY = eINSTANCE.getHazard_Category();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__CITATION = eINSTANCE.getHazard_Citation();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__SOURCE = eINSTANCE.getHazard_Source();

		/**
		 * The meta object literal for the '<em><b>Source Inspection</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__SOURCE_INSPECTION = eINSTANCE.getHazard_SourceInspection();

		/**
		 * The meta object literal for the '<em><b>Source Result</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__SOURCE_RESULT = eINSTANCE.getHazard_SourceResult();

		/**
		 * The meta object literal for the '<em><b>Found By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__FOUND_BY = eINSTANCE.getHazard_FoundBy();

		/**
		 * The meta object literal for the '<em><b>Found At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__FOUND_AT = eINSTANCE.getHazard_FoundAt();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__STATE = eINSTANCE.getHazard_State();

		/**
		 * The meta object literal for the '<em><b>Fixed On Spot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__FIXED_ON_SPOT = eINSTANCE.getHazard_FixedOnSpot();

		/**
		 * The meta object literal for the '<em><b>Area Stopped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__AREA_STOPPED = eINSTANCE.getHazard_AreaStopped();

		/**
		 * The meta object literal for the '<em><b>People Withdrawn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__PEOPLE_WITHDRAWN = eINSTANCE.getHazard_PeopleWithdrawn();

		/**
		 * The meta object literal for the '<em><b>Reported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__REPORTED_AT = eINSTANCE.getHazard_ReportedAt();

		/**
		 * The meta object literal for the '<em><b>Uncited Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__UNCITED_REASON = eINSTANCE.getHazard_UncitedReason();

		/**
		 * The meta object literal for the '<em><b>Acceptance Requested At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__ACCEPTANCE_REQUESTED_AT = eINSTANCE.getHazard_AcceptanceRequestedAt();

		/**
		 * The meta object literal for the '<em><b>Rectification</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__RECTIFICATION = eINSTANCE.getHazard_Rectification();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__PLAN = eINSTANCE.getHazard_Plan();

		/**
		 * The meta object literal for the '<em><b>Supervision</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__SUPERVISION = eINSTANCE.getHazard_Supervision();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__EXTENSIONS = eINSTANCE.getHazard_Extensions();

		/**
		 * The meta object literal for the '<em><b>Acceptances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__ACCEPTANCES = eINSTANCE.getHazard_Acceptances();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__TRANSITIONS = eINSTANCE.getHazard_Transitions();

		/**
		 * The meta object literal for the '<em><b>Repeat Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__REPEAT_OF = eINSTANCE.getHazard_RepeatOf();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__ATTACHMENTS = eINSTANCE.getHazard_Attachments();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.CitationImpl <em>Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.CitationImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCitation()
		 * @generated
		 */
		EClass CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__STANDARD = eINSTANCE.getCitation_Standard();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__EDITION = eINSTANCE.getCitation_Edition();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__ITEM = eINSTANCE.getCitation_Item();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__CRITERION = eINSTANCE.getCitation_Criterion();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.RectificationImpl <em>Rectification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.RectificationImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getRectification()
		 * @generated
		 */
		EClass RECTIFICATION = eINSTANCE.getRectification();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__RESPONSIBLE_UNIT = eINSTANCE.getRectification_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Responsible Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECTIFICATION__RESPONSIBLE_PERSON = eINSTANCE.getRectification_ResponsiblePerson();

		/**
		 * The meta object literal for the '<em><b>Responsible Person Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__RESPONSIBLE_PERSON_NAME = eINSTANCE.getRectification_ResponsiblePersonName();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__MEASURES = eINSTANCE.getRectification_Measures();

		/**
		 * The meta object literal for the '<em><b>Funds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__FUNDS = eINSTANCE.getRectification_Funds();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__DEADLINE = eINSTANCE.getRectification_Deadline();

		/**
		 * The meta object literal for the '<em><b>Contingency Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__CONTINGENCY_PLAN = eINSTANCE.getRectification_ContingencyPlan();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.RectificationPlanImpl <em>Rectification Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.RectificationPlanImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getRectificationPlan()
		 * @generated
		 */
		EClass RECTIFICATION_PLAN = eINSTANCE.getRectificationPlan();

		/**
		 * The meta object literal for the '<em><b>Goals And Tasks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__GOALS_AND_TASKS = eINSTANCE.getRectificationPlan_GoalsAndTasks();

		/**
		 * The meta object literal for the '<em><b>Methods And Measures</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__METHODS_AND_MEASURES = eINSTANCE.getRectificationPlan_MethodsAndMeasures();

		/**
		 * The meta object literal for the '<em><b>Funds And Materials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__FUNDS_AND_MATERIALS = eINSTANCE.getRectificationPlan_FundsAndMaterials();

		/**
		 * The meta object literal for the '<em><b>Responsible Bodies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__RESPONSIBLE_BODIES = eINSTANCE.getRectificationPlan_ResponsibleBodies();

		/**
		 * The meta object literal for the '<em><b>Time Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__TIME_LIMIT = eINSTANCE.getRectificationPlan_TimeLimit();

		/**
		 * The meta object literal for the '<em><b>Safety Measures</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__SAFETY_MEASURES = eINSTANCE.getRectificationPlan_SafetyMeasures();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.SupervisionImpl <em>Supervision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.SupervisionImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getSupervision()
		 * @generated
		 */
		EClass SUPERVISION = eINSTANCE.getSupervision();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION__AGENCY = eINSTANCE.getSupervision_Agency();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION__NUMBER = eINSTANCE.getSupervision_Number();

		/**
		 * The meta object literal for the '<em><b>Listed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION__LISTED_AT = eINSTANCE.getSupervision_ListedAt();

		/**
		 * The meta object literal for the '<em><b>Lifted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION__LIFTED_AT = eINSTANCE.getSupervision_LiftedAt();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.DeadlineExtensionImpl <em>Deadline Extension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.DeadlineExtensionImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getDeadlineExtension()
		 * @generated
		 */
		EClass DEADLINE_EXTENSION = eINSTANCE.getDeadlineExtension();

		/**
		 * The meta object literal for the '<em><b>Previous Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_EXTENSION__PREVIOUS_DEADLINE = eINSTANCE.getDeadlineExtension_PreviousDeadline();

		/**
		 * The meta object literal for the '<em><b>New Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_EXTENSION__NEW_DEADLINE = eINSTANCE.getDeadlineExtension_NewDeadline();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_EXTENSION__REASON = eINSTANCE.getDeadlineExtension_Reason();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEADLINE_EXTENSION__APPROVED_BY = eINSTANCE.getDeadlineExtension_ApprovedBy();

		/**
		 * The meta object literal for the '<em><b>Approved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEADLINE_EXTENSION__APPROVED_AT = eINSTANCE.getDeadlineExtension_ApprovedAt();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.AcceptanceImpl <em>Acceptance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.AcceptanceImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getAcceptance()
		 * @generated
		 */
		EClass ACCEPTANCE = eINSTANCE.getAcceptance();

		/**
		 * The meta object literal for the '<em><b>Checked By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCEPTANCE__CHECKED_BY = eINSTANCE.getAcceptance_CheckedBy();

		/**
		 * The meta object literal for the '<em><b>Checked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCEPTANCE__CHECKED_AT = eINSTANCE.getAcceptance_CheckedAt();

		/**
		 * The meta object literal for the '<em><b>Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCEPTANCE__PASSED = eINSTANCE.getAcceptance_Passed();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCEPTANCE__REMARKS = eINSTANCE.getAcceptance_Remarks();

		/**
		 * The meta object literal for the '<em><b>Photos Before</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCEPTANCE__PHOTOS_BEFORE = eINSTANCE.getAcceptance_PhotosBefore();

		/**
		 * The meta object literal for the '<em><b>Photos After</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCEPTANCE__PHOTOS_AFTER = eINSTANCE.getAcceptance_PhotosAfter();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.TransitionImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__FROM = eINSTANCE.getTransition_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__TO = eINSTANCE.getTransition_To();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__AT = eINSTANCE.getTransition_At();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__BY = eINSTANCE.getTransition_By();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__REASON = eINSTANCE.getTransition_Reason();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.CriteriaEditionImpl <em>Criteria Edition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.CriteriaEditionImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCriteriaEdition()
		 * @generated
		 */
		EClass CRITERIA_EDITION = eINSTANCE.getCriteriaEdition();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_EDITION__STANDARD = eINSTANCE.getCriteriaEdition_Standard();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_EDITION__APPLIES_TO = eINSTANCE.getCriteriaEdition_AppliesTo();

		/**
		 * The meta object literal for the '<em><b>Declared Situations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_EDITION__DECLARED_SITUATIONS = eINSTANCE.getCriteriaEdition_DeclaredSituations();

		/**
		 * The meta object literal for the '<em><b>Missing Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_EDITION__MISSING_NOTE = eINSTANCE.getCriteriaEdition_MissingNote();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERIA_EDITION__CATEGORIES = eINSTANCE.getCriteriaEdition_Categories();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.CriterionCategoryImpl <em>Criterion Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.CriterionCategoryImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCriterionCategory()
		 * @generated
		 */
		EClass CRITERION_CATEGORY = eINSTANCE.getCriterionCategory();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_CATEGORY__NUMBER = eINSTANCE.getCriterionCategory_Number();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_CATEGORY__ARTICLE = eINSTANCE.getCriterionCategory_Article();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_CATEGORY__TITLE = eINSTANCE.getCriterionCategory_Title();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERION_CATEGORY__CRITERIA = eINSTANCE.getCriterionCategory_Criteria();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.impl.CriterionImpl
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__CODE = eINSTANCE.getCriterion_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__TEXT = eINSTANCE.getCriterion_Text();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.HazardGrade <em>Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.HazardGrade
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazardGrade()
		 * @generated
		 */
		EEnum HAZARD_GRADE = eINSTANCE.getHazardGrade();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.MineHazardGrade <em>Mine Hazard Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.MineHazardGrade
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getMineHazardGrade()
		 * @generated
		 */
		EEnum MINE_HAZARD_GRADE = eINSTANCE.getMineHazardGrade();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.HazardState <em>State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.HazardState
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazardState()
		 * @generated
		 */
		EEnum HAZARD_STATE = eINSTANCE.getHazardState();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.hazard.HazardSource <em>Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.hazard.HazardSource
		 * @see org.minewatch.model.hazard.impl.HazardPackageImpl#getHazardSource()
		 * @generated
		 */
		EEnum HAZARD_SOURCE = eINSTANCE.getHazardSource();

	}

} //HazardPackage
