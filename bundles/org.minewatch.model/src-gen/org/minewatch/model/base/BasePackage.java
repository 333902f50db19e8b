/**
 */
package org.minewatch.model.base;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * What every record shares: identity, owner, revision, voiding and superseding, editions, vocabularies.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.base.BaseFactory
 * @model kind="package"
 * @generated
 */
public interface BasePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "base";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/base/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwbase";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BasePackage eINSTANCE = org.minewatch.model.base.impl.BasePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.base.impl.RecordImpl <em>Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.base.impl.RecordImpl
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getRecord()
	 * @generated
	 */
	int RECORD = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__REVISION = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CREATED_AT = 3;

	/**
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.base.impl.LegalRecordImpl <em>Legal Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.base.impl.LegalRecordImpl
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getLegalRecord()
	 * @generated
	 */
	int LEGAL_RECORD = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__OWNER = RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__REVISION = RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Voided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__VOIDED_AT = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Voided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__VOIDED_BY = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Void Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__VOID_REASON = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Superseded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__SUPERSEDED_BY = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Supersede Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD__SUPERSEDE_REASON = RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Legal Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD_FEATURE_COUNT = RECORD_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Voided</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD___IS_VOIDED = RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Is Superseded</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD___IS_SUPERSEDED = RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Legal Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECORD_OPERATION_COUNT = RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.minewatch.model.base.impl.EditionImpl <em>Edition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.base.impl.EditionImpl
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getEdition()
	 * @generated
	 */
	int EDITION = 2;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__EDITION = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__LICENCE = 2;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__VALID_FROM = 3;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__VALID_TO = 4;

	/**
	 * The number of structural features of the '<em>Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Is Valid On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION___IS_VALID_ON__LOCALDATE = 0;

	/**
	 * The number of operations of the '<em>Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.minewatch.model.base.impl.VocabularyImpl <em>Vocabulary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.base.impl.VocabularyImpl
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getVocabulary()
	 * @generated
	 */
	int VOCABULARY = 3;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__EDITION = EDITION__EDITION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__SOURCE = EDITION__SOURCE;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__LICENCE = EDITION__LICENCE;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__VALID_FROM = EDITION__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__VALID_TO = EDITION__VALID_TO;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__NAME = EDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__TITLE_ZH = EDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__TITLE_EN = EDITION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__TERMS = EDITION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Vocabulary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_FEATURE_COUNT = EDITION_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Valid On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY___IS_VALID_ON__LOCALDATE = EDITION___IS_VALID_ON__LOCALDATE;

	/**
	 * The number of operations of the '<em>Vocabulary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_OPERATION_COUNT = EDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.base.impl.TermImpl <em>Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.base.impl.TermImpl
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getTerm()
	 * @generated
	 */
	int TERM = 4;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__LABEL_ZH = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__LABEL_EN = 2;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__RETIRED = 3;

	/**
	 * The feature id for the '<em><b>Vocabulary</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__VOCABULARY = 4;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__PARENT = 5;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__CHILDREN = 6;

	/**
	 * The number of structural features of the '<em>Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.base.impl.SettingImpl <em>Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.base.impl.SettingImpl
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getSetting()
	 * @generated
	 */
	int SETTING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__ID = RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__OWNER = RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__REVISION = RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__CREATED_AT = RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__KEY = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__VALUE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__DESCRIPTION = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_FEATURE_COUNT = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 6;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.minewatch.model.base.impl.BasePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 7;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.base.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record</em>'.
	 * @see org.minewatch.model.base.Record
	 * @generated
	 */
	EClass getRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Record#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.minewatch.model.base.Record#getId()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Id();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.base.Record#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.minewatch.model.base.Record#getOwner()
	 * @see #getRecord()
	 * @generated
	 */
	EReference getRecord_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Record#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.minewatch.model.base.Record#getRevision()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Record#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.minewatch.model.base.Record#getCreatedAt()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CreatedAt();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.base.LegalRecord <em>Legal Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Record</em>'.
	 * @see org.minewatch.model.base.LegalRecord
	 * @generated
	 */
	EClass getLegalRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.LegalRecord#getVoidedAt <em>Voided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voided At</em>'.
	 * @see org.minewatch.model.base.LegalRecord#getVoidedAt()
	 * @see #getLegalRecord()
	 * @generated
	 */
	EAttribute getLegalRecord_VoidedAt();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.base.LegalRecord#getVoidedBy <em>Voided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Voided By</em>'.
	 * @see org.minewatch.model.base.LegalRecord#getVoidedBy()
	 * @see #getLegalRecord()
	 * @generated
	 */
	EReference getLegalRecord_VoidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.LegalRecord#getVoidReason <em>Void Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Void Reason</em>'.
	 * @see org.minewatch.model.base.LegalRecord#getVoidReason()
	 * @see #getLegalRecord()
	 * @generated
	 */
	EAttribute getLegalRecord_VoidReason();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.base.LegalRecord#getSupersededBy <em>Superseded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Superseded By</em>'.
	 * @see org.minewatch.model.base.LegalRecord#getSupersededBy()
	 * @see #getLegalRecord()
	 * @generated
	 */
	EReference getLegalRecord_SupersededBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.LegalRecord#getSupersedeReason <em>Supersede Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supersede Reason</em>'.
	 * @see org.minewatch.model.base.LegalRecord#getSupersedeReason()
	 * @see #getLegalRecord()
	 * @generated
	 */
	EAttribute getLegalRecord_SupersedeReason();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.base.LegalRecord#isVoided() <em>Is Voided</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Voided</em>' operation.
	 * @see org.minewatch.model.base.LegalRecord#isVoided()
	 * @generated
	 */
	EOperation getLegalRecord__IsVoided();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.base.LegalRecord#isSuperseded() <em>Is Superseded</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Superseded</em>' operation.
	 * @see org.minewatch.model.base.LegalRecord#isSuperseded()
	 * @generated
	 */
	EOperation getLegalRecord__IsSuperseded();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.base.Edition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edition</em>'.
	 * @see org.minewatch.model.base.Edition
	 * @generated
	 */
	EClass getEdition();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Edition#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition</em>'.
	 * @see org.minewatch.model.base.Edition#getEdition()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Edition();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Edition#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.minewatch.model.base.Edition#getSource()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Edition#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see org.minewatch.model.base.Edition#getLicence()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Licence();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Edition#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.minewatch.model.base.Edition#getValidFrom()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Edition#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.minewatch.model.base.Edition#getValidTo()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_ValidTo();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.base.Edition#isValidOn(java.time.LocalDate) <em>Is Valid On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Valid On</em>' operation.
	 * @see org.minewatch.model.base.Edition#isValidOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getEdition__IsValidOn__LocalDate();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.base.Vocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vocabulary</em>'.
	 * @see org.minewatch.model.base.Vocabulary
	 * @generated
	 */
	EClass getVocabulary();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Vocabulary#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.base.Vocabulary#getName()
	 * @see #getVocabulary()
	 * @generated
	 */
	EAttribute getVocabulary_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Vocabulary#getTitleZh <em>Title Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Zh</em>'.
	 * @see org.minewatch.model.base.Vocabulary#getTitleZh()
	 * @see #getVocabulary()
	 * @generated
	 */
	EAttribute getVocabulary_TitleZh();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Vocabulary#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.minewatch.model.base.Vocabulary#getTitleEn()
	 * @see #getVocabulary()
	 * @generated
	 */
	EAttribute getVocabulary_TitleEn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.base.Vocabulary#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.minewatch.model.base.Vocabulary#getTerms()
	 * @see #getVocabulary()
	 * @generated
	 */
	EReference getVocabulary_Terms();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.base.Term <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Term</em>'.
	 * @see org.minewatch.model.base.Term
	 * @generated
	 */
	EClass getTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Term#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.minewatch.model.base.Term#getCode()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Term#getLabelZh <em>Label Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Zh</em>'.
	 * @see org.minewatch.model.base.Term#getLabelZh()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_LabelZh();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Term#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see org.minewatch.model.base.Term#getLabelEn()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Term#isRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see org.minewatch.model.base.Term#isRetired()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Retired();

	/**
	 * Returns the meta object for the container reference '{@link org.minewatch.model.base.Term#getVocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Vocabulary</em>'.
	 * @see org.minewatch.model.base.Term#getVocabulary()
	 * @see #getTerm()
	 * @generated
	 */
	EReference getTerm_Vocabulary();

	/**
	 * Returns the meta object for the container reference '{@link org.minewatch.model.base.Term#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.minewatch.model.base.Term#getParent()
	 * @see #getTerm()
	 * @generated
	 */
	EReference getTerm_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.base.Term#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.minewatch.model.base.Term#getChildren()
	 * @see #getTerm()
	 * @generated
	 */
	EReference getTerm_Children();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.base.Setting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setting</em>'.
	 * @see org.minewatch.model.base.Setting
	 * @generated
	 */
	EClass getSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Setting#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.minewatch.model.base.Setting#getKey()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Setting#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.minewatch.model.base.Setting#getValue()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.base.Setting#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.minewatch.model.base.Setting#getDescription()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Description();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (ISO-8601, UTC); shown in Asia/Shanghai.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date (ISO-8601), in Asia/Shanghai.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	BaseFactory getBaseFactory();

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
		 * The meta object literal for the '{@link org.minewatch.model.base.impl.RecordImpl <em>Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.base.impl.RecordImpl
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getRecord()
		 * @generated
		 */
		EClass RECORD = eINSTANCE.getRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__ID = eINSTANCE.getRecord_Id();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD__OWNER = eINSTANCE.getRecord_Owner();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__REVISION = eINSTANCE.getRecord_Revision();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CREATED_AT = eINSTANCE.getRecord_CreatedAt();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.base.impl.LegalRecordImpl <em>Legal Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.base.impl.LegalRecordImpl
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getLegalRecord()
		 * @generated
		 */
		EClass LEGAL_RECORD = eINSTANCE.getLegalRecord();

		/**
		 * The meta object literal for the '<em><b>Voided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_RECORD__VOIDED_AT = eINSTANCE.getLegalRecord_VoidedAt();

		/**
		 * The meta object literal for the '<em><b>Voided By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEGAL_RECORD__VOIDED_BY = eINSTANCE.getLegalRecord_VoidedBy();

		/**
		 * The meta object literal for the '<em><b>Void Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_RECORD__VOID_REASON = eINSTANCE.getLegalRecord_VoidReason();

		/**
		 * The meta object literal for the '<em><b>Superseded By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEGAL_RECORD__SUPERSEDED_BY = eINSTANCE.getLegalRecord_SupersededBy();

		/**
		 * The meta object literal for the '<em><b>Supersede Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_RECORD__SUPERSEDE_REASON = eINSTANCE.getLegalRecord_SupersedeReason();

		/**
		 * The meta object literal for the '<em><b>Is Voided</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEGAL_RECORD___IS_VOIDED = eINSTANCE.getLegalRecord__IsVoided();

		/**
		 * The meta object literal for the '<em><b>Is Superseded</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEGAL_RECORD___IS_SUPERSEDED = eINSTANCE.getLegalRecord__IsSuperseded();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.base.impl.EditionImpl <em>Edition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.base.impl.EditionImpl
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getEdition()
		 * @generated
		 */
		EClass EDITION = eINSTANCE.getEdition();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__EDITION = eINSTANCE.getEdition_Edition();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__SOURCE = eINSTANCE.getEdition_Source();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__LICENCE = eINSTANCE.getEdition_Licence();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__VALID_FROM = eINSTANCE.getEdition_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__VALID_TO = eINSTANCE.getEdition_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Is Valid On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EDITION___IS_VALID_ON__LOCALDATE = eINSTANCE.getEdition__IsValidOn__LocalDate();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.base.impl.VocabularyImpl <em>Vocabulary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.base.impl.VocabularyImpl
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getVocabulary()
		 * @generated
		 */
		EClass VOCABULARY = eINSTANCE.getVocabulary();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOCABULARY__NAME = eINSTANCE.getVocabulary_Name();

		/**
		 * The meta object literal for the '<em><b>Title Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOCABULARY__TITLE_ZH = eINSTANCE.getVocabulary_TitleZh();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOCABULARY__TITLE_EN = eINSTANCE.getVocabulary_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOCABULARY__TERMS = eINSTANCE.getVocabulary_Terms();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.base.impl.TermImpl <em>Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.base.impl.TermImpl
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getTerm()
		 * @generated
		 */
		EClass TERM = eINSTANCE.getTerm();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__CODE = eINSTANCE.getTerm_Code();

		/**
		 * The meta object literal for the '<em><b>Label Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__LABEL_ZH = eINSTANCE.getTerm_LabelZh();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__LABEL_EN = eINSTANCE.getTerm_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__RETIRED = eINSTANCE.getTerm_Retired();

		/**
		 * The meta object literal for the '<em><b>Vocabulary</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERM__VOCABULARY = eINSTANCE.getTerm_Vocabulary();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERM__PARENT = eINSTANCE.getTerm_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERM__CHILDREN = eINSTANCE.getTerm_Children();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.base.impl.SettingImpl <em>Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.base.impl.SettingImpl
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getSetting()
		 * @generated
		 */
		EClass SETTING = eINSTANCE.getSetting();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__KEY = eINSTANCE.getSetting_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__VALUE = eINSTANCE.getSetting_Value();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__DESCRIPTION = eINSTANCE.getSetting_Description();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.minewatch.model.base.impl.BasePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //BasePackage
