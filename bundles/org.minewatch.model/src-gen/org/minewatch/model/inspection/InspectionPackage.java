/**
 */
package org.minewatch.model.inspection;

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
 * Inspections of three kinds, item by item, with findings and attachments.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.inspection.InspectionFactory
 * @model kind="package"
 * @generated
 */
public interface InspectionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "inspection";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/inspection/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwinspection";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InspectionPackage eINSTANCE = org.minewatch.model.inspection.impl.InspectionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.impl.InspectionImpl <em>Inspection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.impl.InspectionImpl
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getInspection()
	 * @generated
	 */
	int INSPECTION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ID = BasePackage.LEGAL_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__OWNER = BasePackage.LEGAL_RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__REVISION = BasePackage.LEGAL_RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__CREATED_AT = BasePackage.LEGAL_RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Voided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__VOIDED_AT = BasePackage.LEGAL_RECORD__VOIDED_AT;

	/**
	 * The feature id for the '<em><b>Voided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__VOIDED_BY = BasePackage.LEGAL_RECORD__VOIDED_BY;

	/**
	 * The feature id for the '<em><b>Void Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__VOID_REASON = BasePackage.LEGAL_RECORD__VOID_REASON;

	/**
	 * The feature id for the '<em><b>Superseded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__SUPERSEDED_BY = BasePackage.LEGAL_RECORD__SUPERSEDED_BY;

	/**
	 * The feature id for the '<em><b>Supersede Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__SUPERSEDE_REASON = BasePackage.LEGAL_RECORD__SUPERSEDE_REASON;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__KIND = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__STATUS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__MINE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__TEMPLATE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__CAMPAIGN = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Round</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ROUND = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Redo Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__REDO_OF = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PLANNED_START = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PLANNED_END = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__STARTED_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Completed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__COMPLETED_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Signed Off By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__SIGNED_OFF_BY = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Signed Off At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__SIGNED_OFF_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__REJECTION_REASON = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Before Resumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__BEFORE_RESUMPTION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Team</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__TEAM = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__RESULTS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__FINDINGS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ATTACHMENTS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FEATURE_COUNT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 19;

	/**
	 * The operation id for the '<em>Is Voided</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION___IS_VOIDED = BasePackage.LEGAL_RECORD___IS_VOIDED;

	/**
	 * The operation id for the '<em>Is Superseded</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION___IS_SUPERSEDED = BasePackage.LEGAL_RECORD___IS_SUPERSEDED;

	/**
	 * The number of operations of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_OPERATION_COUNT = BasePackage.LEGAL_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.impl.TeamMemberImpl <em>Team Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.impl.TeamMemberImpl
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getTeamMember()
	 * @generated
	 */
	int TEAM_MEMBER = 1;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Speciality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__SPECIALITY = 1;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__LEADER = 2;

	/**
	 * The number of structural features of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.impl.ItemResultImpl <em>Item Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.impl.ItemResultImpl
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getItemResult()
	 * @generated
	 */
	int ITEM_RESULT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__ID = 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__ITEM = 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__OUTCOME = 2;

	/**
	 * The feature id for the '<em><b>State As Found</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__STATE_AS_FOUND = 3;

	/**
	 * The feature id for the '<em><b>Fixed On Spot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__FIXED_ON_SPOT = 4;

	/**
	 * The feature id for the '<em><b>Hazard</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__HAZARD = 5;

	/**
	 * The feature id for the '<em><b>Answered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__ANSWERED_BY = 6;

	/**
	 * The feature id for the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__ANSWERED_AT = 7;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT__ATTACHMENTS = 8;

	/**
	 * The number of structural features of the '<em>Item Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Item Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.impl.FindingImpl
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RESULT = 1;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__HAZARDS = 2;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.impl.AttachmentImpl
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__KIND = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FILE_NAME = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__MEDIA_TYPE = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SHA256 = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SIZE = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CAPTION = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__TAKEN_AT = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.InspectionKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.InspectionKind
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getInspectionKind()
	 * @generated
	 */
	int INSPECTION_KIND = 5;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.InspectionStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.InspectionStatus
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getInspectionStatus()
	 * @generated
	 */
	int INSPECTION_STATUS = 6;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.ItemOutcome <em>Item Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.ItemOutcome
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getItemOutcome()
	 * @generated
	 */
	int ITEM_OUTCOME = 7;

	/**
	 * The meta object id for the '{@link org.minewatch.model.inspection.AttachmentKind <em>Attachment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.inspection.AttachmentKind
	 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getAttachmentKind()
	 * @generated
	 */
	int ATTACHMENT_KIND = 8;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.inspection.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection</em>'.
	 * @see org.minewatch.model.inspection.Inspection
	 * @generated
	 */
	EClass getInspection();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getKind()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getStatus()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Status();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.Inspection#getMine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mine</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getMine()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Mine();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.Inspection#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getTemplate()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Template();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.Inspection#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getCampaign()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getRound()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Round();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.Inspection#getRedoOf <em>Redo Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Redo Of</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getRedoOf()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_RedoOf();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getPlannedStart <em>Planned Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Start</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getPlannedStart()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_PlannedStart();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getPlannedEnd <em>Planned End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned End</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getPlannedEnd()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_PlannedEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getStartedAt()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getCompletedAt <em>Completed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed At</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getCompletedAt()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_CompletedAt();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.Inspection#getSignedOffBy <em>Signed Off By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Signed Off By</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getSignedOffBy()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_SignedOffBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getSignedOffAt <em>Signed Off At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed Off At</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getSignedOffAt()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_SignedOffAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#getRejectionReason <em>Rejection Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejection Reason</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getRejectionReason()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_RejectionReason();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Inspection#isBeforeResumption <em>Before Resumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Resumption</em>'.
	 * @see org.minewatch.model.inspection.Inspection#isBeforeResumption()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_BeforeResumption();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.inspection.Inspection#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Team</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getTeam()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Team();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.inspection.Inspection#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getResults()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Results();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.inspection.Inspection#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getFindings()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.inspection.Inspection#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.minewatch.model.inspection.Inspection#getAttachments()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Attachments();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.inspection.TeamMember <em>Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team Member</em>'.
	 * @see org.minewatch.model.inspection.TeamMember
	 * @generated
	 */
	EClass getTeamMember();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.TeamMember#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.minewatch.model.inspection.TeamMember#getPerson()
	 * @see #getTeamMember()
	 * @generated
	 */
	EReference getTeamMember_Person();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.TeamMember#getSpeciality <em>Speciality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Speciality</em>'.
	 * @see org.minewatch.model.inspection.TeamMember#getSpeciality()
	 * @see #getTeamMember()
	 * @generated
	 */
	EReference getTeamMember_Speciality();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.TeamMember#isLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leader</em>'.
	 * @see org.minewatch.model.inspection.TeamMember#isLeader()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Leader();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.inspection.ItemResult <em>Item Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Result</em>'.
	 * @see org.minewatch.model.inspection.ItemResult
	 * @generated
	 */
	EClass getItemResult();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.ItemResult#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getId()
	 * @see #getItemResult()
	 * @generated
	 */
	EAttribute getItemResult_Id();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.ItemResult#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getItem()
	 * @see #getItemResult()
	 * @generated
	 */
	EReference getItemResult_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.ItemResult#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getOutcome()
	 * @see #getItemResult()
	 * @generated
	 */
	EAttribute getItemResult_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.ItemResult#getStateAsFound <em>State As Found</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State As Found</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getStateAsFound()
	 * @see #getItemResult()
	 * @generated
	 */
	EAttribute getItemResult_StateAsFound();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.ItemResult#isFixedOnSpot <em>Fixed On Spot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed On Spot</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#isFixedOnSpot()
	 * @see #getItemResult()
	 * @generated
	 */
	EAttribute getItemResult_FixedOnSpot();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.ItemResult#getHazard <em>Hazard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hazard</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getHazard()
	 * @see #getItemResult()
	 * @generated
	 */
	EReference getItemResult_Hazard();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.ItemResult#getAnsweredBy <em>Answered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Answered By</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getAnsweredBy()
	 * @see #getItemResult()
	 * @generated
	 */
	EReference getItemResult_AnsweredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.ItemResult#getAnsweredAt <em>Answered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered At</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getAnsweredAt()
	 * @see #getItemResult()
	 * @generated
	 */
	EAttribute getItemResult_AnsweredAt();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.inspection.ItemResult#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attachments</em>'.
	 * @see org.minewatch.model.inspection.ItemResult#getAttachments()
	 * @see #getItemResult()
	 * @generated
	 */
	EReference getItemResult_Attachments();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.inspection.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.minewatch.model.inspection.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Finding#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.minewatch.model.inspection.Finding#getText()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Text();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.inspection.Finding#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Result</em>'.
	 * @see org.minewatch.model.inspection.Finding#getResult()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Result();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.inspection.Finding#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hazards</em>'.
	 * @see org.minewatch.model.inspection.Finding#getHazards()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Hazards();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.inspection.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.minewatch.model.inspection.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Attachment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.inspection.Attachment#getKind()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Attachment#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.minewatch.model.inspection.Attachment#getFileName()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Attachment#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.minewatch.model.inspection.Attachment#getMediaType()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Attachment#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.minewatch.model.inspection.Attachment#getSha256()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Attachment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.minewatch.model.inspection.Attachment#getSize()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Attachment#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.minewatch.model.inspection.Attachment#getCaption()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Caption();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.inspection.Attachment#getTakenAt <em>Taken At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken At</em>'.
	 * @see org.minewatch.model.inspection.Attachment#getTakenAt()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_TakenAt();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.inspection.InspectionKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.minewatch.model.inspection.InspectionKind
	 * @generated
	 */
	EEnum getInspectionKind();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.inspection.InspectionStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.minewatch.model.inspection.InspectionStatus
	 * @generated
	 */
	EEnum getInspectionStatus();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.inspection.ItemOutcome <em>Item Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Outcome</em>'.
	 * @see org.minewatch.model.inspection.ItemOutcome
	 * @generated
	 */
	EEnum getItemOutcome();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.inspection.AttachmentKind <em>Attachment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attachment Kind</em>'.
	 * @see org.minewatch.model.inspection.AttachmentKind
	 * @generated
	 */
	EEnum getAttachmentKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InspectionFactory getInspectionFactory();

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
		 * The meta object literal for the '{@link org.minewatch.model.inspection.impl.InspectionImpl <em>Inspection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.impl.InspectionImpl
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getInspection()
		 * @generated
		 */
		EClass INSPECTION = eINSTANCE.getInspection();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__KIND = eINSTANCE.getInspection_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__STATUS = eINSTANCE.getInspection_Status();

		/**
		 * The meta object literal for the '<em><b>Mine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__MINE = eINSTANCE.getInspection_Mine();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__TEMPLATE = eINSTANCE.getInspection_Template();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__CAMPAIGN = eINSTANCE.getInspection_Campaign();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__ROUND = eINSTANCE.getInspection_Round();

		/**
		 * The meta object literal for the '<em><b>Redo Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__REDO_OF = eINSTANCE.getInspection_RedoOf();

		/**
		 * The meta object literal for the '<em><b>Planned Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__PLANNED_START = eINSTANCE.getInspection_PlannedStart();

		/**
		 * The meta object literal for the '<em><b>Planned End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__PLANNED_END = eINSTANCE.getInspection_PlannedEnd();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__STARTED_AT = eINSTANCE.getInspection_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Completed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__COMPLETED_AT = eINSTANCE.getInspection_CompletedAt();

		/**
		 * The meta object literal for the '<em><b>Signed Off By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__SIGNED_OFF_BY = eINSTANCE.getInspection_SignedOffBy();

		/**
		 * The meta object literal for the '<em><b>Signed Off At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__SIGNED_OFF_AT = eINSTANCE.getInspection_SignedOffAt();

		/**
		 * The meta object literal for the '<em><b>Rejection Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__REJECTION_REASON = eINSTANCE.getInspection_RejectionReason();

		/**
		 * The meta object literal for the '<em><b>Before Resumption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__BEFORE_RESUMPTION = eINSTANCE.getInspection_BeforeResumption();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__TEAM = eINSTANCE.getInspection_Team();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__RESULTS = eINSTANCE.getInspection_Results();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__FINDINGS = eINSTANCE.getInspection_Findings();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__ATTACHMENTS = eINSTANCE.getInspection_Attachments();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.impl.TeamMemberImpl <em>Team Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.impl.TeamMemberImpl
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getTeamMember()
		 * @generated
		 */
		EClass TEAM_MEMBER = eINSTANCE.getTeamMember();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM_MEMBER__PERSON = eINSTANCE.getTeamMember_Person();

		/**
		 * The meta object literal for the '<em><b>Speciality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM_MEMBER__SPECIALITY = eINSTANCE.getTeamMember_Speciality();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__LEADER = eINSTANCE.getTeamMember_Leader();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.impl.ItemResultImpl <em>Item Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.impl.ItemResultImpl
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getItemResult()
		 * @generated
		 */
		EClass ITEM_RESULT = eINSTANCE.getItemResult();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_RESULT__ID = eINSTANCE.getItemResult_Id();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_RESULT__ITEM = eINSTANCE.getItemResult_Item();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_RESULT__OUTCOME = eINSTANCE.getItemResult_Outcome();

		/**
		 * The meta object literal for the '<em><b>State As Found</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_RESULT__STATE_AS_FOUND = eINSTANCE.getItemResult_StateAsFound();

		/**
		 * The meta object literal for the '<em><b>Fixed On Spot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_RESULT__FIXED_ON_SPOT = eINSTANCE.getItemResult_FixedOnSpot();

		/**
		 * The meta object literal for the '<em><b>Hazard</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_RESULT__HAZARD = eINSTANCE.getItemResult_Hazard();

		/**
		 * The meta object literal for the '<em><b>Answered By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_RESULT__ANSWERED_BY = eINSTANCE.getItemResult_AnsweredBy();

		/**
		 * The meta object literal for the '<em><b>Answered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_RESULT__ANSWERED_AT = eINSTANCE.getItemResult_AnsweredAt();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_RESULT__ATTACHMENTS = eINSTANCE.getItemResult_Attachments();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.impl.FindingImpl
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TEXT = eINSTANCE.getFinding_Text();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__RESULT = eINSTANCE.getFinding_Result();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__HAZARDS = eINSTANCE.getFinding_Hazards();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.impl.AttachmentImpl
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__KIND = eINSTANCE.getAttachment_Kind();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FILE_NAME = eINSTANCE.getAttachment_FileName();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__MEDIA_TYPE = eINSTANCE.getAttachment_MediaType();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SHA256 = eINSTANCE.getAttachment_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SIZE = eINSTANCE.getAttachment_Size();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__CAPTION = eINSTANCE.getAttachment_Caption();

		/**
		 * The meta object literal for the '<em><b>Taken At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__TAKEN_AT = eINSTANCE.getAttachment_TakenAt();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.InspectionKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.InspectionKind
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getInspectionKind()
		 * @generated
		 */
		EEnum INSPECTION_KIND = eINSTANCE.getInspectionKind();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.InspectionStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.InspectionStatus
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getInspectionStatus()
		 * @generated
		 */
		EEnum INSPECTION_STATUS = eINSTANCE.getInspectionStatus();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.ItemOutcome <em>Item Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.ItemOutcome
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getItemOutcome()
		 * @generated
		 */
		EEnum ITEM_OUTCOME = eINSTANCE.getItemOutcome();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.inspection.AttachmentKind <em>Attachment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.inspection.AttachmentKind
		 * @see org.minewatch.model.inspection.impl.InspectionPackageImpl#getAttachmentKind()
		 * @generated
		 */
		EEnum ATTACHMENT_KIND = eINSTANCE.getAttachmentKind();

	}

} //InspectionPackage
