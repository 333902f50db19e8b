/**
 */
package org.minewatch.model.enforcement;

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
 * Enforcement documents of the official list, with decisions and signatures.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.enforcement.EnforcementFactory
 * @model kind="package"
 * @generated
 */
public interface EnforcementPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "enforcement";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/enforcement/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwenforcement";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EnforcementPackage eINSTANCE = org.minewatch.model.enforcement.impl.EnforcementPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.enforcement.impl.EnforcementDocumentImpl
	 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getEnforcementDocument()
	 * @generated
	 */
	int ENFORCEMENT_DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__ID = BasePackage.LEGAL_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__OWNER = BasePackage.LEGAL_RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__REVISION = BasePackage.LEGAL_RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__CREATED_AT = BasePackage.LEGAL_RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Voided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__VOIDED_AT = BasePackage.LEGAL_RECORD__VOIDED_AT;

	/**
	 * The feature id for the '<em><b>Voided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__VOIDED_BY = BasePackage.LEGAL_RECORD__VOIDED_BY;

	/**
	 * The feature id for the '<em><b>Void Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__VOID_REASON = BasePackage.LEGAL_RECORD__VOID_REASON;

	/**
	 * The feature id for the '<em><b>Superseded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__SUPERSEDED_BY = BasePackage.LEGAL_RECORD__SUPERSEDED_BY;

	/**
	 * The feature id for the '<em><b>Supersede Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__SUPERSEDE_REASON = BasePackage.LEGAL_RECORD__SUPERSEDE_REASON;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__KIND = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__NUMBER = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issuing Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__ISSUING_AGENCY = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__MINE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__INSPECTION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Issued At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__ISSUED_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__CONTENT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Stop From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__STOP_FROM = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Stop To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__STOP_TO = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Resume Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__DECISIONS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Signatures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT__SIGNATURES = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT_FEATURE_COUNT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Is Voided</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT___IS_VOIDED = BasePackage.LEGAL_RECORD___IS_VOIDED;

	/**
	 * The operation id for the '<em>Is Superseded</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT___IS_SUPERSEDED = BasePackage.LEGAL_RECORD___IS_SUPERSEDED;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_DOCUMENT_OPERATION_COUNT = BasePackage.LEGAL_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.enforcement.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.enforcement.impl.DecisionImpl
	 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DEADLINE = 2;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__LEGAL_BASIS = 3;

	/**
	 * The feature id for the '<em><b>Fine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__FINE = 4;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__HAZARDS = 5;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.enforcement.impl.SignatureImpl <em>Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.enforcement.impl.SignatureImpl
	 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getSignature()
	 * @generated
	 */
	int SIGNATURE = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__PERSON = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNED_AT = 3;

	/**
	 * The number of structural features of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.enforcement.DocumentKind <em>Document Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.enforcement.DocumentKind
	 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getDocumentKind()
	 * @generated
	 */
	int DOCUMENT_KIND = 3;

	/**
	 * The meta object id for the '{@link org.minewatch.model.enforcement.DecisionKind <em>Decision Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.enforcement.DecisionKind
	 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getDecisionKind()
	 * @generated
	 */
	int DECISION_KIND = 4;

	/**
	 * The meta object id for the '{@link org.minewatch.model.enforcement.SignerRole <em>Signer Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.enforcement.SignerRole
	 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getSignerRole()
	 * @generated
	 */
	int SIGNER_ROLE = 5;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.enforcement.EnforcementDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument
	 * @generated
	 */
	EClass getEnforcementDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.EnforcementDocument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getKind()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EAttribute getEnforcementDocument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.EnforcementDocument#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getNumber()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EAttribute getEnforcementDocument_Number();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.enforcement.EnforcementDocument#getIssuingAgency <em>Issuing Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuing Agency</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getIssuingAgency()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EReference getEnforcementDocument_IssuingAgency();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.enforcement.EnforcementDocument#getMine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mine</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getMine()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EReference getEnforcementDocument_Mine();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.enforcement.EnforcementDocument#getInspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inspection</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getInspection()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EReference getEnforcementDocument_Inspection();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.EnforcementDocument#getIssuedAt <em>Issued At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued At</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getIssuedAt()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EAttribute getEnforcementDocument_IssuedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.EnforcementDocument#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getContent()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EAttribute getEnforcementDocument_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.EnforcementDocument#getStopFrom <em>Stop From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop From</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getStopFrom()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EAttribute getEnforcementDocument_StopFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.EnforcementDocument#getStopTo <em>Stop To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop To</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getStopTo()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EAttribute getEnforcementDocument_StopTo();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.EnforcementDocument#getResumeConditions <em>Resume Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resume Conditions</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getResumeConditions()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EAttribute getEnforcementDocument_ResumeConditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.enforcement.EnforcementDocument#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getDecisions()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EReference getEnforcementDocument_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.enforcement.EnforcementDocument#getSignatures <em>Signatures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signatures</em>'.
	 * @see org.minewatch.model.enforcement.EnforcementDocument#getSignatures()
	 * @see #getEnforcementDocument()
	 * @generated
	 */
	EReference getEnforcementDocument_Signatures();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.enforcement.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.minewatch.model.enforcement.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Decision#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.enforcement.Decision#getKind()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Decision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.minewatch.model.enforcement.Decision#getText()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Decision#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.minewatch.model.enforcement.Decision#getDeadline()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Decision#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see org.minewatch.model.enforcement.Decision#getLegalBasis()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Decision#getFine <em>Fine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fine</em>'.
	 * @see org.minewatch.model.enforcement.Decision#getFine()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Fine();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.enforcement.Decision#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hazards</em>'.
	 * @see org.minewatch.model.enforcement.Decision#getHazards()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Hazards();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.enforcement.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature</em>'.
	 * @see org.minewatch.model.enforcement.Signature
	 * @generated
	 */
	EClass getSignature();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Signature#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.minewatch.model.enforcement.Signature#getRole()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Role();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.enforcement.Signature#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.minewatch.model.enforcement.Signature#getPerson()
	 * @see #getSignature()
	 * @generated
	 */
	EReference getSignature_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Signature#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.enforcement.Signature#getName()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.enforcement.Signature#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.minewatch.model.enforcement.Signature#getSignedAt()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignedAt();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.enforcement.DocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Kind</em>'.
	 * @see org.minewatch.model.enforcement.DocumentKind
	 * @generated
	 */
	EEnum getDocumentKind();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.enforcement.DecisionKind <em>Decision Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Kind</em>'.
	 * @see org.minewatch.model.enforcement.DecisionKind
	 * @generated
	 */
	EEnum getDecisionKind();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.enforcement.SignerRole <em>Signer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signer Role</em>'.
	 * @see org.minewatch.model.enforcement.SignerRole
	 * @generated
	 */
	EEnum getSignerRole();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EnforcementFactory getEnforcementFactory();

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
		 * The meta object literal for the '{@link org.minewatch.model.enforcement.impl.EnforcementDocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.enforcement.impl.EnforcementDocumentImpl
		 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getEnforcementDocument()
		 * @generated
		 */
		EClass ENFORCEMENT_DOCUMENT = eINSTANCE.getEnforcementDocument();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT_DOCUMENT__KIND = eINSTANCE.getEnforcementDocument_Kind();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT_DOCUMENT__NUMBER = eINSTANCE.getEnforcementDocument_Number();

		/**
		 * The meta object literal for the '<em><b>Issuing Agency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENFORCEMENT_DOCUMENT__ISSUING_AGENCY = eINSTANCE.getEnforcementDocument_IssuingAgency();

		/**
		 * The meta object literal for the '<em><b>Mine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENFORCEMENT_DOCUMENT__MINE = eINSTANCE.getEnforcementDocument_Mine();

		/**
		 * The meta object literal for the '<em><b>Inspection</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENFORCEMENT_DOCUMENT__INSPECTION = eINSTANCE.getEnforcementDocument_Inspection();

		/**
		 * The meta object literal for the '<em><b>Issued At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT_DOCUMENT__ISSUED_AT = eINSTANCE.getEnforcementDocument_IssuedAt();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT_DOCUMENT__CONTENT = eINSTANCE.getEnforcementDocument_Content();

		/**
		 * The meta object literal for the '<em><b>Stop From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT_DOCUMENT__STOP_FROM = eINSTANCE.getEnforcementDocument_StopFrom();

		/**
		 * The meta object literal for the '<em><b>Stop To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT_DOCUMENT__STOP_TO = eINSTANCE.getEnforcementDocument_StopTo();

		/**
		 * The meta object literal for the '<em><b>Resume Conditions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS = eINSTANCE.getEnforcementDocument_ResumeConditions();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENFORCEMENT_DOCUMENT__DECISIONS = eINSTANCE.getEnforcementDocument_Decisions();

		/**
		 * The meta object literal for the '<em><b>Signatures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENFORCEMENT_DOCUMENT__SIGNATURES = eINSTANCE.getEnforcementDocument_Signatures();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.enforcement.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.enforcement.impl.DecisionImpl
		 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__KIND = eINSTANCE.getDecision_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__TEXT = eINSTANCE.getDecision_Text();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DEADLINE = eINSTANCE.getDecision_Deadline();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__LEGAL_BASIS = eINSTANCE.getDecision_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Fine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__FINE = eINSTANCE.getDecision_Fine();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__HAZARDS = eINSTANCE.getDecision_Hazards();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.enforcement.impl.SignatureImpl <em>Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.enforcement.impl.SignatureImpl
		 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getSignature()
		 * @generated
		 */
		EClass SIGNATURE = eINSTANCE.getSignature();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__ROLE = eINSTANCE.getSignature_Role();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNATURE__PERSON = eINSTANCE.getSignature_Person();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__NAME = eINSTANCE.getSignature_Name();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNED_AT = eINSTANCE.getSignature_SignedAt();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.enforcement.DocumentKind <em>Document Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.enforcement.DocumentKind
		 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getDocumentKind()
		 * @generated
		 */
		EEnum DOCUMENT_KIND = eINSTANCE.getDocumentKind();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.enforcement.DecisionKind <em>Decision Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.enforcement.DecisionKind
		 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getDecisionKind()
		 * @generated
		 */
		EEnum DECISION_KIND = eINSTANCE.getDecisionKind();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.enforcement.SignerRole <em>Signer Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.enforcement.SignerRole
		 * @see org.minewatch.model.enforcement.impl.EnforcementPackageImpl#getSignerRole()
		 * @generated
		 */
		EEnum SIGNER_ROLE = eINSTANCE.getSignerRole();

	}

} //EnforcementPackage
